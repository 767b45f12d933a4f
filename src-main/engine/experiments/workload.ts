/**
 * What a sweep workload supplies: the tasks of one repetition and how to verify their answers.
 * The sweep runner does the rest (runtimes, worker counts, warm-ups, statistics) the same way for
 * every workload, so their figures are comparable.
 */
import type { RunConfig, RuntimeName, WorkloadName } from '../../../src-shared/config'
import type { RunEvent } from '../../../src-shared/events'
import type { Task, TaskResult } from '../../../src-shared/protocol'
import type { Check, Point, Run } from '../../../src-shared/report'
import type { TaskOutcome } from '../executor'
import type { ExecutorFactory, RuntimeDeps } from '../executors'
import type { Clock } from '../measure/clock'
import type { ProgressTracker } from './progress'
import { isAbortError, toError } from '../runtimes/errors'

export interface SweepWorkload {
  readonly name: WorkloadName
  /** The validated options, recorded with every run. */
  readonly config: Record<string, unknown>
  /** Runs once before any runtime (reference answers, fixtures, servers). */
  prepare?(signal: AbortSignal): Promise<void>
  /** The tasks of one repetition with `workers` workers. */
  tasks(workers: number): Task[]
  /** Verifies one repetition's answers; a failed check fails the run. */
  check(results: TaskResult[]): Check
  /** Workload-specific figures of a point (throughput, latency...), from every measured repetition. */
  pointExtras?(repetitions: TaskOutcome[][], samplesMs: number[]): Partial<Point>
  /** Always called, after success, failure and cancel alike. */
  dispose?(): Promise<void>
}

/** A check failure: the run stops and is reported as failed, loudly. */
export class CheckFailedError extends Error {
  override name = 'CheckFailedError'
  constructor(
    readonly workload: string,
    readonly check: Check,
  ) {
    super(`${workload}: wrong answer — expected ${check.expected}, got ${check.actual} (${check.source})`)
  }
}

/**
 * An experiment that is not a speedup sweep (spawn cost, IPC latency, context switches): it
 * drives executors or runtimes itself and returns finished runs, reporting progress and points
 * through the context like a sweep does.
 */
export interface CustomExperiment {
  readonly name: WorkloadName
  readonly config: Record<string, unknown>
  /** Progress units `run` will report for these runtimes (for the suite's progress bar). */
  units(runtimes: RuntimeName[]): number
  run(ctx: CustomExperimentContext): Promise<Run[]>
}

export interface CustomExperimentContext {
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

export type Experiment = { kind: 'sweep'; workload: SweepWorkload } | { kind: 'custom'; experiment: CustomExperiment }

/**
 * How a run that stopped early is reported, the same for sweeps and custom experiments: a cancel
 * keeps what was measured and says so; anything else fails the run with its reason.
 */
export function interruptedRun(thrown: unknown, signal: AbortSignal): { status: 'aborted' | 'failed'; error: string } {
  if (isAbortError(thrown) || signal.aborted) {
    return { status: 'aborted', error: 'Cancelled by the user; the points measured before the cancel are kept.' }
  }
  const message = toError(thrown).message
  return { status: 'failed', error: thrown instanceof CheckFailedError ? `Check failed: ${message}` : message }
}
