/**
 * Runs one sweep workload on every runtime of a run configuration: each runtime's overhead
 * first, then every (runtime x worker count) point's warm-ups and repetitions in the schedule's
 * order (schedule.ts; interleaved by default). Interleaved, every point's executor is created
 * before round 1 and kept warm until the last round, so spawning stays out of the figures and
 * idle pools wait between their turns; sequential, each point gets a fresh executor, as before.
 *
 * One Run per runtime. Events: `run-started` before a runtime's first measurement, `point` once
 * a point has all its repetitions (in worker order), `run-finished` for every run at the end, when
 * the figures that need other runs (baseline speedups, significance) are known. A failure fails
 * its own run and the others go on; a cancel keeps the completed points and aborts every run.
 */
import type { RunConfig, RuntimeName } from '../../../src-shared/config'
import type { RunEvent } from '../../../src-shared/events'
import { RUNTIME_TRAITS } from '../../../src-shared/runtime-traits'
import type { Task } from '../../../src-shared/protocol'
import type { PythonRunInfo } from '../../../src-shared/python'
import type { Check, Point, Run, RunOutcome, Schedule, Serialization } from '../../../src-shared/report'
import type { TaskExecutor } from '../executor'
import type { Clock } from '../measure/clock'
import { deriveSeed, freshSeed } from '../stats/random'
import { measureOverhead } from './overhead'
import { derivePointFigures, fitRun } from './point-figures'
import type { ProgressTracker } from './progress'
import { type PlannedPoint, type Step, planSchedule, pointKey } from './schedule'
import { withComparisons } from './sweep-comparisons'
import { type Repetition, assemblePoint, closeQuietly, runRepetition } from './sweep-point'
import { type SweepLanes, tracedSweepRepetition, tracesGlobalLock } from './sweep-lanes'
import { CheckFailedError, type SweepWorkload, interruptedRun, runIdentity } from './experiment'

export interface SweepContext {
  /** Main-thread baseline first. */
  runtimes: RuntimeName[]
  /** The worker counts of each runtime (the baseline measures 1 only). */
  countsFor(runtime: RuntimeName): number[]
  config: RunConfig
  logicalCores: number
  clock: Clock
  signal: AbortSignal
  progress: ProgressTracker
  createExecutor(runtime: RuntimeName, size: number, signal: AbortSignal): Promise<TaskExecutor>
  newRunId(runtime: RuntimeName): string
  emit(event: RunEvent): void
}

interface Lane<T extends Task> {
  runtime: RuntimeName
  runId: string
  startedAt: string
  overhead: Run['overhead']
  serialization: Serialization
  python: PythonRunInfo | undefined
  /** Undefined while the run is still measuring. */
  outcome: RunOutcome | undefined
  points: Array<PointState<T>>
  emitted: number
  /** Global-lock mode on threads: the timeline of who held the lock, from a traced repetition per point. */
  lanes: SweepLanes
}

interface PointState<T extends Task> {
  lane: Lane<T>
  workers: number
  key: string
  executor: TaskExecutor | undefined
  measured: Array<Repetition<T>>
  check: Check | undefined
  stepsLeft: number
  point: Point | undefined
}

/** Units of progress one runtime's sweep reports: one for overhead, one per repetition. */
export function sweepUnits(config: RunConfig, workerCounts: number[]): number {
  return 1 + workerCounts.length * (config.warmup + config.repeat)
}

export async function runSweeps<T extends Task>(workload: SweepWorkload<T>, ctx: SweepContext): Promise<Run[]> {
  const seed = ctx.config.seed ?? freshSeed()
  const lanes: Array<Lane<T>> = []
  let plan: ReturnType<typeof planSchedule> | undefined
  const executedRounds: number[][] = []
  try {
    for (const runtime of ctx.runtimes) {
      if (ctx.signal.aborted) throw ctx.signal.reason
      // Listed before its overhead is measured: a cancel from here on reports the run as aborted.
      const lane = openLane(workload, ctx, runtime)
      lanes.push(lane)
      await measureLaneOverhead(ctx, lane)
    }
    const live = lanes.flatMap((lane) => lane.points).filter((s) => s.lane.outcome === undefined)
    plan = planSchedule(
      live.map((s): PlannedPoint => ({ runtime: s.lane.runtime, workers: s.workers })),
      ctx.config.order,
      ctx.config.warmup,
      ctx.config.repeat,
      seed,
    )
    if (ctx.config.order === 'interleaved') for (const state of live) await guarded(ctx, state.lane, async () => void (await ensureExecutor(ctx, state)))
    for (const step of plan.steps) {
      if (ctx.signal.aborted) throw ctx.signal.reason
      const state = live[step.point]!
      if (state.lane.outcome !== undefined) continue
      await guarded(ctx, state.lane, () => takeStep(workload, ctx, state, step, seed, lanes))
      if (step.scheduleRound >= 0 && state.lane.outcome === undefined) (executedRounds[step.scheduleRound] ??= []).push(step.point)
    }
  } catch (thrown) {
    // Only a cancel gets here (guarded() turns every other error into its own run's failure);
    // a run whose points were all measured before it (sequential: the earlier runtimes) completed.
    const outcome = interruptedRun(thrown, ctx.signal)
    for (const lane of lanes) if (lane.points.some((s) => !s.point)) lane.outcome ??= outcome
  } finally {
    await Promise.all(lanes.flatMap((lane) => lane.points).map((s) => (s.executor ? closeQuietly(s.executor, ctx.signal) : undefined)))
  }
  const planned = plan?.schedule ?? planSchedule([], ctx.config.order, ctx.config.warmup, ctx.config.repeat, seed).schedule
  const schedule: Schedule = planned.rounds ? { ...planned, rounds: executedRounds.filter(Boolean) } : planned
  const runs = finishRuns(workload, ctx, lanes, schedule, seed)
  for (const run of runs) ctx.emit({ type: 'run-finished', run })
  return runs
}

function openLane<T extends Task>(workload: SweepWorkload<T>, ctx: SweepContext, runtime: RuntimeName): Lane<T> {
  const runId = ctx.newRunId(runtime)
  const lane: Lane<T> = { runtime, runId, startedAt: new Date(ctx.clock.epochMs()).toISOString(), overhead: null, serialization: 'none', python: undefined, outcome: undefined, points: [], emitted: 0, lanes: { kept: undefined, costNsPerEvent: undefined } }
  lane.points = ctx.countsFor(runtime).map((workers) => ({ lane, workers, key: pointKey({ runtime, workers }), executor: undefined, measured: [], check: undefined, stepsLeft: ctx.config.warmup + ctx.config.repeat, point: undefined }))
  ctx.emit({ type: 'run-started', runId, workload: workload.options.workload, runtime })
  return lane
}

async function measureLaneOverhead<T extends Task>(ctx: SweepContext, lane: Lane<T>): Promise<void> {
  const { runId, runtime } = lane
  const position = { runId, workload: ctx.config.workload.workload, runtime, phase: 'overhead' as const, workers: 1, repetition: 0, repetitions: 0 }
  ctx.progress.report(position)
  await guarded(ctx, lane, async () => {
    const probe = await ctx.createExecutor(runtime, 1, ctx.signal)
    lane.serialization = probe.serialization
    lane.python = probe.python
    try {
      lane.overhead = { emptyTaskRoundTripUs: await measureOverhead(probe, ctx.signal), shareOfChunk: null }
    } finally {
      await closeQuietly(probe, ctx.signal)
    }
  })
  if (lane.outcome === undefined) ctx.progress.report(position, 1)
}

/** Runs a step of one run; an error other than a cancel fails that run only (its pools destroyed). */
async function guarded<T extends Task>(ctx: SweepContext, lane: Lane<T>, step: () => Promise<void>): Promise<void> {
  try {
    await step()
  } catch (thrown) {
    if (ctx.signal.aborted) throw thrown
    lane.outcome ??= interruptedRun(thrown, ctx.signal)
    for (const state of lane.points) {
      const executor = state.executor
      state.executor = undefined
      if (executor) await executor.destroy(thrown).catch(() => undefined)
    }
  }
}

async function ensureExecutor<T extends Task>(ctx: SweepContext, state: PointState<T>): Promise<TaskExecutor> {
  state.executor ??= await ctx.createExecutor(state.lane.runtime, state.workers, ctx.signal)
  return state.executor
}

async function takeStep<T extends Task>(workload: SweepWorkload<T>, ctx: SweepContext, state: PointState<T>, step: Step, seed: number, lanes: Array<Lane<T>>): Promise<void> {
  const executor = await ensureExecutor(ctx, state)
  const repetitions = step.phase === 'warmup' ? ctx.config.warmup : ctx.config.repeat
  const position = { runId: state.lane.runId, workload: workload.options.workload, runtime: state.lane.runtime, phase: step.phase, workers: state.workers, repetition: step.repetition, repetitions }
  ctx.progress.report(position)
  const rep = await runRepetition(workload, executor, state.workers, ctx.clock, ctx.signal, step.round)
  const check = workload.check(rep.outcomes.map((o) => o.result))
  if (!check.ok) throw new CheckFailedError(workload.options.workload, check)
  state.check = check
  if (step.phase === 'measure') state.measured.push(rep)
  ctx.progress.report(position, 1)
  if (--state.stepsLeft > 0) return
  if (tracesGlobalLock(executor, state.lane.runtime)) {
    await tracedSweepRepetition(workload, executor, { runId: state.lane.runId, runtime: state.lane.runtime, workers: state.workers, clock: ctx.clock, signal: ctx.signal, emit: ctx.emit }, state.lane.lanes)
  }
  state.point = assemblePoint(workload, state.lane.runtime, state.workers, ctx.logicalCores, state.measured, check, deriveSeed(seed, state.key))
  if (ctx.config.order === 'sequential') {
    state.executor = undefined
    await closeQuietly(executor, ctx.signal)
  }
  emitReady(ctx, state.lane, lanes, seed)
}

/** Emits the run's completed points in worker order, with the figures known so far. */
function emitReady<T extends Task>(ctx: SweepContext, lane: Lane<T>, lanes: Array<Lane<T>>, seed: number): void {
  const baseline = baselinePoint(lanes, lane)
  const reference = lane.points[0]?.point
  for (let next = lane.points[lane.emitted]; next?.point; next = lane.points[lane.emitted]) {
    ctx.emit({ type: 'point', runId: lane.runId, point: derivePointFigures(next.point, reference, baseline, { seed, key: next.key }) })
    lane.emitted++
  }
}

/** The main-thread baseline's point, for every run but the baseline's own. */
function baselinePoint<T extends Task>(lanes: Array<Lane<T>>, lane: Lane<T>): Point | undefined {
  if (RUNTIME_TRAITS[lane.runtime].baseline) return undefined
  return lanes.find((l) => RUNTIME_TRAITS[l.runtime].baseline)?.points[0]?.point
}

function finishRuns<T extends Task>(workload: SweepWorkload<T>, ctx: SweepContext, lanes: Array<Lane<T>>, schedule: Schedule, seed: number): Run[] {
  const finishedAt = new Date(ctx.clock.epochMs()).toISOString()
  const derived = lanes.map((lane) => {
    const done = lane.points.flatMap((s) => (s.point ? [{ point: s.point, key: s.key }] : []))
    const reference = done[0]?.point
    const baseline = baselinePoint(lanes, lane)
    return { runtime: lane.runtime, lane, points: done.map(({ point, key }) => derivePointFigures(point, reference, baseline, { seed, key })) }
  })
  return withComparisons(derived).map(({ lane, points }) => {
    const first = points[0]
    const overhead = lane.overhead
    if (overhead && first) {
      const tasksPerRep = workload.tasks(first.workers).length
      const chunkMs = first.stats.median / Math.max(1, tasksPerRep / first.workers)
      overhead.shareOfChunk = chunkMs > 0 ? overhead.emptyTaskRoundTripUs.median / 1000 / chunkMs : null
    }
    const uvThreadpoolSize = points.find((p) => p.uvThreadpoolSize !== undefined)?.uvThreadpoolSize
    return {
      id: lane.runId,
      ...runIdentity(workload.options),
      runtime: lane.runtime,
      settings: {
        serialization: lane.serialization,
        warmup: ctx.config.warmup,
        repeat: ctx.config.repeat,
        taskTimeoutMs: ctx.config.taskTimeoutMs,
        ...(uvThreadpoolSize === undefined ? {} : { uvThreadpoolSize }),
        ...(lane.python ? { python: lane.python } : {}),
        ...(ctx.config.globalLock && lane.python === undefined ? { globalLock: { switchIntervalMs: ctx.config.switchIntervalMs } } : {}),
      },
      ...(lane.outcome ?? { status: 'completed' }),
      startedAt: lane.startedAt,
      finishedAt,
      overhead,
      points,
      ...fitRun(points, ctx.logicalCores),
      schedule,
      ...(lane.lanes.kept ? { lanes: lane.lanes.kept } : {}),
    }
  })
}
