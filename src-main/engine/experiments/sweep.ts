/**
 * Runs one workload on one runtime over a sweep of worker counts: overhead first, then for each
 * count a fresh executor, warm-ups, and measured repetitions. A repetition's wall time runs from
 * handing the first task to the executor until the last answer is back, on a warm pool, so spawn
 * cost is not in it (the `spawn` experiment measures that on its own).
 */
import type { RunConfig, RuntimeName } from '../../../src-shared/config'
import { RUNTIME_TRAITS } from '../../../src-shared/runtime-traits'
import type { Task } from '../../../src-shared/protocol'
import type { Point, Run, RunOutcome, Serialization, Span } from '../../../src-shared/report'
import type { TaskExecutor, TaskOutcome } from '../executor'
import type { Clock } from '../measure/clock'
import { cpuDeltaMs, cpuSnapshot } from '../measure/cpu'
import { summarize } from '../stats/summary'
import { measureOverhead } from './overhead'
import { derivePointFigures, fitRun } from './point-figures'
import type { ProgressTracker } from './progress'
import { CheckFailedError, type SweepWorkload, interruptedRun, runIdentity } from './experiment'

export interface SweepContext {
  runId: string
  runtime: RuntimeName
  workerCounts: number[]
  config: RunConfig
  logicalCores: number
  clock: Clock
  signal: AbortSignal
  progress: ProgressTracker
  createExecutor(runtime: RuntimeName, size: number, signal: AbortSignal): Promise<TaskExecutor>
  onPoint(point: Point): void
  /** The main-thread baseline's median for this workload, when it ran before this runtime. */
  baselineMedianMs: number | undefined
}

interface Repetition<T extends Task> {
  wallMs: number
  cpuUserMs: number
  cpuSystemMs: number
  outcomes: Array<TaskOutcome<T>>
  startedAtEpochMs: number
}

/** Units of progress one runtime's sweep reports: one for overhead, one per repetition. */
export function sweepUnits(config: RunConfig, workerCounts: number[]): number {
  return 1 + workerCounts.length * (config.warmup + config.repeat)
}

export async function runSweep<T extends Task>(workload: SweepWorkload<T>, ctx: SweepContext): Promise<Run> {
  const startedAt = new Date(ctx.clock.epochMs()).toISOString()
  const points: Point[] = []
  let overhead: Run['overhead'] = null
  let outcome: RunOutcome = { status: 'completed' }
  let serialization: Serialization = 'none'
  const position = { runId: ctx.runId, workload: workload.options.workload, runtime: ctx.runtime }

  try {
    ctx.progress.report({ ...position, phase: 'overhead', workers: 1, repetition: 0, repetitions: 0 })
    const probe = await ctx.createExecutor(ctx.runtime, 1, ctx.signal)
    serialization = probe.serialization
    try {
      overhead = { emptyTaskRoundTripUs: await measureOverhead(probe, ctx.signal), shareOfChunk: null }
    } finally {
      await closeQuietly(probe, ctx.signal)
    }
    ctx.progress.report({ ...position, phase: 'overhead', workers: 1, repetition: 0, repetitions: 0 }, 1)

    for (const workers of ctx.workerCounts) {
      const point = await measurePoint(workload, ctx, workers, position)
      const derived = derivePointFigures(point, points[0], ctx.baselineMedianMs)
      points.push(derived)
      ctx.onPoint(derived)
    }
    if (overhead && points[0]) {
      const tasksPerRep = workload.tasks(points[0].workers).length
      const chunkMs = points[0].stats.median / Math.max(1, tasksPerRep / points[0].workers)
      overhead.shareOfChunk = chunkMs > 0 ? overhead.emptyTaskRoundTripUs.median / 1000 / chunkMs : null
    }
  } catch (thrown) {
    outcome = interruptedRun(thrown, ctx.signal)
  }

  return {
    id: ctx.runId,
    ...runIdentity(workload.options),
    runtime: ctx.runtime,
    settings: { serialization, warmup: ctx.config.warmup, repeat: ctx.config.repeat, taskTimeoutMs: ctx.config.taskTimeoutMs, ...uvPoolOf(points) },
    ...outcome,
    startedAt,
    finishedAt: new Date(ctx.clock.epochMs()).toISOString(),
    overhead,
    points,
    amdahl: fitRun(points, ctx.logicalCores),
  }
}

async function measurePoint<T extends Task>(
  workload: SweepWorkload<T>,
  ctx: SweepContext,
  workers: number,
  position: { runId: string; workload: Run['workload']; runtime: RuntimeName },
): Promise<Point> {
  const executor = await ctx.createExecutor(ctx.runtime, workers, ctx.signal)
  const measured: Array<Repetition<T>> = []
  let check: Point['check'] | undefined
  try {
    const total = ctx.config.warmup + ctx.config.repeat
    for (let i = 0; i < total; i++) {
      const warm = i < ctx.config.warmup
      const phase = warm ? 'warmup' : 'measure'
      const repetition = warm ? i + 1 : i - ctx.config.warmup + 1
      const repetitions = warm ? ctx.config.warmup : ctx.config.repeat
      ctx.progress.report({ ...position, phase, workers, repetition, repetitions })
      const rep = await runRepetition(workload, executor, workers, ctx)
      check = workload.check(rep.outcomes.map((o) => o.result))
      if (!check.ok) throw new CheckFailedError(workload.options.workload, check)
      if (!warm) measured.push(rep)
      ctx.progress.report({ ...position, phase, workers, repetition, repetitions }, 1)
    }
  } catch (error) {
    await executor.destroy(error)
    throw error
  }
  await closeQuietly(executor, ctx.signal)

  const samplesMs = measured.map((r) => r.wallMs)
  const last = measured[measured.length - 1]!
  return {
    workers,
    // In-process runtimes have one thread whatever their size: their tasks in flight share no cores.
    oversubscribed: RUNTIME_TRAITS[ctx.runtime].parallel && workers > ctx.logicalCores,
    samplesMs,
    stats: summarize(samplesMs),
    cpu: { userMs: medianOf(measured.map((r) => r.cpuUserMs)), systemMs: medianOf(measured.map((r) => r.cpuSystemMs)) },
    speedup: null,
    efficiency: null,
    check: check!,
    timeline: timelineOf(last),
    ...(workload.pointExtras?.(
      measured.map((r) => r.outcomes),
      samplesMs,
    ) ?? {}),
  }
}

async function runRepetition<T extends Task>(workload: SweepWorkload<T>, executor: TaskExecutor, workers: number, ctx: SweepContext): Promise<Repetition<T>> {
  const tasks = workload.tasks(workers)
  const cpuBefore = cpuSnapshot()
  const startedAtEpochMs = ctx.clock.epochMs()
  const t0 = ctx.clock.now()
  const outcomes = await Promise.all(tasks.map((task) => executor.run(task, ctx.signal)))
  const wallMs = ctx.clock.now() - t0
  const engineCpu = cpuDeltaMs(cpuBefore, cpuSnapshot())
  // Child processes' CPU is not in the engine's own counter: add what each reported for its tasks.
  const outside = executor.cpuOutsideEngine ? outcomes : []
  return {
    wallMs,
    cpuUserMs: engineCpu.userMs + outside.reduce((sum, o) => sum + o.timing.cpuUserUs / 1000, 0),
    cpuSystemMs: engineCpu.systemMs + outside.reduce((sum, o) => sum + o.timing.cpuSystemUs / 1000, 0),
    outcomes,
    startedAtEpochMs,
  }
}

function timelineOf<T extends Task>(rep: Repetition<T>): Span[] {
  return rep.outcomes.map((o, i) => ({
    worker: o.slot,
    startMs: Math.max(0, o.timing.startedAtEpochMs - rep.startedAtEpochMs),
    endMs: Math.max(0, o.timing.endedAtEpochMs - rep.startedAtEpochMs),
    label: `task ${i + 1}`,
  }))
}

/** The libuv pool size the workers reported (I/O workloads record it per point), as a run setting. */
function uvPoolOf(points: Point[]): { uvThreadpoolSize?: number } {
  const size = points.find((p) => p.uvThreadpoolSize !== undefined)?.uvThreadpoolSize
  return size === undefined ? {} : { uvThreadpoolSize: size }
}

function medianOf(values: number[]): number {
  return summarize(values).median
}

async function closeQuietly(executor: TaskExecutor, signal: AbortSignal): Promise<void> {
  if (signal.aborted) await executor.destroy(signal.reason)
  else await executor.close()
}
