/**
 * The worker protocol: every message between the engine (main side) and a worker (thread or
 * process), as discriminated unions on `type`, and every task as a discriminated union on `kind`.
 * One file, so that both sides are checked against the same definition (as vitest types its pool
 * messages, packages/vitest/src/node/pools/types.ts).
 *
 * No Node or Electron import here: `src-shared` is importable from every side.
 */
import type { LabApiMethod, Outcome, SuiteEvent } from './api'
import type { LockReentryResult, LockReentryTask, PyLockReentryResult, PyLockReentryTask } from './protocol-lock-reentry'
import type {
  PyPingPongResult,
  PyPingPongTask,
  PyPoolReuseResult,
  PyPoolReuseTask,
  PyRaceResult,
  PyRaceTask,
  PySpawnResult,
  PySpawnTask,
  PyUpdatesResult,
  PyUpdatesTask,
} from './protocol-python-tasks'
import type { OwnerServeResult, OwnerServeTask, SharedUpdateResult, SharedUpdateTask } from './protocol-shared-state'
import type { PrimitiveResult, PrimitiveTask } from './primitives-task'
import type { WorkerRuntimeName } from './runtime-traits'
import type { EngineMessage } from './engine-message'
import type { DeadlockResult, DeadlockTask, LivelockResult, LivelockTask } from './protocol-hazards'
import type { BusyResult, BusyTask, EmptyResult, EmptyTask, PrimeResult, PrimeTask } from './protocol-compute'
import type { FaultResult, FaultTask } from './protocol-fault'
import type { FetchResult, FetchTask, FileIoResult, FileIoTask, SleepResult, SleepTask } from './protocol-io'
import type { BusyCountedResult, BusyCountedTask, PingPongResult, PingPongTask } from './protocol-switches'
import type { LocksResult, LocksTask } from './protocol-locks'
import type { RaceResult, RaceTask } from './protocol-race'

export type { GlobalLockFigures, GlobalLockSpec } from './protocol-global-lock'

export type { PrimitiveResult, PrimitiveTask } from './primitives-task'

export type { BusyResult, BusyTask, EmptyResult, EmptyTask, PrimeMethod, PrimeResult, PrimeTask } from './protocol-compute'
export type { FaultResult, FaultTask } from './protocol-fault'
export type { FetchResult, FetchTask, FileIoResult, FileIoTask, SleepResult, SleepTask } from './protocol-io'
export type { BusyCountedResult, BusyCountedTask, PingPongChannel, PingPongResult, PingPongTask, SwitchCount, SwitchCounts } from './protocol-switches'
export type { LocksResult, LocksTask } from './protocol-locks'
export type { RaceResult, RaceTask } from './protocol-race'

/** Where a worker runs: the runtimes with workers (`main` and `main-async` run on the orchestrator itself). */
export type WorkerRuntimeKind = WorkerRuntimeName

// ---------------------------------------------------------------------------------------------
// Tasks: what a worker is asked to do. Each kernel owns one `kind`; each family of tasks is defined
// in its own protocol-<family>.ts file (re-exported above) and only listed here.
// ---------------------------------------------------------------------------------------------

export type Task = EmptyTask | PrimeTask | BusyTask | FaultTask | FileIoTask | FetchTask | BusyCountedTask | PingPongTask | SleepTask | SharedUpdateTask | OwnerServeTask | LocksTask | PrimitiveTask | RaceTask | PyRaceTask | PyUpdatesTask | DeadlockTask | LivelockTask | PyPoolReuseTask | LockReentryTask | PyLockReentryTask | PyPingPongTask | PySpawnTask
export type TaskKind = Task['kind']

// ---------------------------------------------------------------------------------------------
// Task results, one per task kind.
// ---------------------------------------------------------------------------------------------

export type TaskResult = EmptyResult | PrimeResult | BusyResult | FaultResult | FileIoResult | FetchResult | BusyCountedResult | PingPongResult | SleepResult | SharedUpdateResult | OwnerServeResult | LocksResult | PrimitiveResult | RaceResult | PyRaceResult | PyUpdatesResult | DeadlockResult | LivelockResult | PyPoolReuseResult | LockReentryResult | PyLockReentryResult | PyPingPongResult | PySpawnResult

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
  /** The message as a catalogue code (a CodedError thrown in the worker), so it can be translated. */
  engineMessage?: EngineMessage
}

/**
 * A task's timing as it crosses the channel: `[startedAtEpochMs, endedAtEpochMs, cpuUserUs,
 * cpuSystemUs]`. A flat tuple rather than an object because it rides on every result, and the
 * harness overhead is part of every figure: no property names to encode and decode each time.
 * The engine expands it into a `TaskTiming` on arrival (`fromWireTiming`).
 */
export type WireTiming = [startedAtEpochMs: number, endedAtEpochMs: number, cpuUserUs: number, cpuSystemUs: number]

export function fromWireTiming([startedAtEpochMs, endedAtEpochMs, cpuUserUs, cpuSystemUs]: WireTiming): TaskTiming {
  return { wallMs: endedAtEpochMs - startedAtEpochMs, cpuUserUs, cpuSystemUs, startedAtEpochMs, endedAtEpochMs }
}

/** Timing of one task as the worker saw it: wall time and its own CPU time. */
export interface TaskTiming {
  /** Milliseconds spent inside the kernel, measured by the worker with `performance.now()`. */
  wallMs: number
  /**
   * CPU time of the worker's process during the task, in microseconds. 0 in a thread: its
   * `process.cpuUsage()` would be the whole process's (Node 20 has no per-thread counter), and the
   * engine's own counter already includes its threads.
   */
  cpuUserUs: number
  cpuSystemUs: number
  /** Epoch milliseconds (performance.timeOrigin + now) at kernel start and end, for timelines. */
  startedAtEpochMs: number
  endedAtEpochMs: number
}

/** What an echo probe carries: bytes for structured clone and advanced IPC, a string for JSON IPC. */
export type EchoPayload = Uint8Array | string

/**
 * The part of a `MessagePort` (worker_threads, or Electron's MessagePortMain) the echo uses, typed
 * here so that src-shared needs no Node import.
 */
export interface EchoPortLike {
  on(event: 'message', listener: (message: unknown) => void): unknown
  postMessage(message: unknown): void
  close(): void
}

/**
 * Probes that bypass the task machinery, so that what they time is the messaging itself
 * (ipc-latency, spawn): they are answered at once by the worker loop, never queued behind a task.
 */
export type ProbeRequest =
  /** Send the payload back; `transfer` hands an ArrayBuffer back without a copy (threads). */
  | { type: 'echo'; seq: number; payload: EchoPayload; transfer: boolean }
  /** Answer on this port from now on: each message received on it goes back on it, unchanged. */
  | { type: 'echo-port'; port: EchoPortLike }
  | { type: 'memory'; seq: number }

export type ProbeReply =
  | { type: 'echo'; seq: number; payload: EchoPayload }
  /** `process.memoryUsage()` as the worker sees it: heap figures are its own isolate's. */
  | { type: 'memory'; seq: number; rssBytes: number; heapUsedBytes: number; heapTotalBytes: number; externalBytes: number }

export type MainToWorker =
  | { type: 'run'; taskId: number; task: Task }
  /** Graceful stop: finish nothing more, close the channel, exit with code 0. */
  | { type: 'shutdown' }
  | ProbeRequest

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
  | { type: 'result'; taskId: number; result: TaskResult; timing: WireTiming }
  | { type: 'error'; taskId: number; error: SerializedError }
  | ProbeReply

/** Exhaustiveness guard for every `switch` over a union in this file. */
export function assertNever(value: never, what = 'value'): never {
  throw new Error(`Impossible ${what}: ${JSON.stringify(value)}`)
}

/** Turns anything thrown into a SerializedError (tinybench `toError`, then flattened). */
export function serializeError(thrown: unknown): SerializedError {
  if (thrown instanceof Error) {
    const coded = 'engineMessage' in thrown ? { engineMessage: thrown.engineMessage as EngineMessage } : {}
    return { name: thrown.name, message: thrown.message, ...(thrown.stack ? { stack: thrown.stack } : {}), ...coded }
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
