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
import type { OwnerServeResult, OwnerServeTask, SharedUpdateResult, SharedUpdateTask, TraceHandle } from './protocol-shared-state'
import type { PrimitiveResult, PrimitiveTask } from './primitives-task'
import type { WorkerRuntimeName } from './runtime-traits'
import type { EngineMessage } from './engine-message'
import type { GlobalLockFigures, GlobalLockSpec } from './protocol-global-lock'
import type { DeadlockResult, DeadlockTask, LivelockResult, LivelockTask } from './protocol-hazards'

export type { GlobalLockFigures, GlobalLockSpec } from './protocol-global-lock'

export type { PrimitiveResult, PrimitiveTask } from './primitives-task'

/** Where a worker runs: the runtimes with workers (`main` and `main-async` run on the orchestrator itself). */
export type WorkerRuntimeKind = WorkerRuntimeName

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
  /** Global-lock mode: the run's lock (protocol-global-lock.ts). */
  globalLock?: GlobalLockSpec
}

/** Spins the CPU for a number of iterations; used by oversubscription experiments. */
export interface BusyTask {
  kind: 'busy'
  iterations: number
  /** Global-lock mode: the run's lock (protocol-global-lock.ts). */
  globalLock?: GlobalLockSpec
}

/**
 * Misbehaves on purpose, so that crash isolation, timeouts and replacement can be shown and
 * tested with real workers: `throw` raises inside the task (the loop reports it), `uncaught`
 * raises outside any task, `exit` ends the thread or process, `oom` exhausts the heap (within a
 * thread's `resourceLimits` or a process's `--max-old-space-size`), `abort` calls
 * `process.abort()`, `hang` never answers. The crash-isolation workload runs them.
 */
export interface FaultTask {
  kind: 'fault'
  mode: 'throw' | 'uncaught' | 'exit' | 'oom' | 'abort' | 'hang'
}

/**
 * Context-switch counters as the OS reports them. A platform or scope without them says so with a
 * reason: a missing counter is never written as 0, which would read as "no switches".
 */
export type SwitchCount = { available: true; voluntary: number; involuntary: number } | { available: false; reason: string; reasonMessage?: EngineMessage }

/** Counters of the calling thread (Linux /proc/thread-self) and of its whole OS process (getrusage). */
export interface SwitchCounts {
  thread: SwitchCount
  process: SwitchCount
}

/** The busy loop, reporting the context switches its own thread and process saw meanwhile. */
export interface BusyCountedTask {
  kind: 'busy-counted'
  iterations: number
}

/**
 * One side of a ping-pong (context-switch and ipc-latency experiments). `ping` times every round
 * trip, `pong` answers `rounds` times, `self` does both halves on one thread (the mechanism's cost
 * without any switch). The channel is a futex over a SharedArrayBuffer (threads only) or a pair of
 * named pipes (FIFOs, POSIX) that both sides open.
 */
export interface PingPongTask {
  kind: 'pingpong'
  role: 'ping' | 'pong' | 'self'
  channel: PingPongChannel
  rounds: number
  /** A wait longer than this means the partner is gone: fail instead of blocking forever. */
  timeoutMs: number
}

export type PingPongChannel =
  /** Layout: Int32 turn flag, then `payloadBytes` ping->pong, then `payloadBytes` pong->ping. */
  | { type: 'futex'; buffer: SharedArrayBuffer; payloadBytes: number }
  /** One byte per message; `self` uses `sendPath` only. */
  | { type: 'pipe'; sendPath: string; receivePath: string }

/**
 * Writes `files` files, then reads each back and checks it byte for byte (CRC-32 and length), in
 * `dir` as `<prefix>-<i>.bin`; `read` mode only reads files written before the sweep, whose
 * checksums come with the task. Written files are removed at the end of the task.
 */
export interface FileIoTask {
  kind: 'file-io'
  dir: string
  prefix: string
  files: number
  fileSize: number
  blockSize: number
  fsync: boolean
  api: 'sync' | 'async'
  mode: 'write-read' | 'read'
  /** Seeds the bytes of every file (with the prefix and file index stamped into each block). */
  seed: number
  /** `read` mode: CRC-32 of each file as written, in file order. */
  expectedCrcs?: number[]
  /** Global-lock mode: the run's lock (protocol-global-lock.ts). */
  globalLock?: GlobalLockSpec
}

/**
 * Fetches `url` `requests` times with `inFlight` requests at once over keep-alive connections.
 * With `firstId` set, request k asks for `?i=<firstId + k>` (the loopback server's jitter key).
 */
export interface FetchTask {
  kind: 'fetch'
  url: string
  requests: number
  inFlight: number
  firstId: number | null
  /** A request without its whole body after this long fails, naming the URL and the bound. */
  timeoutMs: number
  maxBodyBytes: number
  /** What every body must be; null for a user URL (then only Content-Length is checked). */
  expect: { length: number; crc32: number } | null
  /** Global-lock mode: the run's lock (protocol-global-lock.ts). */
  globalLock?: GlobalLockSpec
}

/** Sleeps `ms` milliseconds on a timer: the thread is free meanwhile, so one event loop overlaps many. */
export interface SleepTask {
  kind: 'sleep'
  ms: number
  /** Convoy mode: sleep `ms` this many times in a row, recording each wake-up (SleepResult.wakeUps). */
  wakeUps?: number
  /** Global-lock mode: the run's lock (protocol-global-lock.ts). */
  globalLock?: GlobalLockSpec
}

/**
 * One thread of the locks experiment: takes the shared Mutex (or, with `lock: null`, runs the same
 * loop without it: the harness's own cost) until the repetition's acquisitions are all taken, the
 * time budget is spent, or the AbortFlag is set. Every wait is bounded by `timeoutMs`. Layout of
 * `buffer`: src-workers/kernels/locks-layout.ts.
 */
export interface LocksTask {
  kind: 'locks'
  buffer: SharedArrayBuffer
  lock: { order: 'fifo' | 'barging'; wait: 'spin' | 'block' | 'spin-then-block' } | null
  /** This thread's index, 0..threads-1. */
  worker: number
  threads: number
  acquisitions: number
  criticalWork: number
  outsideWork: number
  maxRepetitionMs: number
  timeoutMs: number
  /** The traced repetition only: this thread's trace ring (the measured ones run untraced). */
  trace?: TraceHandle
}

/**
 * One worker's part of the race (src-workers/kernels/race.ts): `increments` additions of 1 to one
 * counter, in shared memory (`shared`: counter, start gate, abort flag and mutex words, in the
 * kernel's layout) or at the engine's owner server (`owner`: its socket address). Threads meet at
 * the gate in `shared` before starting, so they race from the same moment.
 */
export interface RaceTask {
  kind: 'race'
  variant: 'unsafe' | 'atomic' | 'mutex' | 'get-set' | 'add'
  increments: number
  /** Busy-loop steps between reading the counter and writing it back. */
  gap: number
  /** Workers that meet at the start gate (threads only; 0 = no gate). */
  gate: number
  shared: SharedArrayBuffer | null
  owner: string | null
  /** Bound of every wait: the gate, one lock acquisition, one owner reply. */
  timeoutMs: number
  /** Threads, the traced repetition only: this worker's trace ring (gate, lock, owner replies). */
  trace?: TraceHandle
}

export type Task = EmptyTask | PrimeTask | BusyTask | FaultTask | FileIoTask | FetchTask | BusyCountedTask | PingPongTask | SleepTask | SharedUpdateTask | OwnerServeTask | LocksTask | PrimitiveTask | RaceTask | PyRaceTask | PyUpdatesTask | DeadlockTask | LivelockTask | PyPoolReuseTask | LockReentryTask | PyLockReentryTask | PyPingPongTask | PySpawnTask
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
  /** Global-lock mode: what this task saw of the lock. */
  globalLock?: GlobalLockFigures
}
export interface BusyResult {
  kind: 'busy'
  /** A value derived from the loop so that the engine cannot optimise it away; also a check. */
  checksum: number
  /** Global-lock mode: what this task saw of the lock. */
  globalLock?: GlobalLockFigures
}
/** A fault task never returns normally; the type exists so that the union stays exhaustive. */
export interface FaultResult {
  kind: 'fault'
}

export interface BusyCountedResult {
  kind: 'busy-counted'
  checksum: number
  /** Switch counts during the loop (deltas). */
  switches: SwitchCounts
}

export interface PingPongResult {
  kind: 'pingpong'
  /** Every round trip in microseconds, as the `ping` or `self` side timed it; empty for `pong`. */
  roundTripsUs: number[]
  /** Round trips whose answer was verified byte for byte (ping, self); answers counted (pong). */
  intact: number
  switches: SwitchCounts
}

export interface FileIoResult {
  kind: 'file-io'
  bytesWritten: number
  /** Bytes read back whose file matched in length and CRC-32. */
  bytesVerified: number
  /** Files read back with a wrong length or checksum. */
  mismatches: number
  /** The CRC-32s of the files read, folded in order: equal wherever the same task ran. */
  digest: number
  /** Per file: open, write every block (and fsync), close; microseconds. */
  writeLatenciesUs: number[]
  /** Per file: open, read to the end, close; microseconds. */
  readLatenciesUs: number[]
  /** libuv's thread-pool size in the runtime that ran the task (UV_THREADPOOL_SIZE, default 4); absent from CPython, which has no libuv. */
  uvThreadpoolSize?: number
  /** Global-lock mode: what this task saw of the lock. */
  globalLock?: GlobalLockFigures
}

export interface FetchResult {
  kind: 'fetch'
  /** Answers received completely with a 2xx status. */
  responses: number
  bytes: number
  /** Bytes of bodies that matched what was expected (length and CRC-32, or Content-Length). */
  verifiedBytes: number
  mismatches: number
  /** Per request: from sending it until its whole body arrived; microseconds. */
  latenciesUs: number[]
  /** As in FileIoResult: absent from CPython. */
  uvThreadpoolSize?: number
  /** Global-lock mode: what this task saw of the lock. */
  globalLock?: GlobalLockFigures
}

export interface SleepResult {
  kind: 'sleep'
  /** How long the wait really took, on the worker's clock: the check that it did not end early. */
  waitedMs: number
  /** Convoy mode: per wake-up, how late it resumed past `ms` (never negative) and when (epoch ms). */
  wakeUps?: { lateMs: number[]; atEpochMs: number[] }
  /** Global-lock mode: what this task saw of the lock. */
  globalLock?: GlobalLockFigures
}

export interface LocksResult {
  kind: 'locks'
  /** How this thread's loop ended: its share taken, or a wait that timed out or was aborted. */
  outcome: 'done' | 'timeout' | 'aborted'
  /** Acquisitions this thread completed (critical section run). */
  acquisitions: number
  /** Each completed acquisition's wait (from asking to holding), microseconds. */
  waitsUs: number[]
  /** When this thread started and stopped, on the process-wide monotonic clock, microseconds. */
  startUs: number
  endUs: number
  /** Folded busy-loop checksums, so that the work cannot be optimised away. */
  sink: number
}

export interface RaceResult {
  kind: 'race'
  /** The worker's own loop, from leaving the start gate to its last increment, on its clock. */
  loopMs: number
  /** The loop's start and end in epoch ms (performance.timeOrigin + now), to see how the workers overlapped. */
  loopStartEpochMs: number
  loopEndEpochMs: number
  /** Increments it made (all of them, or it threw). */
  done: number
  /** The gap work's checksum, returned so the loop cannot be optimised away. */
  sink: number
}

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
