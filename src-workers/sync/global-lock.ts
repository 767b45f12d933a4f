/**
 * GlobalLock: an emulation of CPython's Global Interpreter Lock (issue 16), shared by every worker
 * thread of a run through one SharedArrayBuffer. A thread holds it while it computes; CPU kernels
 * call `tick()` at safe points; I/O and blocking waits release it around the wait.
 *
 *   const buffer = GlobalLock.create()                          // engine: one per run
 *   const gil = GlobalLock.from(buffer, { switchIntervalMs: 5, timeoutMs })  // each thread
 *   gil.acquire(); try { for (...) { work(); gil.tick() } } finally { gil.release() }
 *
 * Semantics follow CPython's Python/ceval_gil.c (take_gil / drop_gil):
 * - A waiter sleeps one switch interval at a time. When an interval passes with no switch (the
 *   switch counter unchanged) it sets the drop request; CPython's default interval is 5 ms
 *   (`sys.getswitchinterval()`). The lock itself is a plain barging Mutex, as the GIL is a mutex +
 *   condition variable, with no fairness promise.
 * - The holder checks the request at every `tick()` (CPython: the eval loop's eval_breaker check),
 *   one atomic load when nobody asked; when asked, it drops the lock and (CPython's
 *   FORCE_SWITCHING) waits until another thread has taken it before asking for it again, so that
 *   on a multi-core machine it does not simply win it back at once.
 * - Whoever takes the lock clears the request and counts a switch.
 *
 * Node differs: the lock is per thread, not per task, so two async tasks on one thread (main-async)
 * share it; they never contend because each releases before awaiting (global-lock-scope.ts).
 * Every wait is bounded (`timeoutMs`, in slices: wait.ts) and honours the abort word in the buffer,
 * which the engine sets on cancel. Failures throw GlobalLockError (a kernel cannot go on without it).
 *
 * Layout (Int32 words): 0 drop request, 1 switches, 2 last holder, 3 waiters, 4 abort flag, then
 * the Mutex's words from byte 32.
 */
import { AbortFlag } from './abort-flag'
import { Mutex } from './mutex'
import { ownerIdOf } from './owner'
import type { TraceRing } from './trace-ring'
import { SLICE_MS, checkTimeout } from './wait'

const DROP = 0
const SWITCHES = 1
const LAST = 2
const WAITERS = 3
const ABORT = 4
const MUTEX_BYTES = 32

/** The id the global lock's events carry in a TraceRing (apart from experiments' own primitive ids). */
export const GLOBAL_LOCK_TRACE_ID = 0x61_4c

/** Shortest wait slice: CPython's interval is at least 1 µs; a 0 ms interval must not busy-spin a core. */
const MIN_SLICE_MS = 0.05

export interface GlobalLockOptions {
  /** How long a waiter waits before asking the holder to drop the lock (CPython's switch interval). */
  readonly switchIntervalMs: number
  /** The longest any single acquisition may wait (the task's own bound). */
  readonly timeoutMs: number
  readonly trace?: TraceRing
  /** Explicit owner id (tests playing two threads in one); default: this thread's. */
  readonly ownerId?: number
}

/** What one attachment saw: hand-overs it received, its total wait, its drops on request. */
export interface GlobalLockStats {
  /** Acquisitions that took the lock from another thread (the last holder was not this one). */
  handOvers: number
  /** Microseconds spent waiting for the lock. */
  waitUs: number
  /** Times this attachment dropped the lock because another thread asked (tick). */
  drops: number
}

export class GlobalLockError extends Error {
  override readonly name = 'GlobalLockError'
  constructor(readonly outcome: 'timeout' | 'aborted', message: string) {
    super(message)
  }
}

export class GlobalLock {
  static readonly BYTES = MUTEX_BYTES + Mutex.INTS * 4

  private readonly w: Int32Array
  private readonly mutex: Mutex
  private readonly abort: AbortFlag
  private readonly me: number
  private readonly stats: GlobalLockStats = { handOvers: 0, waitUs: 0, drops: 0 }

  private constructor(readonly buffer: SharedArrayBuffer, private readonly options: GlobalLockOptions) {
    checkTimeout(options.timeoutMs)
    if (!(options.switchIntervalMs >= 0) || !Number.isFinite(options.switchIntervalMs)) throw new RangeError(`switchIntervalMs must be a finite number >= 0, got ${String(options.switchIntervalMs)}`)
    this.w = new Int32Array(buffer, 0, MUTEX_BYTES / 4)
    this.me = ownerIdOf(options.ownerId)
    this.mutex = Mutex.from(Mutex.place(buffer, MUTEX_BYTES, { order: 'barging', wait: 'block', id: GLOBAL_LOCK_TRACE_ID }), { ownerId: this.me })
    this.abort = AbortFlag.from({ buffer, offset: ABORT * 4 })
  }

  /** A fresh lock's shared memory (all zero: free, nobody asked, no switch yet). */
  static create(): SharedArrayBuffer {
    return new SharedArrayBuffer(GlobalLock.BYTES)
  }

  static from(buffer: SharedArrayBuffer, options: GlobalLockOptions): GlobalLock {
    return new GlobalLock(buffer, options)
  }

  /** The cancel word of a lock's buffer: setting it ends every wait for this lock. */
  static abortFlagOf(buffer: SharedArrayBuffer): AbortFlag {
    return AbortFlag.from({ buffer, offset: ABORT * 4 })
  }

  get heldByMe(): boolean {
    return this.mutex.heldByMe
  }

  /** Takes a switch count snapshot, for tests and figures: every acquisition counts one. */
  get switches(): number {
    return Atomics.load(this.w, SWITCHES)
  }

  snapshot(): GlobalLockStats {
    return { ...this.stats }
  }

  /** Takes the lock, waiting as CPython's take_gil does; throws GlobalLockError on timeout or abort. */
  acquire(): void {
    if (this.abort.isSet) throw this.failure('aborted')
    if (this.mutex.tryAcquire()) return this.took()
    const w = this.w
    const interval = Math.max(MIN_SLICE_MS, this.options.switchIntervalMs)
    const t0 = performance.now()
    const deadline = t0 + this.options.timeoutMs
    this.options.trace?.record('wait', GLOBAL_LOCK_TRACE_ID)
    Atomics.add(w, WAITERS, 1)
    try {
      for (;;) {
        const switches = Atomics.load(w, SWITCHES)
        const left = deadline - performance.now()
        if (left <= 0) throw this.failure('timeout')
        const outcome = this.mutex.acquire({ timeoutMs: Math.min(interval, left), abort: this.abort })
        if (outcome === 'acquired') break
        if (outcome === 'aborted') throw this.failure('aborted')
        // A whole interval without a switch: ask the holder to drop it (SET_GIL_DROP_REQUEST).
        if (Atomics.load(w, SWITCHES) === switches && this.mutex.locked) Atomics.store(w, DROP, 1)
      }
    } finally {
      Atomics.sub(w, WAITERS, 1)
      this.stats.waitUs += (performance.now() - t0) * 1000
    }
    this.took()
  }

  release(): void {
    this.options.trace?.record('release', GLOBAL_LOCK_TRACE_ID)
    this.mutex.release()
  }

  /**
   * A safe point: costs one atomic load unless another thread asked for the lock, in which case
   * the holder drops it, lets a waiter take it, and queues for it again.
   */
  tick(): void {
    if (Atomics.load(this.w, DROP) === 0) return
    this.dropOnRequest()
  }

  private dropOnRequest(): void {
    const w = this.w
    this.stats.drops++
    const switches = Atomics.load(w, SWITCHES)
    this.release()
    // FORCE_SWITCHING: wait until somebody else took it (or nobody waits any more: the asker gave up).
    const t0 = performance.now()
    const deadline = t0 + this.options.timeoutMs
    while (Atomics.load(w, SWITCHES) === switches && Atomics.load(w, WAITERS) > 0 && !this.abort.isSet) {
      const left = deadline - performance.now()
      if (left <= 0) break
      Atomics.wait(w, SWITCHES, switches, Math.min(left, SLICE_MS))
    }
    this.stats.waitUs += (performance.now() - t0) * 1000
    this.acquire()
  }

  private took(): void {
    const w = this.w
    const last = Atomics.exchange(w, LAST, this.me)
    if (last !== 0 && last !== this.me) this.stats.handOvers++
    // RESET_GIL_DROP_REQUEST: the new holder starts its interval afresh.
    Atomics.store(w, DROP, 0)
    Atomics.add(w, SWITCHES, 1)
    Atomics.notify(w, SWITCHES)
    this.options.trace?.record('acquire', GLOBAL_LOCK_TRACE_ID)
  }

  private failure(outcome: 'timeout' | 'aborted'): GlobalLockError {
    this.options.trace?.record(outcome, GLOBAL_LOCK_TRACE_ID)
    return new GlobalLockError(outcome, outcome === 'aborted' ? 'the run was cancelled while this thread waited for the global lock' : `the global lock was not free within ${this.options.timeoutMs} ms`)
  }
}
