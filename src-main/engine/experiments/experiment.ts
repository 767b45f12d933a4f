/**
 * The one shape of every experiment: it knows how much progress it will report and runs into
 * finished runs, one per runtime. Worker-count sweeps (prime, I/O, sleep) supply only a
 * `SweepWorkload` and get the rest from `sweepExperiment`; the micro-experiments (spawn, IPC,
 * context switches) drive workers themselves. The session is a plain loop over experiments.
 */
import type { RunConfig, RuntimeName, WorkloadOptions } from '../../../src-shared/config'
import type { RunEvent } from '../../../src-shared/events'
import type { ResultOf, Task } from '../../../src-shared/protocol'
import type { Check, Point, Run, RunIdentity } from '../../../src-shared/report'
import type { TaskOutcome } from '../executor'
import type { ExecutorFactory, RuntimeDeps } from '../executors'
import type { Clock } from '../measure/clock'
import type { ProgressTracker } from './progress'
import { CodedError, type EngineMessage, englishText, message, messageOf } from '../../../src-shared/engine-message'
import { isAbortError, toError } from '../runtimes/errors'

export interface Experiment {
  /** The validated options, recorded with every run. */
  readonly options: WorkloadOptions
  /** Progress units `run` will report for these runtimes and worker counts (the suite's bar). */
  units(runtimes: readonly RuntimeName[], workerCounts: readonly number[], config: RunConfig): number
  /** Never throws for a measurement problem: a failure or a cancel is a run's status. */
  run(ctx: ExperimentContext): Promise<Run[]>
}

export interface ExperimentContext {
  config: RunConfig
  /** The runtimes asked for, main-thread baseline first. */
  runtimes: RuntimeName[]
  workerCounts: number[]
  logicalCores: number
  clock: Clock
  signal: AbortSignal
  progress: ProgressTracker
  createExecutor: ExecutorFactory
  /** Adapters for experiments that manage raw workers themselves (spawn cost, ping-pong). */
  runtimeDeps: RuntimeDeps
  /** A fresh run id; emit `run-started` with it before measuring. */
  newRunId(runtime: RuntimeName): string
  emit(event: RunEvent): void
}

/**
 * What a sweep workload supplies: the tasks of one repetition and how to verify their answers,
 * typed by its task so that its checks read its own results. The sweep does the rest (runtimes,
 * worker counts, warm-ups, statistics) the same way for every workload, so figures compare.
 */
export interface SweepWorkload<T extends Task> {
  readonly options: WorkloadOptions
  /** Runs once before any runtime (reference answers, fixtures, servers). */
  prepare?(signal: AbortSignal): Promise<void>
  /** The tasks of one repetition with `workers` workers. */
  tasks(workers: number): T[]
  /** Verifies one repetition's answers; a failed check fails the run. */
  check(results: Array<ResultOf<T>>): Check
  /** Workload-specific figures of a point (throughput, latency...), from every measured repetition. */
  pointExtras?(repetitions: Array<Array<TaskOutcome<T>>>, samplesMs: number[]): Partial<Point>
  /** Always called, after success, failure and cancel alike. */
  dispose?(): Promise<void>
}

/** A check failure: the run stops and is reported as failed, loudly. */
export class CheckFailedError extends CodedError {
  override name = 'CheckFailedError'
  constructor(
    readonly workload: string,
    readonly check: Check,
  ) {
    super(message('wrongAnswer', { workload, expected: String(check.expected), actual: String(check.actual), source: check.source }))
  }
}

/** A run's reason to stop, as the English text reports store and as a catalogue message. */
export type StopReason = { error: string; errorMessage: EngineMessage }

export function stopReason(m: EngineMessage): StopReason {
  return { error: englishText(m), errorMessage: m }
}

/**
 * How a run that stopped early is reported, the same for every experiment: a cancel keeps what
 * was measured and says so; anything else fails the run with its reason.
 */
export function interruptedRun(thrown: unknown, signal: AbortSignal): { status: 'aborted' | 'failed' } & StopReason {
  if (isAbortError(thrown) || signal.aborted) return { status: 'aborted', ...stopReason(message('cancelledKeepPoints')) }
  const said = messageOf(toError(thrown))
  return { status: 'failed', ...stopReason(thrown instanceof CheckFailedError ? message('checkFailed', {}, said) : said) }
}

/**
 * A run's workload and config, typed together. The one place that pairs them: TypeScript cannot
 * see that `options.workload` and `options` belong to the same member of the union.
 */
export function runIdentity(options: WorkloadOptions): RunIdentity {
  return { workload: options.workload, config: options } as RunIdentity
}

/** A run that measured nothing: its workload could not be prepared, or the experiment threw. */
export function failedRun(options: WorkloadOptions, runtime: RuntimeName, config: RunConfig, reason: StopReason, status: 'failed' | 'aborted', clock: Clock, id: string): Run {
  const now = new Date(clock.epochMs()).toISOString()
  return {
    id,
    ...runIdentity(options),
    runtime,
    settings: { serialization: 'none', warmup: config.warmup, repeat: config.repeat, taskTimeoutMs: config.taskTimeoutMs },
    status,
    ...reason,
    startedAt: now,
    finishedAt: now,
    overhead: null,
    points: [],
    amdahl: null,
  }
}
