/**
 * Global-lock mode on the wire (issue 16): what a task carries to take the run's emulated GIL
 * (src-workers/sync/global-lock.ts), and what its result reports back. Tasks of the kinds in
 * `GLOBAL_LOCK_TASK_KINDS` may carry it; others never compute under it.
 */
import type { TraceHandle } from './protocol-shared-state'

export interface GlobalLockSpec {
  /** CPython's switch interval: how long a waiter waits before asking the holder to drop the lock. */
  switchIntervalMs: number
  /** The longest one acquisition may wait (the run's task timeout). */
  timeoutMs: number
  /**
   * The lock's shared memory: one for every thread of a pool, or the engine thread's own. Null for
   * a worker process, which makes its own (each CPython process has its own interpreter and GIL).
   */
  buffer: SharedArrayBuffer | null
  /** Present only in a point's one traced repetition (counted in no figure): where each thread records the lock's events. */
  trace?: GlobalLockTrace
}

/**
 * One TraceRing per worker thread of the pool. A task cannot know which thread will run it, so a
 * thread claims the next ring the first time it sees this trace (`claim`: one Int32 counter) and
 * keeps it for every later task carrying the same `id`; threads beyond the rings record nothing.
 */
export interface GlobalLockTrace {
  id: number
  claim: SharedArrayBuffer
  rings: TraceHandle[]
}

/** What one task saw of the lock (GlobalLockStats). */
export interface GlobalLockFigures {
  /** Acquisitions that took the lock from another thread. */
  handOvers: number
  /** Microseconds this task waited for the lock. */
  waitUs: number
  /** Times it dropped the lock because another thread asked. */
  drops: number
}

/** 'race', 'locks': protocol.ts's task types list no field for it; their kernels read it with lockSpecOf (global-lock-scope.ts). */
export const GLOBAL_LOCK_TASK_KINDS = ['prime', 'busy', 'file-io', 'fetch', 'sleep', 'race', 'locks', 'primitive'] as const
export type GlobalLockTaskKind = (typeof GLOBAL_LOCK_TASK_KINDS)[number]

/** Bounds of the run setting (ms): 0 hands over as soon as asked, 1000 is far beyond any use. */
export const SWITCH_INTERVAL_MAX_MS = 1000
export const DEFAULT_SWITCH_INTERVAL_MS = 5

/**
 * A task carrying the run's lock, for the engine code that builds tasks itself rather than
 * through a locked executor (shared-vs-messages' crews): unchanged without one.
 */
export function carryingLock<T extends object>(task: T, spec: GlobalLockSpec | undefined): T {
  return spec === undefined ? task : { ...task, globalLock: spec }
}
