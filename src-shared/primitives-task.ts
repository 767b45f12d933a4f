/**
 * The worker side of the `primitives` experiment: one task kind, `primitive`, whose `job` says
 * which role a worker thread plays in which part. Every job carries the run's AbortFlag and a
 * bound on each wait, so a blocked thread returns `aborted` or `timeout` instead of hanging. The
 * primitives travel as their handles (plain objects around a SharedArrayBuffer, src-workers/sync).
 */
import type { AbortFlagHandle } from '../src-workers/sync/abort-flag'
import type { TraceHandle } from './protocol-shared-state'
import type { GlobalLockFigures, GlobalLockSpec } from './protocol-global-lock'

/** A primitive's handle: its shared buffer, its offset, and the options every thread must agree on. */
export interface SyncHandle {
  readonly buffer: SharedArrayBuffer
  readonly offset: number
}

export type PrimitiveJob =
  /** Acquire, count self in (`inFlight`: Int32 [now, max]), spin, count out, release; `acquires` times. */
  | { part: 'semaphore'; semaphore: SyncHandle; inFlight: SharedArrayBuffer; acquires: number; spins: number }
  /** Say ready (Int32 [ready] += 1), wait for the event, note the wake time. */
  | { part: 'event-wait'; event: SyncHandle; ready: SharedArrayBuffer }
  /** Wait until `waiters` are ready, note the time, set the event. */
  | { part: 'event-set'; event: SyncHandle; ready: SharedArrayBuffer; waiters: number }
  /** Producer or consumer of `items` numbered items over a Condition-guarded ring (`ring`: Int32 [count, head, tail, ...slots]). */
  | { part: 'condition'; role: 'produce' | 'consume'; condition: SyncHandle; ring: SharedArrayBuffer; capacity: number; items: number; seen: SharedArrayBuffer }
  /** One barrier party: `phases` phases of `spins × weight(worker, phase)` work, times logged in `log`. */
  | { part: 'barrier'; barrier: SyncHandle; worker: number; threads: number; phases: number; spins: number; log: SharedArrayBuffer; arrivals: SharedArrayBuffer }
  /** Producer or consumer of the shared-memory bounded queue; the consumer counts each item in `seen`. */
  | { part: 'queue'; role: 'produce' | 'consume'; queue: SyncHandle; items: number; seen: SharedArrayBuffer }

export interface PrimitiveTask {
  kind: 'primitive'
  job: PrimitiveJob
  abort: AbortFlagHandle
  /** Longest single wait; beyond it the job stops with `timeout`. */
  timeoutMs: number
  /** The traced round only: this thread's trace ring, given to the primitive it attaches to. */
  trace?: TraceHandle
  /** Global-lock mode: the run's lock (the engine adds it, global-lock-executor.ts). */
  globalLock?: GlobalLockSpec
}

export interface PrimitiveResult {
  kind: 'primitive'
  /** `ok`, or why the job stopped early: a wait ran out, the run was cancelled, the barrier broke. */
  outcome: 'ok' | 'timeout' | 'aborted' | 'broken'
  /** Wall clock (performance.timeOrigin + now, ms) when the job's timed section began and ended. */
  startedAtMs: number
  endedAtMs: number
  /** The job's own instant: the event's set or wake time (ms, same clock); 0 elsewhere. */
  markMs: number
  /** Operations done (acquires, items put or taken, phases passed). */
  done: number
  /** Times the job had to block (condition waits). */
  waits: number
  /** Barrier: passes that found their phase not complete (generations mixed); 0 elsewhere. */
  mixed: number
  /** Global-lock mode: what this job saw of the lock. */
  globalLock?: GlobalLockFigures
}
