/**
 * The task of the locks experiment (one thread taking the shared Mutex), with its result.
 * Kept beside protocol.ts, which only lists them in its unions (and re-exports them).
 */
import type { TraceHandle } from './protocol-shared-state'

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
