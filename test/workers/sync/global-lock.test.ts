import { Worker } from 'node:worker_threads'
import { describe, expect, it } from 'vitest'
import { onCleanup } from '../../helpers/cleanup'
import { Event, GlobalLock, GlobalLockError } from '../../../src-workers/sync'
import kernelEntry from './fixtures/gil-kernel?modulePath'
import type { GilResult, GilScenario } from './fixtures/gil-kernel'

function start(scenario: GilScenario, limitMs = 45_000): Promise<GilResult> {
  const worker = onCleanup(new Worker(kernelEntry, { workerData: scenario }), (w) => w.terminate())
  return new Promise<GilResult>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`gil kernel '${scenario.kind}' gave no result within ${limitMs} ms`)), limitMs)
    worker.once('message', (result: GilResult) => { clearTimeout(timer); resolve(result) })
    worker.once('error', (error) => { clearTimeout(timer); reject(error) })
  })
}

describe('GlobalLock under real threads', () => {
  it.each([0, 1])('two threads never compute at once, and a requested hand-over happens (interval %i ms)', async (switchIntervalMs) => {
    const lock = GlobalLock.create()
    const stats = new Int32Array(new SharedArrayBuffer(8 * 4))
    const scenario = (index: number): GilScenario => ({ kind: 'compute', lock, stats: stats.buffer as SharedArrayBuffer, index, threads: 2, ops: 3000, switchIntervalMs })
    const results = await Promise.all([start(scenario(0)), start(scenario(1))])
    expect(results.map((r) => r.outcome)).toEqual(['done', 'done'])
    expect(stats[1]).toBe(1) // never more than one thread inside
    expect(stats[2]).toBe(0)
    expect(stats[4]! + stats[5]!).toBeGreaterThanOrEqual(6000)
    // Each thread got the lock from the other at least once: through a drop on request.
    expect(results.every((r) => r.handOvers > 0)).toBe(true)
    expect(results.reduce((sum, r) => sum + r.drops, 0)).toBeGreaterThan(0)
  })

  it('is released around an awaited wait: another thread computes while the holder waits', async () => {
    const lock = GlobalLock.create()
    const inWait = Event.create()
    const computed = new SharedArrayBuffer(4)
    const [waiter, computer] = await Promise.all([
      start({ kind: 'io-waiter', lock, inWait: inWait.handle, computed }),
      start({ kind: 'io-computer', lock, inWait: inWait.handle, computed }),
    ])
    expect(computer?.outcome).toBe('done')
    expect(waiter?.outcome).toBe('other-computed-meanwhile')
    // After its wait the waiter took the lock back from the other thread.
    expect(waiter?.handOvers).toBe(1)
  })

  it('cancel reaches a thread waiting for the lock', async () => {
    const lock = GlobalLock.create()
    const holding = Event.create()
    const done = Event.create()
    const aboutToWait = Event.create()
    const holder = start({ kind: 'hold', lock, holding: holding.handle, done: done.handle })
    expect(await waitFor(holding)).toBe('set')
    const blocked = start({ kind: 'blocked', lock, aboutToWait: aboutToWait.handle })
    expect(await waitFor(aboutToWait)).toBe('set')
    GlobalLock.abortFlagOf(lock).set()
    expect((await blocked).outcome).toBe('aborted')
    done.set()
    expect((await holder).outcome).toBe('set')
  })
})

describe('GlobalLock on one thread', () => {
  it('an uncontended lock counts no hand-over; a waiter that times out asks for the lock', () => {
    const lock = GlobalLock.create()
    const mine = GlobalLock.from(lock, { switchIntervalMs: 0, timeoutMs: 1_000 })
    const other = GlobalLock.from(lock, { switchIntervalMs: 0, timeoutMs: 2, ownerId: 4242 })
    for (let i = 0; i < 100; i++) {
      mine.acquire()
      mine.tick()
      mine.release()
    }
    expect(mine.snapshot()).toMatchObject({ handOvers: 0, drops: 0 })
    mine.acquire()
    expect(() => other.acquire()).toThrow(GlobalLockError)
    // The waiter's interval passed with no switch: the holder drops at its next tick, and with
    // nobody waiting any more takes it straight back.
    mine.tick()
    expect(mine.snapshot().drops).toBe(1)
    expect(mine.heldByMe).toBe(true)
    mine.release()
    other.acquire()
    expect(other.snapshot().handOvers).toBe(1)
    other.release()
  })

  it('rejects an unbounded timeout or a negative interval', () => {
    expect(() => GlobalLock.from(GlobalLock.create(), { switchIntervalMs: 5, timeoutMs: Number.POSITIVE_INFINITY })).toThrow(RangeError)
    expect(() => GlobalLock.from(GlobalLock.create(), { switchIntervalMs: -1, timeoutMs: 10 })).toThrow(RangeError)
  })
})

/** Waits for an event without blocking this thread's event loop (the workers answer through it). */
async function waitFor(event: Event): Promise<'set' | 'timeout'> {
  const until = Date.now() + 30_000
  while (Date.now() < until) {
    if (event.wait({ timeoutMs: 0 }) === 'set') return 'set'
    await new Promise((resolve) => setTimeout(resolve, 2))
  }
  return 'timeout'
}
