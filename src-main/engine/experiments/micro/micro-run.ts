/**
 * The frame every micro-experiment run shares: one Run per worker runtime, `run-started` first and
 * `run-finished` last, points streamed as they are measured, and the status decided the same way
 * as a sweep's (a cancel keeps what was measured, a failed check fails the run loudly).
 */
import type { RuntimeName, WorkloadOptions } from '../../../../src-shared/config'
import type { RunPhase } from '../../../../src-shared/events'
import type { Point, Run, RunOutcome, Serialization } from '../../../../src-shared/report'
import { type EngineMessage, englishText } from '../../../../src-shared/engine-message'
import type { Reference, Unavailable } from '../../../../src-shared/micro-report'
import { type LaneTimeline, MAX_PART_TIMELINES } from '../../../../src-shared/lane-timeline'
import { type WorkerRuntimeName, isWorkerRuntime } from '../../../../src-shared/runtime-traits'
import type { PythonRunInfo } from '../../../../src-shared/python'
import { type ExperimentContext, interruptedRun, runIdentity } from '../experiment'

/** The runtimes a micro-experiment may measure: Node workers, and CPython's where it has kernels. */
export type MicroRuntimeName = WorkerRuntimeName | 'py-thread' | 'py-process'

export interface MicroRun<R extends MicroRuntimeName = WorkerRuntimeName> {
  readonly runId: string
  readonly runtime: R
  /** Records a point and streams it to the front door. */
  addPoint(point: Point): void
  addReference(reference: Reference): void
  /**
   * A measurement this machine cannot make, said plainly instead of left out silently. A coded
   * reason is stored in English and as its code, so displays translate it.
   */
  addUnavailable(what: string, reason: string | EngineMessage): void
  /** Reports one finished unit of progress (and the phase now starting). */
  step(phase: RunPhase, workers: number, advance?: number): void
  /** The lane timeline the finished run keeps (shared-state experiments; the last one set wins). */
  keepLanes(lanes: LaneTimeline): void
  readonly keptLanes: LaneTimeline | undefined
  /** One timeline per part (primitives), kept beside `lanes` in the run's `lanesByPart`; the last one set per part wins. */
  keepPartLanes(part: string, lanes: LaneTimeline): void
  keptPartLanes(part: string): LaneTimeline | undefined
  /** The CPython runtimes: which interpreter produced the figures, recorded in the run's settings. */
  recordPython(python: PythonRunInfo | undefined): void
}

/**
 * The runtimes a micro-experiment measures: Node workers only, the main thread has nothing to
 * spawn (a Python runtime without a kernel for it is left out by the session, as not applicable).
 */
export function workerRuntimes(runtimes: readonly RuntimeName[]): WorkerRuntimeName[] {
  return runtimes.filter(isWorkerRuntime)
}

/** The same with CPython's threads and processes, for the experiments that have Python kernels (race, shared-vs-messages). */
export function workerAndPythonRuntimes(runtimes: readonly RuntimeName[]): MicroRuntimeName[] {
  return runtimes.filter((r): r is MicroRuntimeName => isWorkerRuntime(r) || r === 'py-thread' || r === 'py-process')
}

export interface MicroRunSpec<R extends MicroRuntimeName = WorkerRuntimeName> {
  /** The options as this run applies them (an experiment may narrow them per runtime). */
  options: WorkloadOptions
  runtime: R
  /** What the run's messages are encoded with, recorded in its settings. */
  serialization: Serialization
}

export async function runMicro<R extends MicroRuntimeName = WorkerRuntimeName>(ctx: ExperimentContext, spec: MicroRunSpec<R>, body: (run: MicroRun<R>) => Promise<void>): Promise<Run> {
  const runId = ctx.newRunId(spec.runtime)
  const startedAt = new Date(ctx.clock.epochMs()).toISOString()
  const workload = spec.options.workload
  ctx.emit({ type: 'run-started', runId, workload, runtime: spec.runtime })
  const points: Point[] = []
  const references: Reference[] = []
  const unavailable: Unavailable[] = []
  let outcome: RunOutcome = { status: 'completed' }
  let lanes: LaneTimeline | undefined
  // In the order the parts were first traced (a Map keeps insertion order), at most MAX_PART_TIMELINES.
  const partLanes = new Map<string, LaneTimeline>()
  let python: PythonRunInfo | undefined
  const run: MicroRun<R> = {
    runId,
    runtime: spec.runtime,
    addPoint(point) {
      points.push(point)
      ctx.emit({ type: 'point', runId, point })
    },
    addReference: (reference) => references.push(reference),
    addUnavailable: (what, reason) => unavailable.push(typeof reason === 'string' ? { what, reason } : { what, reason: englishText(reason), reasonMessage: reason }),
    step(phase, workers, advance = 1) {
      ctx.progress.report({ runId, workload, runtime: spec.runtime, phase, workers, repetition: 0, repetitions: 0 }, advance)
    },
    keepLanes: (kept) => void (lanes = kept),
    get keptLanes() {
      return lanes
    },
    keepPartLanes(part, kept) {
      if (partLanes.has(part) || partLanes.size < MAX_PART_TIMELINES) partLanes.set(part, kept)
    },
    keptPartLanes: (part) => partLanes.get(part),
    recordPython: (info) => void (python = info ?? python),
  }
  try {
    ctx.signal.throwIfAborted()
    await body(run)
  } catch (thrown) {
    outcome = interruptedRun(thrown, ctx.signal)
  }
  const finished: Run = {
    id: runId,
    ...runIdentity(spec.options),
    runtime: spec.runtime,
    settings: {
      serialization: spec.serialization,
      warmup: ctx.config.warmup,
      repeat: ctx.config.repeat,
      taskTimeoutMs: ctx.config.taskTimeoutMs,
      ...(python ? { python } : {}),
      // Global-lock mode (the shared-state experiments that take it): CPython brings its own lock.
      ...(ctx.config.globalLock && isWorkerRuntime(spec.runtime) ? { globalLock: { switchIntervalMs: ctx.config.switchIntervalMs } } : {}),
    },
    ...outcome,
    startedAt,
    finishedAt: new Date(ctx.clock.epochMs()).toISOString(),
    overhead: null,
    points,
    amdahl: null,
    ...(references.length > 0 ? { references } : {}),
    ...(unavailable.length > 0 ? { unavailable } : {}),
    ...(lanes ? { lanes } : {}),
    ...(partLanes.size > 0 ? { lanesByPart: [...partLanes.values()] } : {}),
  }
  ctx.emit({ type: 'run-finished', run: finished })
  return finished
}

/** Runs one Run per worker runtime, in order, stopping before the next one once cancelled. */
export async function runPerRuntime<R extends MicroRuntimeName>(
  ctx: ExperimentContext,
  runtimes: readonly R[],
  one: (runtime: R) => Promise<Run>,
): Promise<Run[]> {
  const runs: Run[] = []
  for (const runtime of runtimes) {
    if (ctx.signal.aborted) break
    runs.push(await one(runtime))
  }
  return runs
}
