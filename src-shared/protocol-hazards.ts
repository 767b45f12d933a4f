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
