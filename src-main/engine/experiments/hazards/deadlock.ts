/**
 * Deadlock (issue 17, README "Deadlock"): per variant (naive ring, one global order, try-lock
 * with back-off), R repetitions of N workers taking two locks each (src-workers/kernels/hazards/
 * deadlock.ts), with the engine's wait-for watch detecting the cycle for real (wait-for-watch.ts)
 * and ending the repetition cleanly. A point per variant: how often it deadlocked, how it was
 * found, the cycle, the cost of a completed pair. Then one more repetition, traced (the live lanes
 * and the live wait-for graph; counted in no figure).
 *
 * Threads only: the locks live in shared memory. Processes would need the engine to hold the
 * locks for them (a Manager-style lock server); not built yet, and said so in the result.
 */
import type { DeadlockOptions, DeadlockVariant } from '../../../../src-shared/workloads/deadlock'
import type { DeadlockTask } from '../../../../src-shared/protocol-hazards'
import type { Point } from '../../../../src-shared/report'
import type { LaneTimeline } from '../../../../src-shared/lane-timeline'
import type { WaitForGraph } from '../../../../src-shared/wait-for-graph'
import { message } from '../../../../src-shared/engine-message'
import { translateEn } from '../../../../src-shared/i18n/translate'
import { deadlockLaneLabel } from '../../../../src-shared/hazards-labels'
import type { TaskExecutor } from '../../executor'
import { deriveSeed } from '../../stats/random'
import { summarizeTimes } from '../../stats/summary'
import { CheckFailedError, type Experiment, type ExperimentContext } from '../experiment'
import { intervalUs } from '../micro/locks-figures'
import type { MicroRun } from '../micro/micro-run'
import { tracedRepetition } from '../shared-state/traced-repetition'
import { deadlockFigures, type DeadlockRep } from './deadlock-figures'
import { hazardRepetition } from './hazard-repetition'
import { threadsOnlyHazard } from './threads-only-hazard'

function taskOf(options: DeadlockOptions, variant: DeadlockVariant, timeoutMs: number, seed: number, trace?: readonly { buffer: SharedArrayBuffer; offset: number }[]) {
  return (buffer: SharedArrayBuffer, worker: number): DeadlockTask => ({
    kind: 'deadlock',
    buffer,
    worker,
    workers: options.workers,
    variant,
    pairs: options.pairs,
    pauseMs: options.pauseMs,
    tryTimeoutMs: options.tryTimeoutMs,
    backoffMs: options.backoffMs,
    timeoutMs,
    seed: deriveSeed(seed, `${variant}/${worker}`) >>> 0,
    ...(trace?.[worker] ? { trace: trace[worker] } : {}),
  })
}

async function measure(ctx: ExperimentContext, pool: TaskExecutor, options: DeadlockOptions, variant: DeadlockVariant, seed: number): Promise<DeadlockRep[]> {
  const timeoutMs = options.detectBoundMs
  const reps: DeadlockRep[] = []
  for (let i = 0; i < ctx.config.warmup + ctx.config.repeat; i++) {
    ctx.signal.throwIfAborted()
    const rep = await hazardRepetition(pool, { workers: options.workers, timeoutMs, task: taskOf(options, variant, timeoutMs, deriveSeed(seed, String(i))), watch: { pollMs: options.pollMs } }, ctx.signal)
    if (i >= ctx.config.warmup) reps.push(rep)
  }
  return reps
}

/** The traced repetition: lanes from the rings, and the graph streamed as it changes. Returns the last graph. */
async function traced(ctx: ExperimentContext, run: MicroRun, pool: TaskExecutor, options: DeadlockOptions, variant: DeadlockVariant, seed: number): Promise<WaitForGraph | null> {
  const label = deadlockLaneLabel(translateEn, { variant, workers: options.workers })
  const lanes = (graph: WaitForGraph): LaneTimeline => ({ workers: options.workers, label, spans: [], dropped: 0, graph })
  const onGraph = (graph: WaitForGraph) => ctx.emit({ type: 'lanes', runId: run.runId, lanes: lanes(graph) })
  const timeoutMs = options.detectBoundMs
  const rep = await tracedRepetition(ctx, run, { workers: options.workers, label }, (rings) =>
    hazardRepetition(pool, { workers: options.workers, timeoutMs, task: taskOf(options, variant, timeoutMs, deriveSeed(seed, 'traced'), rings), watch: { pollMs: options.pollMs, onGraph } }, ctx.signal),
  )
  if (rep.graph) onGraph(rep.graph)
  return rep.graph
}

function point(reps: DeadlockRep[], options: DeadlockOptions, variant: DeadlockVariant, ctx: ExperimentContext, seed: number): Point {
  const samplesMs = reps.map((r) => Math.max(0, Math.max(...r.results.map((x) => x.endUs)) - Math.min(...r.results.map((x) => x.startUs))) / 1000)
  const figures = deadlockFigures(reps, variant, options.workers)
  const perPair = figures.perPairMs.length > 0 ? intervalUs(summarizeTimes(figures.perPairMs, deriveSeed(seed, `${variant}/pair`))) : null
  const fixed = variant !== 'naive'
  return {
    workers: options.workers,
    oversubscribed: options.workers > ctx.logicalCores,
    samplesMs,
    stats: summarizeTimes(samplesMs, deriveSeed(seed, variant)),
    speedup: null,
    efficiency: null,
    // A fixed variant must never deadlock: one that does is a bug, and fails the run loudly.
    check: { expected: fixed ? 0 : null, actual: figures.deadlock.deadlocked, ok: !fixed || figures.deadlock.deadlocked === 0, source: fixed ? 'known-value' : 'none' },
    variant,
    samplesKind: 'repetition',
    ...(figures.deadlock.pairs > 0 ? { operations: figures.deadlock.pairs } : {}),
    deadlock: { ...figures.deadlock, usPerPair: perPair ? { median: perPair.median, ci95: perPair.ci95 } : null },
  }
}

async function onThreads(ctx: ExperimentContext, run: MicroRun, pool: TaskExecutor, options: DeadlockOptions, seed: number): Promise<void> {
  let kept: LaneTimeline | undefined
  for (const variant of options.variants) {
    const p = point(await measure(ctx, pool, options, variant, seed), options, variant, ctx, seed)
    run.addPoint(p)
    if (!p.check.ok) throw new CheckFailedError(`deadlock ${variant}`, p.check)
    const graph = await traced(ctx, run, pool, options, variant, seed)
    // The run keeps the timeline that shows a cycle (the first), else the last one traced.
    const lanes = run.keptLanes
    if (kept === undefined && lanes !== undefined && graph?.cycle !== undefined) kept = { ...lanes, graph }
    if (kept !== undefined) run.keepLanes(kept)
    else if (lanes !== undefined && graph !== null) run.keepLanes({ ...lanes, graph })
    run.step('measure', options.workers)
  }
}

export function deadlockExperiment(options: DeadlockOptions): Experiment {
  return threadsOnlyHazard({ options, workers: options.workers, processesReason: message('deadlockProcessesNotBuilt'), onThreads })
}
