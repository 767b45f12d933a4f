/**
 * RecursiveMutex (Python `threading.RLock`): the owner may acquire again without blocking; it is
 * free once released as many times as acquired. A Mutex (mutex.ts, same options: order, wait) plus
 * a recursion count that only the owner touches.
 *
 * Like CPython's RLock, `release()` by a thread that does not own it is refused: SyncError
 * 'not-owner' ('not-held' when nobody holds it; CPython raises RuntimeError for both).
 * Words: Mutex.INTS for the inner mutex, then the count.
 */
import { SyncError } from './errors'
import { type AttachOptions, Mutex, type MutexHandle, type MutexOptions } from './mutex'
import type { AcquireOutcome, WaitOptions } from './wait'

export type RecursiveMutexHandle = MutexHandle

const COUNT = Mutex.INTS

export class RecursiveMutex {
  static readonly INTS = Mutex.INTS + 1

  private readonly inner: Mutex
  private readonly w: Int32Array

  private constructor(readonly handle: RecursiveMutexHandle, local: AttachOptions) {
    this.inner = Mutex.from(handle, local)
    this.w = new Int32Array(handle.buffer, handle.offset, RecursiveMutex.INTS)
  }

  static place(buffer: SharedArrayBuffer, offset: number, options: MutexOptions = {}): RecursiveMutexHandle {
    return Mutex.place(buffer, offset, options)
  }

  static create(options: MutexOptions = {}, local: AttachOptions = {}): RecursiveMutex {
    return new RecursiveMutex(RecursiveMutex.place(new SharedArrayBuffer(RecursiveMutex.INTS * 4), 0, options), local)
  }

  static from(handle: RecursiveMutexHandle, local: AttachOptions = {}): RecursiveMutex {
    return new RecursiveMutex(handle, local)
  }

  get me(): number {
    return this.inner.me
  }

  get ownerId(): number {
    return this.inner.ownerId
  }

  get heldByMe(): boolean {
    return this.inner.heldByMe
  }

  /** Recursion depth (0 = free). Exact for the owner; a snapshot for anyone else. */
  get count(): number {
    return Atomics.load(this.w, COUNT)
  }

  acquire(options: WaitOptions): AcquireOutcome {
    if (this.inner.heldByMe) {
      const count = Atomics.load(this.w, COUNT)
      if (count >= 0x7fffffff) throw new SyncError('recursion-overflow', `recursive mutex ${this.handle.id} acquired ${count} times`)
      // Re-entry never waits, so it ignores the abort: the owner must be able to unwind.
      Atomics.store(this.w, COUNT, count + 1)
      return 'acquired'
    }
    const outcome = this.inner.acquire(options)
    if (outcome === 'acquired') Atomics.store(this.w, COUNT, 1)
    return outcome
  }

  tryAcquire(): boolean {
    return this.acquire({ timeoutMs: 0 }) === 'acquired'
  }

  release(): void {
    // The inner mutex checks the owner and throws 'not-owner' / 'not-held' before anything changes.
    if (!this.inner.heldByMe) this.inner.release()
    const count = Atomics.load(this.w, COUNT) - 1
    Atomics.store(this.w, COUNT, count)
    if (count === 0) this.inner.release()
  }

  /** For Condition.wait: frees the lock whatever the depth and returns the depth to restore. */
  releaseAll(): number {
    if (!this.inner.heldByMe) this.inner.release()
    const count = Atomics.load(this.w, COUNT)
    Atomics.store(this.w, COUNT, 0)
    this.inner.release()
    return count
  }

  /** For Condition.wait: re-takes the lock (caller waits as needed) at the saved depth. */
  restore(options: WaitOptions, count: number): AcquireOutcome {
    const outcome = this.inner.acquire(options)
    if (outcome === 'acquired') Atomics.store(this.w, COUNT, count)
    return outcome
  }
}
