/**
 * The busy signal's arithmetic on injected os.cpus() samples and lab CPU readings; no real timing
 * is asserted. One test reads the lab's CPU from a fake /proc tree.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { BusySchema } from '../../../src-shared/machine-state'
import { type BusySample, type CpuTimes, createBusyMonitor, intervalShare } from '../../../src-main/engine/measure/busy-monitor'
import { type LabCpu, type LabCpuSource, linuxLabCpu, procStatCpuMs } from '../../../src-main/engine/measure/lab-cpu'

const core = (busy: number, idle: number): CpuTimes => ({ user: busy, nice: 0, sys: 0, idle, irq: 0 })
const lab = (ms: number, over: Partial<LabCpu> = {}): LabCpu => ({ ms, childrenAlive: 0, childrenStarted: 0, childrenIncluded: true, ...over })
const sample = (cores: CpuTimes[], labMs: number, over: Partial<LabCpu> = {}): BusySample => ({ cpus: cores, lab: lab(labMs, over) })

describe('intervalShare', () => {
  it("is the cores' non-idle time minus the lab's, over all the cores' time", () => {
    // Two cores, 1000 ms each: 1200 ms busy, of which the lab 700 ms -> others 500 of 2000.
    const a = sample([core(0, 0), core(0, 0)], 100)
    const b = sample([core(800, 200), core(400, 600)], 800)
    expect(intervalShare(a, b)).toEqual({ otherMs: 500, totalMs: 2000 })
  })

  it('never goes below 0 or above all the time (tick-granular counters)', () => {
    const a = sample([core(0, 0)], 0)
    expect(intervalShare(a, sample([core(100, 900)], 130))).toEqual({ otherMs: 0, totalMs: 1000 })
  })

  it('skips intervals it cannot count, saying why', () => {
    const a = sample([core(0, 0), core(0, 0)], 0)
    expect(intervalShare(a, sample([core(10, 10)], 0))).toEqual({ skip: 'busyCoresChanged' })
    expect(intervalShare(sample([core(50, 50)], 0), sample([core(10, 10)], 0))).toEqual({ skip: 'busyBackwards' })
    expect(intervalShare(a, a)).toEqual({ skip: 'busyNoTime' })
    expect(intervalShare(sample([], 0), sample([], 0))).toEqual({ skip: 'busyNoCores' })
  })

  it("skips intervals in which the lab's children ran where their CPU is unreadable", () => {
    const unread = { childrenIncluded: false }
    const a = sample([core(0, 0)], 0, unread)
    expect(intervalShare(a, sample([core(900, 100)], 0, { ...unread, childrenAlive: 2, childrenStarted: 2 }))).toMatchObject({ skip: 'busyChildren' })
    // A child that started and ended between the two looks still spoils the interval.
    expect(intervalShare(a, sample([core(900, 100)], 0, { ...unread, childrenStarted: 1 }))).toMatchObject({ skip: 'busyChildren' })
    // Without children the process's own time is all the lab's.
    expect(intervalShare(a, sample([core(900, 100)], 400, unread))).toEqual({ otherMs: 500, totalMs: 1000 })
  })
})

describe('createBusyMonitor', () => {
  afterEach(() => vi.useRealTimers())

  /** Scripted samples: each call to cpus() returns the next, and the lab reading beside it. */
  function scripted(samples: BusySample[]): { cpus: () => CpuTimes[]; lab: LabCpuSource } {
    let i = 0
    let current = samples[0]!
    return {
      cpus: () => ((current = samples[Math.min(i++, samples.length - 1)]!), current.cpus),
      lab: { subtracted: 'lab-process-and-children', read: () => current.lab },
    }
  }

  it('measures before the runs, then weights each interval by its CPU time', async () => {
    const deps = scripted([
      sample([core(0, 0)], 0),
      sample([core(100, 400)], 0), // before: 100 of 500 others
      sample([core(100, 400)], 0), // during starts
      sample([core(1000, 500)], 800), // 900 busy, 800 lab: 100 of 1000
      sample([core(1500, 3000)], 800), // 500 busy, 0 lab: 500 of 3000
    ])
    const monitor = createBusyMonitor({ ...deps, intervalMs: 3_600_000, beforeWindowMs: 0 })
    await monitor.before()
    monitor.startDuring()
    // The interval timer never fires in this test: stop() takes the last interval itself.
    const first = monitor.stop()
    expect(first).toMatchObject({ value: { before: { value: { otherShare: 0.2 } } } })
    const busy = BusySchema.parse((first as { value: unknown }).value)
    expect(busy.during).toEqual({ value: { meanOtherShare: 0.1, maxOtherShare: 0.1, intervals: 1, skipped: 0 } })
    expect(busy.subtracted).toBe('lab-process-and-children')
    expect(monitor.stop()).toBe(first)
  })

  it('averages several intervals by CPU time and keeps the busiest', () => {
    vi.useFakeTimers()
    const deps = scripted([
      sample([core(0, 0)], 0),
      sample([core(900, 100)], 800), // 100 of 1000
      sample([core(1500, 3500)], 800), // 600 of 4000
    ])
    const monitor = createBusyMonitor({ ...deps, intervalMs: 1000, beforeWindowMs: 0 })
    monitor.startDuring()
    vi.advanceTimersByTime(1000)
    const result = monitor.stop()
    expect(result).toMatchObject({ value: { before: { unknown: 'not measured' } } })
    expect(result).toMatchObject({ value: { during: { value: { meanOtherShare: 700 / 5000, maxOtherShare: 0.15, intervals: 2, skipped: 0 } } } })
    // Stopped: no timer left to fire.
    expect(vi.getTimerCount()).toBe(0)
  })

  it('a suite with no countable interval says why', () => {
    const deps = scripted([sample([], 0), sample([], 0)])
    const monitor = createBusyMonitor({ ...deps, intervalMs: 3_600_000, beforeWindowMs: 0 })
    monitor.startDuring()
    expect(monitor.stop()).toMatchObject({ value: { during: { unknown: 'no interval could be counted: os.cpus() listed no cores' } } })
  })

  it('the before window ends early when the suite is cancelled', async () => {
    const deps = scripted([sample([core(0, 0)], 0), sample([core(10, 90)], 0)])
    const monitor = createBusyMonitor({ ...deps, intervalMs: 1000, beforeWindowMs: 3_600_000 })
    const controller = new AbortController()
    controller.abort()
    await monitor.before(controller.signal)
    expect(monitor.stop()).toMatchObject({ value: { before: { value: { otherShare: 0.1 } } } })
  })
})

describe('lab CPU on Linux /proc', () => {
  let dir: string | undefined
  afterEach(() => dir && rmSync(dir, { recursive: true, force: true }))

  // Fields 14-17 (utime stime cutime cstime) in USER_HZ ticks; the name holds a space and a ')'.
  const stat = (pid: number, [u, s, cu, cs]: number[]) =>
    `${pid} (node (lab) x) S 1 ${pid} ${pid} 0 -1 4194304 100 0 0 0 ${u} ${s} ${cu} ${cs} 20 0 11 0 100 1000000 5000 18446744073709551615`

  it('reads utime, stime, cutime and cstime whatever the command name', () => {
    expect(procStatCpuMs(stat(42, [150, 50, 30, 20]))).toBe(2500)
    expect(procStatCpuMs('garbage')).toBeNull()
  })

  it('adds live children to the process and its reaped children', () => {
    dir = mkdtempSync(join(tmpdir(), 'conlab-proc-'))
    const write = (pid: string, text: string) => (mkdirSync(join(dir!, 'proc', pid), { recursive: true }), writeFileSync(join(dir!, 'proc', pid, 'stat'), text))
    write('self', stat(10, [100, 0, 50, 0]))
    write('11', stat(11, [200, 100, 0, 0]))
    // Pid 12 has ended and been reaped: no /proc entry, its time is in our cutime.
    const reader = linuxLabCpu(dir, () => ({ pids: [11, 12], alive: 2, started: 3 }))
    expect(reader.read()).toEqual({ ms: 4500, childrenAlive: 2, childrenStarted: 3, childrenIncluded: true })
  })
})
