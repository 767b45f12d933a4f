/** The sweep's own rules: wrong answers fail loudly, chunking, worker counts. */
import { describe, expect, it } from 'vitest'
import { RunConfigSchema } from '../../../src-shared/config'
import type { PrimeTask } from '../../../src-shared/protocol'
import { PrimeOptionsSchema } from '../../../src-shared/workloads/prime'
import { executorFactory } from '../../../src-main/engine/executors'
import { primeWorkload, splitRange } from '../../../src-main/engine/experiments/prime'
import { ProgressTracker } from '../../../src-main/engine/experiments/progress'
import { runSweeps } from '../../../src-main/engine/experiments/sweep'
import { autoWorkerCounts } from '../../../src-main/engine/experiments/worker-counts'
import type { SweepWorkload } from '../../../src-main/engine/experiments/experiment'
import { systemClock } from '../../../src-main/engine/measure/clock'
import { manualClock } from '../../helpers/manual-clock'

const config = RunConfigSchema.parse({ workload: { workload: 'prime', hi: 100_000 }, runtimes: ['thread'], workers: [1], repeat: 1, warmup: 0 })

function context(_workload: SweepWorkload<PrimeTask>) {
  return {
    runtimes: ['thread' as const],
    countsFor: () => [1],
    config,
    logicalCores: 2,
    clock: systemClock,
    signal: new AbortController().signal,
    progress: new ProgressTracker(10, manualClock(), () => undefined),
    createExecutor: executorFactory(config, { clock: systemClock }),
    newRunId: () => 'r1',
    emit: () => undefined,
  }
}

describe('runSweeps', () => {
  it('fails the run loudly when the answer is wrong', async () => {
    const honest = primeWorkload(PrimeOptionsSchema.parse({ workload: 'prime', hi: 100_000 }))
    const lying: SweepWorkload<PrimeTask> = { ...honest, check: () => ({ expected: 9593, actual: 9592, ok: false, source: 'single-thread' }) }
    await honest.prepare?.(new AbortController().signal)
    const [run] = await runSweeps(lying, context(lying))
    expect(run!.status).toBe('failed')
    expect(run!.error).toMatch(/Check failed.*expected 9593, got 9592/)
    expect(run!.points).toEqual([])
  })

  it('checks a range without a published count against a single-thread count', async () => {
    const workload = primeWorkload(PrimeOptionsSchema.parse({ workload: 'prime', lo: 10, hi: 100_000 }))
    await workload.prepare?.(new AbortController().signal)
    const [run] = await runSweeps(workload, context(workload))
    expect(run!.status).toBe('completed')
    expect(run!.points[0]!.check).toEqual({ expected: 9588, actual: 9588, ok: true, source: 'single-thread' })
  })
})

describe('runSweeps on two runtimes, interleaved', () => {
  it('fails only the run whose pool broke and measures the other to the end', async () => {
    const both = RunConfigSchema.parse({ workload: { workload: 'prime', hi: 100_000 }, runtimes: ['thread', 'process'], workers: [1, 2], repeat: 2, warmup: 0, seed: 5 })
    const workload = primeWorkload(PrimeOptionsSchema.parse({ workload: 'prime', hi: 100_000 }))
    await workload.prepare?.(new AbortController().signal)
    const real = executorFactory(both, { clock: systemClock })
    const ids = { thread: 'run-thread', process: 'run-process' } as const
    const finished: string[] = []
    const runs = await runSweeps(workload, {
      ...context(workload),
      runtimes: ['thread', 'process'],
      countsFor: () => [1, 2],
      config: both,
      newRunId: (runtime) => ids[runtime as 'thread' | 'process'],
      emit: (event) => (event.type === 'run-finished' ? finished.push(event.run.id) : undefined),
      // The process pool of 2 cannot start (as if the machine refused the fork).
      createExecutor: (runtime, size, signal) => (runtime === 'process' && size === 2 ? Promise.reject(new Error('fork refused')) : real(runtime, size, signal)),
    })
    expect(runs.map((r) => [r.runtime, r.status, r.points.length])).toEqual([
      ['thread', 'completed', 2],
      ['process', 'failed', 0],
    ])
    expect(runs[1]!.error).toBe('fork refused')
    expect(finished).toEqual(['run-thread', 'run-process'])
  })
})

describe('chunking', () => {
  it('splits a range into contiguous chunks that cover it exactly', () => {
    expect(splitRange(0, 10, 3)).toEqual([
      [0, 4],
      [4, 8],
      [8, 10],
    ])
    expect(splitRange(5, 7, 8)).toEqual([
      [5, 6],
      [6, 7],
    ])
  })

  it('makes one chunk per worker when static, more when dynamic', () => {
    const options = { workload: 'prime', lo: 0, hi: 1_000_000, method: 'sieve', chunksPerWorker: 4 } as const
    expect(primeWorkload({ ...options, chunking: 'static' }).tasks(3)).toHaveLength(3)
    expect(primeWorkload({ ...options, chunking: 'dynamic' }).tasks(3)).toHaveLength(12)
  })
})

describe('autoWorkerCounts', () => {
  it('doubles up to the core count and adds one oversubscribed point', () => {
    expect(autoWorkerCounts(2)).toEqual([1, 2, 4])
    expect(autoWorkerCounts(6)).toEqual([1, 2, 4, 6, 12])
    expect(autoWorkerCounts(1)).toEqual([1, 2])
  })
})
