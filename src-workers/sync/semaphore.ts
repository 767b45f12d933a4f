/**
 * Semaphore and BoundedSemaphore (Python `threading.Semaphore` / `BoundedSemaphore`).
 *
 * Word 0 = the counter (never negative); word 1 = threads asleep, so `release()` skips the
 * `Atomics.notify` system call when nobody sleeps (the counter is increased before the sleepers are
 * read and a sleeper registers before it re-checks the counter in `Atomics.wait`, all sequentially
 * consistent, so a release cannot miss a sleeper). Acquisition is barging, like CPython's.
 * BoundedSemaphore refuses a release that would push the counter above its initial value:
 * SyncError 'over-release' (CPython: ValueError), checked and applied in one CAS.
 */
import { SyncError } from './errors'
import type { AttachOptions } from './mutex'
import type { TraceRing } from './trace-ring'
import { type AcquireOutcome, type WaitOptions, deadlineOf, waitWhile } from './wait'

export interface SemaphoreOptions {
  readonly value?: number
  readonly id?: number
}

export interface SemaphoreHandle {
  readonly buffer: SharedArrayBuffer
  readonly offset: number
  readonly initial: number
  readonly bounded: boolean
  readonly id: number
}

const VALUE = 0
const SLEEPERS = 1

export class Semaphore {
  static readonly INTS = 2

  protected readonly w: Int32Array
  private readonly trace: TraceRing | undefined

  protected constructor(readonly handle: SemaphoreHandle, local: AttachOptions) {
    this.w = new Int32Array(handle.buffer, handle.offset, Semaphore.INTS)
    this.trace = local.trace
  }

  static place(buffer: SharedArrayBuffer, offset: number, options: SemaphoreOptions, bounded: boolean): SemaphoreHandle {
    const initial = options.value ?? 1
    if (!Number.isInteger(initial) || initial < 0 || initial > 0x3fffffff) throw new RangeError(`value must be an integer in 0..2^30-1, got ${String(initial)}`)
    Atomics.store(new Int32Array(buffer, offset, Semaphore.INTS), VALUE, initial)
    return { buffer, offset, initial, bounded, id: options.id ?? 0 }
  }

  static create(options: SemaphoreOptions = {}, local: AttachOptions = {}): Semaphore {
    return new Semaphore(Semaphore.place(new SharedArrayBuffer(Semaphore.INTS * 4), 0, options, false), local)
  }

  /** Attaches to either kind: a bounded handle gives a BoundedSemaphore. */
  static from(handle: SemaphoreHandle, local: AttachOptions = {}): Semaphore {
    return handle.bounded ? new BoundedSemaphore(handle, local) : new Semaphore(handle, local)
  }

  get value(): number {
    return Atomics.load(this.w, VALUE)
  }

  acquire(options: WaitOptions): AcquireOutcome {
    const deadline = deadlineOf(options)
    const { abort } = options
    const w = this.w
    let waited = false
    for (;;) {
      if (abort?.isSet === true) return this.traced('aborted')
      const value = Atomics.load(w, VALUE)
      if (value > 0) {
        if (Atomics.compareExchange(w, VALUE, value, value - 1) === value) return this.traced('acquired')
        continue
      }
      if (options.timeoutMs === 0) return this.traced('timeout')
      if (!waited) this.trace?.record('wait', this.handle.id)
      waited = true
      Atomics.add(w, SLEEPERS, 1)
      const slept = waitWhile(w, VALUE, 0, deadline, abort)
      Atomics.sub(w, SLEEPERS, 1)
      if (slept === 'aborted') return this.traced('aborted')
      // A permit may have come with the deadline: take it rather than report a timeout.
      if (slept === 'timeout') return this.traced(this.tryTake() ? 'acquired' : 'timeout')
    }
  }

  tryAcquire(): boolean {
    return this.acquire({ timeoutMs: 0 }) === 'acquired'
  }

  release(n = 1): void {
    if (!Number.isInteger(n) || n < 1) throw new RangeError(`n must be an integer >= 1, got ${String(n)}`)
    this.add(n)
    this.trace?.record('release', this.handle.id)
    if (Atomics.load(this.w, SLEEPERS) > 0) Atomics.notify(this.w, VALUE, n)
  }

  protected add(n: number): void {
    Atomics.add(this.w, VALUE, n)
  }

  private tryTake(): boolean {
    for (;;) {
      const value = Atomics.load(this.w, VALUE)
      if (value <= 0) return false
      if (Atomics.compareExchange(this.w, VALUE, value, value - 1) === value) return true
    }
  }

  private traced(outcome: AcquireOutcome): AcquireOutcome {
    this.trace?.record(outcome === 'acquired' ? 'acquire' : outcome, this.handle.id)
    return outcome
  }
}

export class BoundedSemaphore extends Semaphore {
  static override create(options: SemaphoreOptions = {}, local: AttachOptions = {}): BoundedSemaphore {
    return new BoundedSemaphore(Semaphore.place(new SharedArrayBuffer(Semaphore.INTS * 4), 0, options, true), local)
  }

  protected override add(n: number): void {
    for (;;) {
      const value = Atomics.load(this.w, VALUE)
      if (value + n > this.handle.initial) {
        throw new SyncError('over-release', `semaphore ${this.handle.id} released above its initial value ${this.handle.initial}`)
      }
      if (Atomics.compareExchange(this.w, VALUE, value, value + n) === value) return
    }
  }
}
