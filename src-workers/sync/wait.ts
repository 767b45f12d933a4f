/**
 * The waiting rules every primitive shares, so a timeout and an abort behave the same everywhere.
 *
 * - Every blocking call takes `WaitOptions` `{ timeoutMs, abort? }` and returns an outcome string;
 *   it never throws on timeout or abort. `timeoutMs` must be a finite number >= 0 (the lab's rule:
 *   every blocking wait is bounded; Python's `timeout=None` has no equivalent here). 0 = try once.
 * - A thread never sleeps longer than `SLICE_MS` in one `Atomics.wait`: between slices it checks
 *   the deadline and the AbortFlag, so cancel reaches it wherever it waits.
 * - The abort is checked before the first attempt too: an aborted run does not take a free lock.
 *
 * - A thread running under the emulated global lock (issue 16, global-lock-scope.ts runLocked) sets
 *   a `WaitHook`: every sleep here lets the lock go and takes it back after (CPython releases the
 *   GIL around a blocking acquire: Py_BEGIN_ALLOW_THREADS in PyThread_acquire_lock_timed), and
 *   every 256 spins is a safe point where a spinning holder hands it over when asked. The hook is
 *   one per thread (module state): a worker runs one task at a time.
 *
 * Node differs from CPython here: `Atomics.wait` is allowed on Node's main thread (browsers forbid
 * it), and blocking the main thread blocks its event loop; experiments wait in workers.
 */
import type { AbortFlag } from './abort-flag'

export interface WaitOptions {
  readonly timeoutMs: number
  readonly abort?: AbortFlag
}

export type AcquireOutcome = 'acquired' | 'timeout' | 'aborted'

/** What a thread lets go of while it sleeps on a primitive (the global lock), and its spin safe point. */
export interface WaitHook {
  /** Just before a sleep: true when something was let go of, to be taken back by `afterSleep`. */
  beforeSleep(): boolean
  /** After the sleep (whatever its outcome): takes back what `beforeSleep` let go of; may throw. */
  afterSleep(): void
  /** A safe point of a spin loop: a holder asked to hand over does so here. */
  spin(): void
}

let hook: WaitHook | undefined

/** Sets this thread's hook (undefined: none); returns the previous one, to be restored by the caller. */
export function setWaitHook(next: WaitHook | undefined): WaitHook | undefined {
  const previous = hook
  hook = next
  return previous
}

/** Longest single sleep: the worst-case delay between `abort.set()` and a waiter noticing. */
export const SLICE_MS = 20

export function checkTimeout(timeoutMs: number): void {
  if (!(timeoutMs >= 0) || !Number.isFinite(timeoutMs)) {
    throw new RangeError(`timeoutMs must be a finite number >= 0, got ${String(timeoutMs)}`)
  }
}

/** An absolute deadline on the `performance.now()` clock. */
export function deadlineOf(options: WaitOptions): number {
  checkTimeout(options.timeoutMs)
  return performance.now() + options.timeoutMs
}

/**
 * Sleeps on `view[index]` while it still holds `expected`, in slices, until it changes, the
 * deadline passes or the abort is set. 'changed' may be spurious (a notify for another reason):
 * callers re-check their own condition and call again.
 */
export function waitWhile(view: Int32Array, index: number, expected: number, deadline: number, abort: AbortFlag | undefined): 'changed' | 'timeout' | 'aborted' {
  const h = hook
  // Let go only once the thread is about to sleep (a wait that returns at once keeps the lock),
  // and for the whole wait, not per slice: a slice's end is no reason to contend for it.
  let released = false
  try {
    for (;;) {
      if (abort?.isSet === true) return 'aborted'
      if (Atomics.load(view, index) !== expected) return 'changed'
      const left = deadline - performance.now()
      if (left <= 0) return 'timeout'
      if (h !== undefined && !released) released = h.beforeSleep()
      if (Atomics.wait(view, index, expected, Math.min(left, SLICE_MS)) !== 'timed-out') return 'changed'
    }
  } finally {
    if (released && h !== undefined) h.afterSleep()
  }
}

/** Between two spins: checks the clock (and the hook's safe point) only every 256 spins because `performance.now()` is ~10x a load. */
export function spinExpired(spin: number, deadline: number, abort: AbortFlag | undefined): 'timeout' | 'aborted' | undefined {
  if ((spin & 255) !== 255) return undefined
  hook?.spin()
  if (abort?.isSet === true) return 'aborted'
  return performance.now() >= deadline ? 'timeout' : undefined
}
