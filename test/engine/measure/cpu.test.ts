import os from 'node:os'
import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  cpuDeltaMs,
  cpuSnapshot,
  osSwitchCounters,
  parseSwitchCounters,
  threadSwitchCounters,
} from '../../../src-main/engine/measure/cpu'

const onLinux = process.platform === 'linux'

/** Sleeps this thread without the event loop: a futex wait, hence at least one voluntary switch. */
function blockThread(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms)
}

afterEach(() => {
  vi.restoreAllMocks()
})

describe('cpuDeltaMs', () => {
  it('converts microsecond snapshots to milliseconds', () => {
    expect(cpuDeltaMs({ userUs: 1000, systemUs: 500 }, { userUs: 3500, systemUs: 1500 })).toEqual({
      userMs: 2.5,
      systemMs: 1,
    })
  })

  it('never reports negative time', () => {
    expect(cpuDeltaMs({ userUs: 2000, systemUs: 2000 }, { userUs: 1000, systemUs: 1000 })).toEqual({
      userMs: 0,
      systemMs: 0,
    })
  })

  it('measures real snapshots as finite, non-negative times', () => {
    const before = cpuSnapshot()
    let x = 0
    for (let i = 0; i < 1e6; i++) x += i % 7
    const delta = cpuDeltaMs(before, cpuSnapshot())
    expect(x).toBeGreaterThan(0)
    expect(Number.isFinite(delta.userMs) && delta.userMs >= 0).toBe(true)
    expect(Number.isFinite(delta.systemMs) && delta.systemMs >= 0).toBe(true)
  })
})

describe('osSwitchCounters', () => {
  it.runIf(onLinux)('returns numbers that grow when the process sleeps', () => {
    const before = osSwitchCounters()
    blockThread(5)
    const after = osSwitchCounters()
    expect(before).not.toBeNull()
    expect(after).not.toBeNull()
    expect(typeof after?.involuntary).toBe('number')
    expect(after?.voluntary).toBeGreaterThan(before?.voluntary ?? Number.POSITIVE_INFINITY)
  })

  it('is null on Windows, where the counters are not provided', () => {
    vi.spyOn(os, 'platform').mockReturnValue('win32')
    expect(osSwitchCounters()).toBeNull()
  })
})

describe('threadSwitchCounters', () => {
  it.runIf(onLinux)('reads this thread’s counters from /proc/thread-self/status', () => {
    const before = threadSwitchCounters()
    blockThread(5)
    const after = threadSwitchCounters()
    expect(before).not.toBeNull()
    expect(Number.isInteger(after?.involuntary)).toBe(true)
    expect(after?.voluntary).toBeGreaterThan(before?.voluntary ?? Number.POSITIVE_INFINITY)
  })

  it('is null off Linux', () => {
    vi.spyOn(os, 'platform').mockReturnValue('darwin')
    expect(threadSwitchCounters()).toBeNull()
  })
})

describe('parseSwitchCounters', () => {
  it('reads both counters from a status text', () => {
    const status = 'Name:\tnode\nThreads:\t7\nvoluntary_ctxt_switches:\t42\nnonvoluntary_ctxt_switches:\t3\n'
    expect(parseSwitchCounters(status)).toEqual({ voluntary: 42, involuntary: 3 })
  })

  it('is null when a counter is missing', () => {
    expect(parseSwitchCounters('voluntary_ctxt_switches:\t42\n')).toBeNull()
    expect(parseSwitchCounters('')).toBeNull()
  })
})
