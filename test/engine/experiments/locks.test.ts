/**
 * The locks experiment through real worker threads at a tiny size: every figure present and
 * consistent (acquisitions sum to the total, fairness in (0, 1], nothing negative), a process
 * request answered "threads only", and cancel and crash reaching threads blocked on the lock with
 * every pool torn down. No duration is asserted; every wait is bounded by the test's timeout.
 */
import { describe, expect, it } from 'vitest'
import { RunConfigSchema, type RunConfigInput } from '../../../src-shared/config'
import type { RunEvent } from '../../../src-shared/events'
import { ReportSchema, type Run } from '../../../src-shared/report'
import { runSuite } from '../../../src-main/engine/session'
import { formatReportTable } from '../../../src-main/engine/report/text/report-table'
import { executorFactory } from '../../../src-main/engine/executors'
import type { TaskExecutor } from '../../../src-main/engine/executor'
import { systemClock } from '../../../src-main/engine/measure/clock'
import { ProgressTracker } from '../../../src-main/engine/experiments/progress'
import { locksExperiment } from '../../../src-main/engine/experiments/locks'
import { runRepetition } from '../../../src-main/engine/experiments/micro/locks-repetition'
import { LocksOptionsSchema } from '../../../src-shared/workloads/locks'

const tiny: RunConfigInput = {
  workload: { workload: 'locks', threads: [1, 2, 3], criticalWork: [0, 50], outsideWork: 20, acquisitions: 300, maxRepetitionMs: 5000 },
  runtimes: ['thread', 'process'],
  repeat: 2,
  warmup: 0,
}

function checkRun(run: Run): void {
  expect(run.status, run.error).toBe('completed')
  // 3 thread counts x 2 critical lengths x (2 orders x 3 waits).
  expect(run.points).toHaveLength(36)
  for (const p of run.points) {
    const l = p.locks!
    expect(l, p.variant).toBeDefined()
    expect(p.variant).toBe(`${l.order}/${l.wait}`)
    expect(p.check.ok).toBe(true)
    const total = l.acquisitionsPerWorker.reduce((a, b) => a + b, 0)
    expect(l.acquisitionsPerWorker).toHaveLength(l.threads)
    expect(total).toBe(p.operations)
    expect(total).toBe(p.check.actual)
    // Nothing truncated at this size: every repetition took all its acquisitions.
    expect(total).toBe(300 * 2 - 0 * l.truncatedRepetitions)
    expect(l.fairness).toBeGreaterThan(0)
    expect(l.fairness).toBeLessThanOrEqual(1 + 1e-12)
    if (l.threads === 1) expect(l.fairness).toBe(1)
    expect(l.maxShare).toBeGreaterThanOrEqual(l.minShare)
    expect(l.maxShare).toBeLessThanOrEqual(1)
    for (const x of [...p.samplesMs, l.costUs.median, ...l.costUs.ci95, l.harnessUs.median, l.waitUs.p99, ...l.waitP99UsPerWorker, ...l.waitMeanUsPerWorker]) expect(x).toBeGreaterThanOrEqual(0)
    expect(l.costUs.ciMethod).toBe('range')
    expect(l.costUs.n).toBe(2)
    expect(l.waitUs.count).toBe(total)
  }
}

describe('locks experiment', () => {
  it('measures every mode on real threads and answers a process request "threads only"', { timeout: 120_000 }, async () => {
    const events: RunEvent[] = []
    const report = await runSuite([tiny], { onEvent: (e) => events.push(e) })
    expect(ReportSchema.safeParse(JSON.parse(JSON.stringify(report))).success).toBe(true)
    expect(report.runs.map((r) => r.runtime)).toEqual(['thread', 'process'])
    const [thread, proc] = report.runs as [Run, Run]
    checkRun(thread)
    // Not applicable, said plainly: completed, nothing measured, the reason recorded.
    expect(proc.status).toBe('completed')
    expect(proc.points).toEqual([])
    expect(proc.unavailable).toEqual([{ what: 'threads-only', reason: expect.stringContaining('threads only') }])
    const table = formatReportTable(report)
    expect(table).toContain('Locks')
    expect(table).toContain('FIFO (ticket) / block')
    expect(table).toMatch(/threads only/)
  })
})

/** A context of real thread pools that remembers each one and whether it was shut down. */
function trackedContext(signal: AbortSignal, input: RunConfigInput) {
  const config = RunConfigSchema.parse(input)
  const factory = executorFactory(config, { clock: systemClock })
  const pools: Array<{ pool: TaskExecutor; ended: boolean }> = []
  const ctx = {
    config,
    runtimes: config.runtimes,
    workerCounts: [1],
    logicalCores: 2,
    clock: systemClock,
    signal,
    progress: new ProgressTracker(1000, systemClock, () => undefined),
    runtimeDeps: { clock: systemClock },
    newRunId: () => 'run',
    emit: () => undefined,
    async createExecutor(runtime: Parameters<typeof factory>[0], size: number, s: AbortSignal) {
      const pool = await factory(runtime, size, s)
      const entry = { pool, ended: false }
      pools.push(entry)
      const end = (f: () => Promise<void>) => () => f().then(() => void (entry.ended = true))
      return { ...pool, run: pool.run.bind(pool), close: end(() => pool.close()), destroy: (reason?: unknown) => pool.destroy(reason).then(() => void (entry.ended = true)) } as TaskExecutor
    },
  }
  return { ctx, pools }
}

describe('locks: nothing hangs', () => {
  it('cancel reaches threads blocked on the lock, and every pool is torn down', { timeout: 60_000 }, async () => {
    // Long critical sections and many acquisitions: minutes of work, three of four threads asleep on the lock.
    const workload = { workload: 'locks' as const, threads: [4], waits: ['block' as const], orders: ['fifo' as const], criticalWork: [100_000], acquisitions: 200_000, maxRepetitionMs: 60_000 }
    const controller = new AbortController()
    const { ctx, pools } = trackedContext(controller.signal, { workload, runtimes: ['thread'], repeat: 50, warmup: 0 })
    const running = locksExperiment(LocksOptionsSchema.parse(workload)).run(ctx)
    // Cancel once the threads are inside the lock loop: the pool exists and has had time to start.
    while (pools.length === 0) await new Promise((r) => setTimeout(r, 10))
    await new Promise((r) => setTimeout(r, 300))
    controller.abort('test cancel')
    const runs = await running
    expect(runs.map((r) => r.status)).toEqual(['aborted'])
    expect(pools.every((p) => p.ended)).toBe(true)
  })

  it('a thread that dies holding the lock releases the others at once instead of leaving them to time out', { timeout: 30_000 }, async () => {
    const { ctx, pools } = trackedContext(new AbortController().signal, { workload: { workload: 'locks' }, runtimes: ['thread'] })
    const pool = await ctx.createExecutor('thread', 3, ctx.signal)
    try {
      // criticalWork -1 makes the busy loop throw inside the lock: the first thread in dies holding it.
      const spec = { threads: 3, lock: { order: 'fifo', wait: 'block' }, criticalWork: -1, outsideWork: 0, acquisitions: 1000, maxRepetitionMs: 60_000, timeoutMs: 60_000 } as const
      await expect(runRepetition(pool, spec, ctx.signal)).rejects.toThrow(/non-negative/)
    } finally {
      await pool.destroy()
    }
    expect(pools.every((p) => p.ended)).toBe(true)
  })
})
