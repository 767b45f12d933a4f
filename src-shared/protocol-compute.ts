/**
 * Tasks of the compute kernels (prime search, the busy loop) and the empty task whose round trip
 * is the harness overhead, with their results.
 * Kept beside protocol.ts, which only lists them in its unions (and re-exports them).
 */
import type { GlobalLockFigures, GlobalLockSpec } from './protocol-global-lock'

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
