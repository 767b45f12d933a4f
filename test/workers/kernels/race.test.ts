/**
 * The race kernel on real worker threads: the exact variants (atomic, mutex, add through a real
 * owner server) are exact whatever the interleaving; one forced bad interleaving of the unsafe
 * increment loses exactly one update; every wait (gate, lock, cancel) ends within its bound.
 * Nothing here asserts that the unsafe variant loses updates by chance, nor any duration.
 */
import { Worker } from 'node:worker_threads'
import { describe, expect, it } from 'vitest'
import type { RaceTask } from '../../../src-shared/protocol'
import { createRaceBuffer, raceAbortFlag, raceCounter, raceMutex, resetRace } from '../../../src-workers/kernels/race'
import { startOwnerServer } from '../../../src-main/engine/experiments/shared-state/owner-server'
import { onCleanup } from '../../helpers/cleanup'
import raceThread from './fixtures/race-thread?modulePath'
import type { RaceThreadJob } from './fixtures/race-thread'

type Reply = { ok: true; result: unknown } | { ok: false; error: string }

/** Runs one job on a fresh thread; bounded, and the thread never outlives the test. */
function onThread(job: RaceThreadJob, boundMs = 30_000): Promise<Reply> {
  const worker = onCleanup(new Worker(raceThread, { workerData: job }), (w) => w.terminate())
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no reply within ${boundMs} ms`)), boundMs)
    worker.once('message', (reply: Reply) => {
      clearTimeout(timer)
      resolve(reply)
    })
    worker.once('error', (error) => {
      clearTimeout(timer)
      reject(error)
    })
  })
}

function task(variant: RaceTask['variant'], over: Partial<RaceTask>): RaceTask {
  return { kind: 'race', variant, increments: 1000, gap: 5, gate: 0, shared: null, owner: null, timeoutMs: 10_000, ...over }
}

describe('race kernel on real threads', () => {
  it.each(['atomic', 'mutex'] as const)('%s: 4 threads × 20 000 increments give exactly 80 000', async (variant) => {
    const shared = createRaceBuffer()
    const replies = await Promise.all([0, 1, 2, 3].map(() => onThread({ job: 'run', task: task(variant, { increments: 20_000, gate: 4, shared }) })))
    expect(replies.map((r) => r.ok && (r.result as { done: number }).done)).toEqual([20_000, 20_000, 20_000, 20_000])
    expect(raceCounter(shared)).toBe(80_000)
  })

  it('unsafe: never more than the expected total, every increment made', async () => {
    const shared = createRaceBuffer()
    const replies = await Promise.all([0, 1].map(() => onThread({ job: 'run', task: task('unsafe', { increments: 20_000, gate: 2, shared }) })))
    expect(replies.every((r) => r.ok)).toBe(true)
    // How many are lost is chance; that none is invented is not.
    expect(raceCounter(shared)).toBeGreaterThan(0)
    expect(raceCounter(shared)).toBeLessThanOrEqual(40_000)
  })

  it('loses exactly one update when both threads read before either writes', async () => {
    const buffer = createRaceBuffer()
    const flags = new SharedArrayBuffer(4 * 4)
    const [A_READ, B_READ, A_DONE, B_DONE] = [0, 1, 2, 3]
    // A reads, then waits until B has read; B reads after A, then waits for A's write before its own.
    const a = onThread({ job: 'interleave', buffer, flags, waitBefore: null, setWhenRead: A_READ, waitBeforeWrite: B_READ, setWhenDone: A_DONE })
    const b = onThread({ job: 'interleave', buffer, flags, waitBefore: A_READ, setWhenRead: B_READ, waitBeforeWrite: A_DONE, setWhenDone: B_DONE })
    expect(await Promise.all([a, b])).toEqual([{ ok: true, result: 'done' }, { ok: true, result: 'done' }])
    expect(raceCounter(buffer)).toBe(1)
  })

  it('loses nothing when the same two increments run one after the other (the control)', async () => {
    const buffer = createRaceBuffer()
    const flags = new SharedArrayBuffer(4 * 4)
    const a = onThread({ job: 'interleave', buffer, flags, waitBefore: null, setWhenRead: 0, waitBeforeWrite: null, setWhenDone: 2 })
    const b = onThread({ job: 'interleave', buffer, flags, waitBefore: 2, setWhenRead: 1, waitBeforeWrite: null, setWhenDone: 3 })
    await Promise.all([a, b])
    expect(raceCounter(buffer)).toBe(2)
  })

  it('add through a real owner server is exact from threads; get-set never exceeds the total', async () => {
    const owner = onCleanup(await startOwnerServer(), (o) => o.close())
    const shared = createRaceBuffer()
    const adds = await Promise.all([0, 1, 2].map(() => onThread({ job: 'run', task: task('add', { increments: 300, gate: 3, shared, owner: owner.address }) })))
    expect(adds.every((r) => r.ok)).toBe(true)
    expect(owner.value()).toBe(900)
    owner.reset(0)
    resetRace(shared)
    const sets = await Promise.all([0, 1].map(() => onThread({ job: 'run', task: task('get-set', { increments: 300, gate: 2, shared, owner: owner.address }) })))
    expect(sets.every((r) => r.ok)).toBe(true)
    expect(owner.value()).toBeGreaterThan(0)
    expect(owner.value()).toBeLessThanOrEqual(600)
  })

  it('a thread blocked on the lock returns when the run is cancelled', async () => {
    const shared = createRaceBuffer()
    const held = raceMutex(shared)
    expect(held.acquire({ timeoutMs: 0 })).toBe('acquired')
    onCleanup(held, (m) => m.release())
    const reply = onThread({ job: 'run', task: task('mutex', { shared, timeoutMs: 60_000 }) })
    // Usually it is waiting on the lock by now; if not, it finds the flag set before its first
    // increment: the answer is the same either way, so the pause decides nothing.
    await new Promise((resolve) => setTimeout(resolve, 50))
    raceAbortFlag(shared).set()
    expect(await reply).toEqual({ ok: false, error: 'race: cancelled' })
  })

  it('a lock never released times out with a clear message', async () => {
    const shared = createRaceBuffer()
    const held = raceMutex(shared)
    expect(held.acquire({ timeoutMs: 0 })).toBe('acquired')
    onCleanup(held, (m) => m.release())
    expect(await onThread({ job: 'run', task: task('mutex', { shared, timeoutMs: 100 }) })).toEqual({ ok: false, error: 'race: could not take the lock within 100 ms' })
  })

  it('a partner that never arrives at the start gate ends the wait with a clear message', async () => {
    const shared = createRaceBuffer()
    expect(await onThread({ job: 'run', task: task('atomic', { shared, gate: 2, timeoutMs: 100 }) })).toEqual({ ok: false, error: 'race: only 1 of 2 workers reached the start within 100 ms' })
  })

  it('refuses a shared-memory variant without shared memory and an owner variant without an owner', async () => {
    expect(await onThread({ job: 'run', task: task('unsafe', {}) })).toEqual({ ok: false, error: 'race: the unsafe variant needs shared memory, which this runtime does not have' })
    expect(await onThread({ job: 'run', task: task('add', {}) })).toEqual({ ok: false, error: "race: the add variant needs the owner server's address" })
  })
})
