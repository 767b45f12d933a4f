/**
 * Tasks of the lock-reentry experiment (workloads/lock-reentry.ts). Kept beside protocol.ts, which
 * only lists them in its unions.
 *
 * Node (`lock-reentry`, src-workers/kernels/lock-reentry.ts): one repetition of one probe is one
 * task for the owner and, for the two-thread probes, one for the other thread, on two workers of
 * a pool, meeting through a phase word in `buffer` (the lab's Mutex or RecursiveMutex, then the
 * phase). CPython (`py-lock-reentry`, src-workers/python/conlab_reentry.py): one task runs all R
 * repetitions of one probe, the interpreter starting the other thread itself (`threading.Thread`).
 */
import type { ReentryLock, ReentryOutcome, ReentryProbe } from './workloads/lock-reentry'

export interface LockReentryTask {
  kind: 'lock-reentry'
  role: 'owner' | 'other'
  lock: ReentryLock
  probe: ReentryProbe
  buffer: SharedArrayBuffer
  /** The probing acquire's timeout (T). */
  timeoutMs: number
  /** Bound of every other wait: taking the lock first, waiting for the other role. */
  boundMs: number
}

export interface LockReentryResult {
  kind: 'lock-reentry'
  /** The probe's outcome, from the role that probed (the owner's for `reenter`, the other's otherwise); null from the role that only held the lock. */
  outcome: ReentryOutcome | null
  /** A timed-out probing acquire: how long it really waited (ms, the worker's clock). */
  waitedMs: number | null
}

export interface PyLockReentryTask {
  kind: 'py-lock-reentry'
  lock: ReentryLock
  probe: ReentryProbe
  repetitions: number
  timeoutMs: number
  boundMs: number
}

export interface PyLockReentryResult {
  kind: 'py-lock-reentry'
  /** One per repetition, in order. */
  outcomes: ReentryOutcome[]
  /** Parallel to `outcomes`: the wait of a timed-out acquire, else null. */
  waitsMs: Array<number | null>
  /** Parallel to `outcomes`: how long the repetition took (ms), the point's samples. */
  repetitionMs: number[]
}
