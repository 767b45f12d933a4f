/**
 * BlockingQueue (Python `queue.Queue` / `multiprocessing.JoinableQueue`): a bounded FIFO of
 * numbers in shared memory, `put`/`get` with timeouts, `taskDone`/`join`, and `shutdown` (Python
 * 3.13's `Queue.shutdown()`: later puts and gets of an empty queue get 'shut-down').
 *
 * Items are Float64 slots; `kind: 'int32'` checks each item is a 32-bit integer (both are exact
 * in a Float64). Every change happens under one internal Mutex, so nothing is lost or duplicated;
 * a full (empty) queue makes putters (getters) sleep on a sequence word bumped by each get (put),
 * read under the lock before sleeping, so no wake-up is missed; a thread woken for nothing re-checks.
 * Outcomes: put -> { outcome: 'ok' } | { outcome: 'timeout' | 'aborted' | 'shut-down' };
 * get -> { outcome: 'ok', value } | { outcome: 'timeout' | 'aborted' | 'shut-down' };
 * join -> 'done' | 'timeout' | 'aborted'. Over-calling taskDone: SyncError 'task-done-too-often'.
 */
import { SyncError } from './errors'
import { type AttachOptions, Mutex, type MutexHandle } from './mutex'
import type { TraceRing } from './trace-ring'
import { type WaitOptions, deadlineOf, waitWhile } from './wait'

export type QueueItemKind = 'int32' | 'float64'
export type QueueFailure = { readonly outcome: 'timeout' | 'aborted' | 'shut-down' }
export type PutResult = { readonly outcome: 'ok' } | QueueFailure
export type GetResult = { readonly outcome: 'ok'; readonly value: number } | QueueFailure

export interface QueueHandle {
  readonly buffer: SharedArrayBuffer
  readonly offset: number
  readonly capacity: number
  readonly kind: QueueItemKind
  readonly id: number
  readonly mutex: MutexHandle
}

const BASE = Mutex.INTS
const COUNT = BASE
const HEAD = BASE + 1
const PUT_SEQ = BASE + 2
const GET_SEQ = BASE + 3
const UNFINISHED = BASE + 4
const GET_SLEEPERS = BASE + 5
const PUT_SLEEPERS = BASE + 6
const SHUTDOWN = BASE + 7
const INTS = BASE + 8
const DATA_BYTE = Math.ceil((INTS * 4) / 8) * 8

const OK: PutResult = { outcome: 'ok' }

export class BlockingQueue {
  private readonly w: Int32Array
  private readonly data: Float64Array
  private readonly mutex: Mutex
  private readonly trace: TraceRing | undefined

  private constructor(readonly handle: QueueHandle, local: AttachOptions) {
    this.w = new Int32Array(handle.buffer, handle.offset, INTS)
    this.data = new Float64Array(handle.buffer, handle.offset + DATA_BYTE, handle.capacity)
    // The internal lock is not traced: a trace shows queue waits, not the queue's own bookkeeping.
    this.mutex = Mutex.from(handle.mutex, { ownerId: local.ownerId })
    this.trace = local.trace
  }

  static bytes(capacity: number): number {
    return DATA_BYTE + capacity * 8
  }

  static create(options: { capacity: number; kind?: QueueItemKind; id?: number }, local: AttachOptions = {}): BlockingQueue {
    const { capacity } = options
    if (!Number.isInteger(capacity) || capacity < 1 || capacity > 0x3fffffff) throw new RangeError(`capacity must be an integer >= 1, got ${String(capacity)}`)
    const buffer = new SharedArrayBuffer(BlockingQueue.bytes(capacity))
    const id = options.id ?? 0
    const mutex = Mutex.place(buffer, 0, { order: 'barging', wait: 'spin-then-block', id })
    return new BlockingQueue({ buffer, offset: 0, capacity, kind: options.kind ?? 'float64', id, mutex }, local)
  }

  static from(handle: QueueHandle, local: AttachOptions = {}): BlockingQueue {
    return new BlockingQueue(handle, local)
  }

  get capacity(): number {
    return this.handle.capacity
  }

  /** Items in the queue now (a snapshot, like Python's qsize). */
  get size(): number {
    return Atomics.load(this.w, COUNT)
  }

  /** Items put and not yet marked done with taskDone. */
  get unfinished(): number {
    return Atomics.load(this.w, UNFINISHED)
  }

  put(value: number, options: WaitOptions): PutResult {
    if (this.handle.kind === 'int32' ? !Number.isInteger(value) || value !== (value | 0) : typeof value !== 'number') {
      throw new RangeError(`queue ${this.handle.id} holds ${this.handle.kind} items, got ${String(value)}`)
    }
    const result = this.transfer(options, PUT_SEQ, GET_SEQ, PUT_SLEEPERS, GET_SLEEPERS, (count) => {
      if (count === this.handle.capacity) return undefined
      this.data[(Atomics.load(this.w, HEAD) + count) % this.handle.capacity] = value
      Atomics.store(this.w, COUNT, count + 1)
      Atomics.add(this.w, UNFINISHED, 1)
      return OK
    })
    this.trace?.record(result.outcome === 'ok' ? 'queue-put' : result.outcome === 'shut-down' ? 'aborted' : result.outcome, this.handle.id)
    return result
  }

  get(options: WaitOptions): GetResult {
    const result = this.transfer(options, GET_SEQ, PUT_SEQ, GET_SLEEPERS, PUT_SLEEPERS, (count) => {
      if (count === 0) return Atomics.load(this.w, SHUTDOWN) !== 0 ? { outcome: 'shut-down' } : undefined
      const head = Atomics.load(this.w, HEAD)
      const value = this.data[head] ?? Number.NaN
      Atomics.store(this.w, HEAD, (head + 1) % this.handle.capacity)
      Atomics.store(this.w, COUNT, count - 1)
      return { outcome: 'ok', value }
    })
    this.trace?.record(result.outcome === 'ok' ? 'queue-get' : result.outcome === 'shut-down' ? 'aborted' : result.outcome, this.handle.id)
    return result
  }

  /** Python's `task_done()`: one item put earlier is fully processed. */
  taskDone(): void {
    for (;;) {
      const left = Atomics.load(this.w, UNFINISHED)
      if (left <= 0) throw new SyncError('task-done-too-often', `taskDone called more times than items were put in queue ${this.handle.id}`)
      if (Atomics.compareExchange(this.w, UNFINISHED, left, left - 1) !== left) continue
      if (left === 1) Atomics.notify(this.w, UNFINISHED)
      return
    }
  }

  /** Python's `join()`: waits until every item put has been marked done. */
  join(options: WaitOptions): 'done' | 'timeout' | 'aborted' {
    const deadline = deadlineOf(options)
    for (;;) {
      const left = Atomics.load(this.w, UNFINISHED)
      if (left === 0) return 'done'
      const slept = waitWhile(this.w, UNFINISHED, left, deadline, options.abort)
      if (slept !== 'changed') return slept
    }
  }

  /** Later puts get 'shut-down'; gets drain what is left, then get 'shut-down'. Wakes every sleeper. */
  shutdown(): void {
    Atomics.store(this.w, SHUTDOWN, 1)
    Atomics.add(this.w, PUT_SEQ, 1)
    Atomics.add(this.w, GET_SEQ, 1)
    Atomics.notify(this.w, PUT_SEQ)
    Atomics.notify(this.w, GET_SEQ)
  }

  /**
   * The loop put and get share: take the lock, try `step`; if it cannot proceed, sleep on
   * `waitSeq` (bumped by the other side) and retry until the deadline or the abort.
   * `step` returns undefined for "cannot proceed now"; on success `mySeq` is bumped and a sleeper
   * of the other side woken.
   */
  private transfer<R extends PutResult | GetResult>(options: WaitOptions, mySeq: number, waitSeq: number, mySleepers: number, otherSleepers: number, step: (count: number) => R | QueueFailure | undefined): R | QueueFailure {
    const deadline = deadlineOf(options)
    const { abort } = options
    const w = this.w
    let traced = false
    for (;;) {
      if (abort?.isSet === true) return { outcome: 'aborted' }
      const locked = this.mutex.acquire({ timeoutMs: Math.max(0, deadline - performance.now()), abort })
      if (locked !== 'acquired') return { outcome: locked }
      // A put after shutdown is refused; a get still drains (step decides).
      const done = mySeq === PUT_SEQ && Atomics.load(w, SHUTDOWN) !== 0 ? { outcome: 'shut-down' as const } : step(Atomics.load(w, COUNT))
      if (done !== undefined) {
        if (done.outcome === 'ok') Atomics.add(w, mySeq, 1)
        this.mutex.release()
        if (done.outcome === 'ok' && Atomics.load(w, otherSleepers) > 0) Atomics.notify(w, mySeq, 1)
        return done
      }
      const seen = Atomics.load(w, waitSeq)
      Atomics.add(w, mySleepers, 1)
      this.mutex.release()
      if (options.timeoutMs === 0 || performance.now() >= deadline) {
        Atomics.sub(w, mySleepers, 1)
        return { outcome: 'timeout' }
      }
      if (!traced) this.trace?.record('queue-wait', this.handle.id)
      traced = true
      const slept = waitWhile(w, waitSeq, seen, deadline, abort)
      Atomics.sub(w, mySleepers, 1)
      if (slept === 'aborted') return { outcome: 'aborted' }
      // On 'timeout' one more pass: the item may have come with the deadline (lock try is 0 ms).
    }
  }
}
