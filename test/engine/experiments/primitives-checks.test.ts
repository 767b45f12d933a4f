/**
 * The primitives experiment's checks fail on broken input, its waits stop on timeout and on the
 * AbortFlag, and a cancel reaches a worker thread blocked in a part's wait: the round rejects
 * with an AbortError long before the wait's own bound, and the pool's threads have exited.
 */
import { describe, expect, it } from 'vitest'
import { RunConfigSchema } from '../../../src-shared/config'
import { PrimitivesOptionsSchema } from '../../../src-shared/workloads/primitives'
import { executorFactory } from '../../../src-main/engine/executors'
import { systemClock } from '../../../src-main/engine/measure/clock'
import { isAbortError } from '../../../src-main/engine/runtimes/errors'
import { countSeen, exactlyOnceCheck, generationsCheck, primitivePoint, semaphoreCheck, wokeCheck } from '../../../src-main/engine/experiments/primitives/figures'
import { type PartEnv, runJobs, withThreads } from '../../../src-main/engine/experiments/primitives/part-env'
import type { ExperimentContext } from '../../../src-main/engine/experiments/experiment'
import { runPrimitive } from '../../../src-workers/kernels/primitives/run'
import { AbortFlag } from '../../../src-workers/sync/abort-flag'
import { partUnits, threadsOnlyReason } from '../../../src-main/engine/experiments/primitives/experiment'

describe('primitives checks', () => {
  it('fail loudly on a semaphore that let one thread too many in, a lost or duplicated item, a mixed generation, a waiter that never woke', () => {
    expect(semaphoreCheck(2, 2).ok).toBe(true)
    expect(semaphoreCheck(2, 1).ok).toBe(true) // below the limit: a finding, shown as a note
    expect(semaphoreCheck(2, 3)).toEqual({ expected: 2, actual: 3, ok: false, source: 'known-value' })
    expect(exactlyOnceCheck(4, countSeen([1, 1, 1, 1])).ok).toBe(true)
    expect(exactlyOnceCheck(4, countSeen([1, 2, 1, 1]))).toMatchObject({ ok: false, actual: 3 })
    expect(exactlyOnceCheck(4, countSeen([1, 0, 1, 1]))).toMatchObject({ ok: false, actual: 3 })
    expect(generationsCheck(9, 0).ok).toBe(true)
    expect(generationsCheck(9, 1).ok).toBe(false)
    expect(wokeCheck(3, 2).ok).toBe(false)
  })

  it('never records a negative time, and summarises few samples as their range', () => {
    const point = primitivePoint({
      workers: 2,
      variant: 'event',
      settings: { waiters: 2 },
      samplesMs: [-0.001, 0.5],
      seed: 1,
      check: wokeCheck(2, 2),
      primitive: { part: 'event', waiters: 2, wakeMedianUs: [0, 3] },
      latencyUs: [-2, 5],
    })
    expect(point.samplesMs).toEqual([0, 0.5])
    expect(point.stats).toMatchObject({ ciMethod: 'range', ciUnavailable: 'few-samples', min: 0 })
    expect(point.latencyUs?.p50).toBeGreaterThanOrEqual(0)
  })

  it('answers a process run for every part but the queue with the threads-only reason, and counts no progress for it', () => {
    const o = PrimitivesOptionsSchema.parse({ workload: 'primitives' })
    expect(o.parts).toEqual(['semaphore', 'event', 'condition', 'barrier', 'queue'])
    expect(threadsOnlyReason('barrier')).toMatch(/^threads only: .*Barrier/)
    expect(['semaphore', 'event', 'condition', 'barrier'].map((p) => partUnits(p as 'event', o, false))).toEqual([0, 0, 0, 0])
    expect(partUnits('queue', o, false)).toBe(o.capacities.length)
    expect(PrimitivesOptionsSchema.safeParse({ workload: 'primitives', threads: 17 }).success).toBe(false)
    expect(PrimitivesOptionsSchema.safeParse({ workload: 'primitives', parts: ['mutex'] }).success).toBe(false)
  })

  it('a blocked wait returns timeout at its bound, and aborted once the flag is set', () => {
    const abort = AbortFlag.create()
    const job = { part: 'event-set' as const, event: { buffer: new SharedArrayBuffer(8), offset: 0 }, ready: new SharedArrayBuffer(4), waiters: 2 }
    expect(runPrimitive({ kind: 'primitive', job, abort: abort.handle, timeoutMs: 30 }).outcome).toBe('timeout')
    abort.set()
    expect(runPrimitive({ kind: 'primitive', job, abort: abort.handle, timeoutMs: 30_000 }).outcome).toBe('aborted')
  })

  it('cancel reaches a worker thread blocked in a wait, and the pool ends with no thread left', async () => {
    const config = RunConfigSchema.parse({ workload: { workload: 'primitives' }, runtimes: ['thread'] })
    const controller = new AbortController()
    const ctx = { config, signal: controller.signal, createExecutor: executorFactory(config, { clock: systemClock }) } as unknown as ExperimentContext
    const abort = AbortFlag.create()
    controller.signal.addEventListener('abort', () => abort.set())
    // 30 s per wait: far beyond the test's own timeout, so only the cancel can end it in time.
    const env = { ctx, abort, timeoutMs: 30_000 } as unknown as PartEnv
    const job = { part: 'event-set' as const, event: { buffer: new SharedArrayBuffer(8), offset: 0 }, ready: new SharedArrayBuffer(4), waiters: 2 }
    let poolSeen: { size: number } | undefined
    const round = withThreads(env, 1, (pool) => {
      poolSeen = pool
      return runJobs(env, pool, [job])
    })
    setTimeout(() => controller.abort(), 200)
    const error = await round.then(() => undefined, (e: unknown) => e)
    expect(isAbortError(error)).toBe(true)
    expect(abort.isSet).toBe(true)
    expect(poolSeen?.size).toBe(1)
  }, 10_000)
})
