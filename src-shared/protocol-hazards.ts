/**
 * Tasks of the hazard experiments (issue 17): deadlock and livelock. Kept beside protocol.ts,
 * which only lists them in its unions. Layout of `buffer`: src-workers/kernels/hazards/layout.ts
 * (control words, the run's AbortFlag, the wait-for table, the Mutexes).
 */
import type { TraceHandle } from './protocol-shared-state'

/**
 * One worker of the deadlock ring: `pairs` times, take the first lock, sleep `pauseMs`, take the
 * second, release both. Every lock wait updates the wait-for table the engine reads. Every wait is
 * bounded by `timeoutMs` and ends at once when the AbortFlag is set (a detected deadlock, a cancel).
 */
export interface DeadlockTask {
  kind: 'deadlock'
  buffer: SharedArrayBuffer
  worker: number
  workers: number
  variant: 'naive' | 'ordered' | 'try-backoff'
  pairs: number
  pauseMs: number
  tryTimeoutMs: number
  backoffMs: number
  timeoutMs: number
  seed: number
  trace?: TraceHandle
}

/**
 * One of the two polite livelock workers (worker 0 holds lock 0 and tries lock 1; worker 1 the
 * other way round) until `durationMs` passed or the pair completed `completions` together.
 */
export interface LivelockTask {
  kind: 'livelock'
  buffer: SharedArrayBuffer
  worker: number
  variant: 'fixed' | 'random'
  holdUs: number
  backoffUs: number
  durationMs: number
  completions: number
  timeoutMs: number
  seed: number
  trace?: TraceHandle
}

/** `done`: all pairs made; `aborted`: the AbortFlag ended it (deadlock detected, cancel); `timeout`: a wait hit its bound. */
export interface DeadlockResult {
  kind: 'deadlock'
  outcome: 'done' | 'aborted' | 'timeout'
  pairs: number
  /** try-backoff: times the first lock was given back. */
  retries: number
  /** This thread's CPU time (Linux: /proc/thread-self/stat), null where the OS does not say. */
  cpuMs: number | null
  /** Wall time of the loop on the process-wide clock, µs. */
  startUs: number
  endUs: number
}

export interface LivelockResult {
  kind: 'livelock'
  outcome: 'done' | 'aborted' | 'timeout'
  completions: number
  retries: number
  /** Busy-loop iterations (holding and backing off): the work done, whatever it achieved. */
  spins: number
  cpuMs: number | null
  startUs: number
  endUs: number
}

/**
 * Processes (issue 17: "locks held by the main process, Manager-style lock server"): the same
 * tasks without the shared buffer. A worker process reaches the engine's lock server
 * (src-main/engine/experiments/hazards/lock-server.ts) at `address`; its wait-for rows are kept by
 * the server itself, which sees every acquire and release.
 */
export type RemoteDeadlockTask = Omit<DeadlockTask, 'buffer' | 'trace'>
export type RemoteLivelockTask = Omit<LivelockTask, 'buffer' | 'trace'>

/** The one JSON argument of a lock worker process (src-workers/hazards/lock-role.ts). */
export interface LockRoleConfig {
  /** The lock server's socket path (a pipe name on Windows). */
  address: string
  /**
   * The engine's pid: a worker busy in a spin compares its parent with it (an engine SIGKILLed
   * sends no 'disconnect' that a busy loop could see), as the priority roles do.
   */
  enginePid: number
  task: RemoteDeadlockTask | RemoteLivelockTask
}

export type LockRoleMessage = { type: 'result'; result: DeadlockResult | LivelockResult } | { type: 'error'; message: string }
