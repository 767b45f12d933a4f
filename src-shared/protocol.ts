/**
 * The worker protocol: every message between the engine (main side) and a worker (thread or
 * process), as discriminated unions on `type`, and every task as a discriminated union on `kind`.
 * One file, so that both sides are checked against the same definition (style.md, point 1).
 *
 * No Node or Electron import here: `src-shared` is importable from every side.
 */
import type { LabApiMethod, Outcome, SuiteEvent } from './api'

/** Where a piece of work runs. `main` and `main-async` run on the orchestrator itself. */
export type WorkerRuntimeKind = 'thread' | 'process' | 'utility'

// ---------------------------------------------------------------------------------------------
// Tasks: what a worker is asked to do. Each kernel owns one `kind`.
// ---------------------------------------------------------------------------------------------

/** Does nothing; its round trip is the harness overhead (hyperfine's `time_overhead`). */
export interface EmptyTask {
  kind: 'empty'
}

export type PrimeMethod = 'sieve' | 'trial'

/** Count primes in `[lo, hi)`. */
export interface PrimeTask {
  kind: 'prime'
  lo: number
  hi: number
  method: PrimeMethod
}

/** Spins the CPU for a number of iterations; used by oversubscription experiments. */
export interface BusyTask {
  kind: 'busy'
  iterations: number
}

/**
 * Misbehaves on purpose, so that crash isolation, timeouts and replacement can be shown and
 * tested with real workers: `throw` raises inside the task, `exit` ends the thread or process,
 * `hang` never answers.
 */
export interface FaultTask {
  kind: 'fault'
  mode: 'throw' | 'exit' | 'hang'
}

export type Task = EmptyTask | PrimeTask | BusyTask | FaultTask
export type TaskKind = Task['kind']

// ---------------------------------------------------------------------------------------------
// Task results, one per task kind.
// ---------------------------------------------------------------------------------------------

export interface EmptyResult {
  kind: 'empty'
}
export interface PrimeResult {
  kind: 'prime'
  count: number
}
export interface BusyResult {
  kind: 'busy'
  /** A value derived from the loop so that the engine cannot optimise it away; also a check. */
  checksum: number
}
/** A fault task never returns normally; the type exists so that the union stays exhaustive. */
export interface FaultResult {
  kind: 'fault'
}

export type TaskResult = EmptyResult | PrimeResult | BusyResult | FaultResult

/** Maps a task to its result type, so `run(task)` is typed by the task it was given. */
export type ResultOf<T extends Task> = Extract<TaskResult, { kind: T['kind'] }>

// ---------------------------------------------------------------------------------------------
// Messages
// ---------------------------------------------------------------------------------------------

/** An error as it crosses a thread or process boundary (Error objects do not survive JSON IPC). */
export interface SerializedError {
  name: string
  message: string
  stack?: string
}

/** Timing of one task as the worker saw it: wall time and its own CPU time. */
export interface TaskTiming {
  /** Milliseconds spent inside the kernel, measured by the worker with `performance.now()`. */
  wallMs: number
  /**
   * CPU time of the worker's process during the task, in microseconds. In a thread this is the
   * whole process's CPU (Node 20 has no per-thread counter), so the engine ignores it for threads.
   */
  cpuUserUs: number
  cpuSystemUs: number
  /** Epoch milliseconds (performance.timeOrigin + now) at kernel start and end, for timelines. */
  startedAtEpochMs: number
  endedAtEpochMs: number
}

export type MainToWorker =
  | { type: 'run'; taskId: number; task: Task }
  /** Graceful stop: finish nothing more, close the channel, exit with code 0. */
  | { type: 'shutdown' }

export interface WorkerIdentity {
  pid: number
  /** `worker_threads.threadId`; 0 in a process's main thread. */
  threadId: number
  runtime: WorkerRuntimeKind
  nodeVersion: string
}

export type WorkerToMain =
  /** First message a worker sends: the end of spawn time. */
  | { type: 'ready'; identity: WorkerIdentity; epochMs: number }
  | { type: 'result'; taskId: number; result: TaskResult; timing: TaskTiming }
  | { type: 'error'; taskId: number; error: SerializedError }

/** Exhaustiveness guard for every `switch` over a union in this file. */
export function assertNever(value: never, what = 'value'): never {
  throw new Error(`Impossible ${what}: ${JSON.stringify(value)}`)
}

/** Turns anything thrown into a SerializedError (tinybench `toError`, then flattened). */
export function serializeError(thrown: unknown): SerializedError {
  if (thrown instanceof Error) {
    return { name: thrown.name, message: thrown.message, ...(thrown.stack ? { stack: thrown.stack } : {}) }
  }
  return { name: 'Error', message: typeof thrown === 'string' ? thrown : JSON.stringify(thrown) ?? String(thrown) }
}

// ---------------------------------------------------------------------------------------------
// Renderer <-> engine: the two transports of `LabApi` (src-shared/api.ts). Web mode carries these
// messages over a WebSocket; the Electron shell uses the IPC channels below with the same
// `Outcome` envelope. Workers never see any of this. Runtime validation of what arrives:
// src-shared/lab-messages.ts (zod), kept apart so that worker bundles do not load zod.
// ---------------------------------------------------------------------------------------------

/** Transport-level answer to one call: `ok: false` means the call itself failed (bad message, crash). */
export type CallOutcome = Outcome<unknown>

export type RendererToEngine =
  /** A `LabApi` method call; `id` is the caller's own counter, echoed in the reply. */
  { type: 'call'; id: number; method: LabApiMethod; args: unknown[] }

export type EngineToRenderer =
  /** `id` is null when the message it answers was too broken to read one from. */
  | { type: 'reply'; id: number | null; outcome: CallOutcome }
  | { type: 'event'; payload: SuiteEvent }

/** Electron IPC: one invoke channel per `LabApi` method (the allow-list), plus two one-way ones. */
export const IPC_CHANNEL_PREFIX = 'lab:call:'
export const ipcCallChannel = (method: LabApiMethod): `lab:call:${LabApiMethod}` => `${IPC_CHANNEL_PREFIX}${method}`
/** Renderer -> main, once it listens: queued events are flushed after it (Electron Fiddle style). */
export const IPC_READY_CHANNEL = 'lab:ready'
/** Main -> renderer: one `SuiteEvent` per message. */
export const IPC_EVENT_CHANNEL = 'lab:event'
