/**
 * The sync library's waits under the global lock (issue 16): a thread that sleeps on a primitive
 * lets the lock go and takes it back after (CPython releases the GIL around a blocking acquire),
 * and a thread spinning for a Mutex hands the lock over when asked. Real threads; no duration: a
 * broken release shows as a bounded wait that ends in a timeout outcome.
 */
import { Worker } from 'node:worker_threads'
import { describe, expect, it } from 'vitest'
import { onCleanup } from '../../helpers/cleanup'
import { Event, GlobalLock, Mutex, type MutexWait } from '../../../src-workers/sync'
import kernelEntry from './fixtures/gil-sync-kernel?modulePath'
import type { GilSyncResult, GilSyncScenario } from './fixtures/gil-sync-kernel'

function start(scenario: GilSyncScenario, limitMs = 60_000): Promise<GilSyncResult> {
  const worker = onCleanup(new Worker(kernelEntry, { workerData: scenario }), (w) => w.terminate())
  return new Promise<GilSyncResult>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`gil-sync kernel '${scenario.kind}' gave no result within ${limitMs} ms`)), limitMs)
    worker.once('message', (result: GilSyncResult) => { clearTimeout(timer); resolve(result) })
    worker.once('error', (error) => { clearTimeout(timer); reject(error) })
  })
}

describe('sync waits under the global lock', () => {
  it('a thread blocked on a Mutex does not hold the global lock: the Mutex holder takes it back and releases the Mutex', async () => {
    const lock = GlobalLock.create()
    const mutex = Mutex.create({ wait: 'block' }).handle
    const holding = Event.create().handle
    const blocking = Event.create().handle
    const [holder, blocked] = await Promise.all([
      start({ kind: 'holder', lock, mutex, holding, blocking }),
      start({ kind: 'blocked', lock, mutex, holding, blocking }),
    ])
    // The holder's wake-up re-took the global lock while the other thread sat on the Mutex.
    expect(holder.outcome).toBe('took-the-lock-back-while-other-blocked')
    expect(blocked.outcome).toBe('acquired')
    expect(holder.handOvers).toBeGreaterThan(0)
    expect(blocked.handOvers).toBeGreaterThan(0)
  })

  it.each<MutexWait>(['block', 'spin', 'spin-then-block'])('two threads never compute at once across Mutex waits (%s), and neither deadlocks', async (wait) => {
    const lock = GlobalLock.create()
    const mutex = Mutex.create({ wait }).handle
    const stats = new Int32Array(new SharedArrayBuffer(8 * 4))
    const scenario = (index: number): GilSyncScenario => ({ kind: 'exclusive', lock, mutex, stats: stats.buffer as SharedArrayBuffer, index, threads: 2, ops: 500 })
    const results = await Promise.all([start(scenario(0)), start(scenario(1))])
    expect(results.map((r) => r.outcome)).toEqual(['done', 'done'])
    expect(stats[1]).toBe(1) // never two threads inside a computing stretch
    expect(stats[3]! + stats[4]!).toBeGreaterThanOrEqual(2 * 500 * 3)
    expect(results.every((r) => r.handOvers > 0)).toBe(true)
  })
})
