/**
 * Condition (Python `threading.Condition`), bound to a Mutex or a RecursiveMutex (default, as in
 * CPython: an RLock).
 *
 * As in CPython: wait/notify require holding the lock (else SyncError 'not-owner' / 'not-held';
 * CPython: RuntimeError); `wait` releases the lock (all recursion levels), sleeps, and re-takes it
 * before returning WHATEVER the outcome ('notified', 'timeout' or 'aborted'), so the caller's
 * `finally { release() }` stays right. That re-take waits for the lock without a deadline, as
 * CPython's does: it is bounded by the holder's critical section, not by `timeoutMs`.
 * `notify(n)` wakes the n longest waiters (FIFO, like CPython's deque of waiter locks).
 *
 * How: each waiter takes one of MAX_WAITERS private slots and queues its index (all under the
 * lock, so plain bookkeeping); it sleeps on its own slot word, which a notifier flips to NOTIFIED.
 * A waiter that times out removes itself from the queue after re-taking the lock, so a later
 * notify never lands on a thread that left. Node differs: CPython's notified-but-timed-out waiter
 * reports False; here a waiter whose slot was flipped reports 'notified' (the notify is not lost).
 * More than MAX_WAITERS simultaneous waiters: SyncError 'too-many-waiters'.
 */
import { SyncError } from './errors'
import { type AttachOptions, Mutex, type MutexHandle } from './mutex'
import { RecursiveMutex } from './recursive-mutex'
import type { TraceRing } from './trace-ring'
import { type AcquireOutcome, type WaitOptions, deadlineOf, waitWhile } from './wait'

export type ConditionOutcome = 'notified' | 'timeout' | 'aborted'
export type ConditionLockHandle = { readonly kind: 'mutex'; readonly handle: MutexHandle } | { readonly kind: 'recursive'; readonly handle: MutexHandle }

export interface ConditionHandle {
  readonly buffer: SharedArrayBuffer
  readonly offset: number
  readonly id: number
  readonly lock: ConditionLockHandle
}

const MAX_WAITERS = 64
const HEAD = 0
const LENGTH = 1
const QUEUE = 4
const SLOTS = QUEUE + MAX_WAITERS
const FREE = 0
const WAITING = 1
const NOTIFIED = 2

export class Condition {
  static readonly INTS = SLOTS + MAX_WAITERS

  readonly lock: Mutex | RecursiveMutex
  private readonly w: Int32Array
  private readonly trace: TraceRing | undefined

  private constructor(readonly handle: ConditionHandle, local: AttachOptions) {
    this.w = new Int32Array(handle.buffer, handle.offset, Condition.INTS)
    this.lock = handle.lock.kind === 'mutex' ? Mutex.from(handle.lock.handle, local) : RecursiveMutex.from(handle.lock.handle, local)
    this.trace = local.trace
  }

  /** `lock` defaults to a new RecursiveMutex, like CPython's `Condition()`. */
  static create(options: { lock?: Mutex | RecursiveMutex; id?: number } = {}, local: AttachOptions = {}): Condition {
    const lock = options.lock ?? RecursiveMutex.create({}, local)
    const lockHandle: ConditionLockHandle = lock instanceof Mutex ? { kind: 'mutex', handle: lock.handle } : { kind: 'recursive', handle: lock.handle }
    return new Condition({ buffer: new SharedArrayBuffer(Condition.INTS * 4), offset: 0, id: options.id ?? 0, lock: lockHandle }, local)
  }

  static from(handle: ConditionHandle, local: AttachOptions = {}): Condition {
    return new Condition(handle, local)
  }

  acquire(options: WaitOptions): AcquireOutcome {
    return this.lock.acquire(options)
  }

  release(): void {
    this.lock.release()
  }

  /** Threads waiting now (a snapshot). */
  get waiting(): number {
    return Atomics.load(this.w, LENGTH)
  }

  wait(options: WaitOptions): ConditionOutcome {
    const deadline = deadlineOf(options)
    this.mustHold('wait')
    const slot = this.enqueue()
    const depth = this.lock instanceof RecursiveMutex ? this.lock.releaseAll() : (this.lock.release(), 1)
    this.trace?.record('wait', this.handle.id)
    let slept: 'changed' | 'timeout' | 'aborted' = 'changed'
    // Only the slot's value says "notified": a wake-up without it is spurious, sleep again.
    while (slept === 'changed' && Atomics.load(this.w, slot) === WAITING) slept = waitWhile(this.w, slot, WAITING, deadline, options.abort)
    this.retake(depth)
    const notified = Atomics.load(this.w, slot) === NOTIFIED
    if (!notified) this.unqueue(slot)
    Atomics.store(this.w, slot, FREE)
    const outcome: ConditionOutcome = notified || slept === 'changed' ? 'notified' : slept
    this.trace?.record(outcome === 'notified' ? 'acquire' : outcome, this.handle.id)
    return outcome
  }

  /** Python's `wait_for`: waits until `predicate()` (evaluated holding the lock) is true. */
  waitFor(predicate: () => boolean, options: WaitOptions): 'satisfied' | 'timeout' | 'aborted' {
    const deadline = deadlineOf(options)
    for (;;) {
      if (predicate()) return 'satisfied'
      if (options.abort?.isSet === true) return 'aborted'
      const left = deadline - performance.now()
      if (left <= 0) return 'timeout'
      this.wait({ timeoutMs: left, abort: options.abort })
    }
  }

  notify(n = 1): void {
    this.mustHold('notify')
    const w = this.w
    let length = Atomics.load(w, LENGTH)
    let head = Atomics.load(w, HEAD)
    for (let woken = 0; woken < n && length > 0; woken++) {
      const slot = Atomics.load(w, QUEUE + head)
      head = (head + 1) % MAX_WAITERS
      length--
      Atomics.store(w, slot, NOTIFIED)
      Atomics.notify(w, slot, 1)
    }
    Atomics.store(w, HEAD, head)
    Atomics.store(w, LENGTH, length)
    this.trace?.record('notify', this.handle.id)
  }

  notifyAll(): void {
    this.notify(MAX_WAITERS)
  }

  private mustHold(what: string): void {
    if (this.lock.heldByMe) return
    const code = this.lock.ownerId === 0 ? 'not-held' : 'not-owner'
    throw new SyncError(code, `${what} on condition ${this.handle.id} without holding its lock`)
  }

  /** Takes a free slot and queues it (caller holds the lock). Returns the slot's word index. */
  private enqueue(): number {
    const w = this.w
    for (let i = 0; i < MAX_WAITERS; i++) {
      if (Atomics.load(w, SLOTS + i) !== FREE) continue
      Atomics.store(w, SLOTS + i, WAITING)
      const length = Atomics.load(w, LENGTH)
      Atomics.store(w, QUEUE + ((Atomics.load(w, HEAD) + length) % MAX_WAITERS), SLOTS + i)
      Atomics.store(w, LENGTH, length + 1)
      return SLOTS + i
    }
    throw new SyncError('too-many-waiters', `more than ${MAX_WAITERS} threads waiting on condition ${this.handle.id}`)
  }

  /** Removes a timed-out waiter's slot from the queue, keeping the others in order (lock held). */
  private unqueue(slot: number): void {
    const w = this.w
    const head = Atomics.load(w, HEAD)
    const length = Atomics.load(w, LENGTH)
    let found = false
    for (let i = 0; i < length; i++) {
      const at = QUEUE + ((head + i) % MAX_WAITERS)
      if (!found) found = Atomics.load(w, at) === slot
      if (found && i + 1 < length) Atomics.store(w, at, Atomics.load(w, QUEUE + ((head + i + 1) % MAX_WAITERS)))
    }
    if (found) Atomics.store(w, LENGTH, length - 1)
  }

  /** Re-takes the lock after a wait, as CPython does, whatever the outcome (see header). */
  private retake(depth: number): void {
    for (;;) {
      const outcome = this.lock instanceof RecursiveMutex ? this.lock.restore({ timeoutMs: 1000 }, depth) : this.lock.acquire({ timeoutMs: 1000 })
      if (outcome === 'acquired') return
    }
  }
}
