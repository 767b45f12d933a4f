/**
 * Deadlock (issue 17, README "Deadlock"): per variant (naive ring, one global order, try-lock
 * with back-off), R repetitions of N workers taking two locks each (src-workers/kernels/hazards/
 * deadlock.ts), with the engine's wait-for watch detecting the cycle for real (wait-for-watch.ts)
 * and ending the repetition cleanly. A point per variant: how often it deadlocked, how it was
 * found, the cycle, the cost of a completed pair. Then one more repetition, traced (the live lanes
 * and the live wait-for graph; counted in no figure).
 *
 * Threads take the lab's Mutexes in shared memory. Processes share none, so their locks are held
 * by the engine's lock server (lock-server.ts, Manager-style), which keeps the wait-for graph
 * itself; the same watch reads it, the same figures come out. A process repetition has no trace
 * rings: its traced repetition streams the live graph only.
 */
import type { DeadlockOptions, DeadlockVariant } from '../../../../src-shared/workloads/deadlock'
import type { DeadlockTask, RemoteDeadlockTask } from '../../../../src-shared/protocol-hazards'
import type { Point } from '../../../../src-shared/report'
import type { LaneTimeline } from '../../../../src-shared/lane-timeline'
import type { WaitForGraph } from '../../../../src-shared/wait-for-graph'
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
import { lockHazard } from './hazard-frame'
import type { LockServer } from './lock-server'
import { processRepetition } from './process-repetition'

function remoteTaskOf(options: DeadlockOptions, variant: DeadlockVariant, timeoutMs: number, seed: number) {
  return (worker: number): RemoteDeadlockTask => ({
    kind: 'deadlock',
    worker,
    workers: options.workers,
    variant,
    pairs: options.pairs,
    pauseMs: options.pauseMs,
    tryTimeoutMs: options.tryTimeoutMs,
    backoffMs: options.backoffMs,
    timeoutMs,
    seed: deriveSeed(seed, `${variant}/${worker}`) >>> 0,
  })
}

function taskOf(options: DeadlockOptions, variant: DeadlockVariant, timeoutMs: number, seed: number, trace?: readonly { buffer: SharedArrayBuffer; offset: number }[]) {
  return (buffer: SharedArrayBuffer, worker: number): DeadlockTask => ({
    ...remoteTaskOf(options, variant, timeoutMs, seed)(worker),
    buffer,
    ...(trace?.[worker] ? { trace: trace[worker] } : {}),
  })
}

type Watching = { pollMs: number; onGraph?: (graph: WaitForGraph) => void }
/** One repetition of `variant` with seed `seed`, on threads or on processes. */
type Repeat = (variant: DeadlockVariant, seed: number, watch: Watching) => Promise<DeadlockRep>

/** The backstop of a process repetition: every wait inside is bounded; this bounds their sum generously. */
const processBoundMs = (o: DeadlockOptions): number => o.pairs * (o.pauseMs + o.tryTimeoutMs + 2 * o.backoffMs + 50) * o.workers + 2 * o.detectBoundMs + 30_000

function onProcessesRepeat(ctx: ExperimentContext, server: LockServer, options: DeadlockOptions): Repeat {
  return (variant, seed, watch) => processRepetition(server, { workers: options.workers, boundMs: processBoundMs(options), task: remoteTaskOf(options, variant, options.detectBoundMs, seed), watch }, ctx.signal)
}

async function measure(ctx: ExperimentContext, repeat: Repeat, options: DeadlockOptions, variant: DeadlockVariant, seed: number): Promise<DeadlockRep[]> {
  const reps: DeadlockRep[] = []
  for (let i = 0; i < ctx.config.warmup + ctx.config.repeat; i++) {
    ctx.signal.throwIfAborted()
    const rep = await repeat(variant, deriveSeed(seed, String(i)), { pollMs: options.pollMs })
    if (i >= ctx.config.warmup) reps.push(rep)
  }
  return reps
}

/** The traced repetition: lanes from the rings (threads only), and the graph streamed as it changes. Returns the last graph. */
type Traced = (run: MicroRun, variant: DeadlockVariant, seed: number) => Promise<WaitForGraph | null>

function lanesOf(options: DeadlockOptions, variant: DeadlockVariant) {
  const label = deadlockLaneLabel(translateEn, { variant, workers: options.workers })
  return { label, lanes: (graph: WaitForGraph): LaneTimeline => ({ workers: options.workers, label, spans: [], dropped: 0, graph }) }
}

function tracedOnThreads(ctx: ExperimentContext, pool: TaskExecutor, options: DeadlockOptions): Traced {
  return async (run, variant, seed) => {
    const { label, lanes } = lanesOf(options, variant)
    const onGraph = (graph: WaitForGraph) => ctx.emit({ type: 'lanes', runId: run.runId, lanes: lanes(graph) })
    const timeoutMs = options.detectBoundMs
    const rep = await tracedRepetition(ctx, run, { workers: options.workers, label }, (rings) =>
      hazardRepetition(pool, { workers: options.workers, timeoutMs, task: taskOf(options, variant, timeoutMs, deriveSeed(seed, 'traced'), rings), watch: { pollMs: options.pollMs, onGraph } }, ctx.signal),
    )
    if (rep.graph) onGraph(rep.graph)
    return rep.graph
  }
}

/** Processes: no rings to read, so the traced repetition is the live graph alone, kept as lanes without spans. */
function tracedOnProcesses(ctx: ExperimentContext, repeat: Repeat, options: DeadlockOptions): Traced {
  return async (run, variant, seed) => {
    const { lanes } = lanesOf(options, variant)
    const onGraph = (graph: WaitForGraph) => ctx.emit({ type: 'lanes', runId: run.runId, lanes: lanes(graph) })
    const rep = await repeat(variant, deriveSeed(seed, 'traced'), { pollMs: options.pollMs, onGraph })
    if (rep.graph) {
      onGraph(rep.graph)
      run.keepLanes(lanes(rep.graph))
    }
    return rep.graph
  }
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

async function variants(ctx: ExperimentContext, run: MicroRun, options: DeadlockOptions, seed: number, repeat: Repeat, traced: Traced): Promise<void> {
  let kept: LaneTimeline | undefined
  for (const variant of options.variants) {
    const p = point(await measure(ctx, repeat, options, variant, seed), options, variant, ctx, seed)
    run.addPoint(p)
    if (!p.check.ok) throw new CheckFailedError(`deadlock ${variant}`, p.check)
    const graph = await traced(run, variant, seed)
    // The run keeps the timeline that shows a cycle (the first), else the last one traced.
    const lanes = run.keptLanes
    if (kept === undefined && lanes !== undefined && graph?.cycle !== undefined) kept = { ...lanes, graph }
    if (kept !== undefined) run.keepLanes(kept)
    else if (lanes !== undefined && graph !== null) run.keepLanes({ ...lanes, graph })
    run.step('measure', options.workers)
  }
}

export function deadlockExperiment(options: DeadlockOptions): Experiment {
  return lockHazard({
    options,
    workers: options.workers,
    onThreads: (ctx, run, pool, o, seed) => {
      const repeat: Repeat = (variant, s, watch) => hazardRepetition(pool, { workers: o.workers, timeoutMs: o.detectBoundMs, task: taskOf(o, variant, o.detectBoundMs, s), watch }, ctx.signal)
      return variants(ctx, run, o, seed, repeat, tracedOnThreads(ctx, pool, o))
    },
    onProcesses: (ctx, run, server, o, seed) => {
      const repeat = onProcessesRepeat(ctx, server, o)
      return variants(ctx, run, o, seed, repeat, tracedOnProcesses(ctx, repeat, o))
    },
  })
}
