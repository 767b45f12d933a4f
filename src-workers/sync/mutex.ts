/**
 * Mutex (Python `threading.Lock`), over one SharedArrayBuffer region.
 *
 *   const m = Mutex.create({ order: 'fifo', wait: 'spin-then-block' })  // any thread
 *   worker.postMessage({ m: m.handle })                                   // structured clone
 *   const mine = Mutex.from(handle, { trace })                           // in the worker
 *   if (mine.acquire({ timeoutMs: 1000, abort }) === 'acquired') try { ... } finally { mine.release() }
 *
 * Options (fixed at create, carried in the handle so every thread agrees):
 * - `order: 'barging'` (default, like CPython's Lock and pthreads): a released lock goes to
 *   whichever thread's compare-and-swap lands first, woken waiter or newcomer. Fast, can starve.
 *   `'fifo'`: a ticket lock; the lock goes to tickets in order. Fair, pays a hand-over per release.
 * - `wait: 'spin' | 'block' | 'spin-then-block'` (default): how a thread waits when the lock is
 *   taken: busy-polling, `Atomics.wait` sleeps, or `spins` polls then sleeps.
 * - `id`: a number naming the lock in traces.
 * Per-thread attach options (`create`'s and `from`'s second argument): `trace` (a TraceRing:
 * events 'wait', 'acquire', 'release', 'timeout', 'aborted'), `ownerId` (see owner.ts).
 *
 * Node differs from Python: this Mutex records its owner and `release()` by another thread throws
 * SyncError('not-owner') (CPython's Lock lets any thread release it; its RLock does not). Timeouts
 * and aborts follow wait.ts: outcome strings, sliced sleeps, `timeoutMs` required.
 *
 * Word layout (Mutex.INTS Int32 words):
 * - barging: word 0 = owner id | WAITERS bit (0 = free). One CAS to take, one CAS to give back:
 *   Drepper's "Futexes are tricky" mutex with the owner id in place of the constant 1.
 * - fifo: word 0 = owner id, 1 = next ticket, 2 = ticket being served, 4.. = FIFO_SLOTS hand-over
 *   slots (slot t % FIFO_SLOTS belongs to ticket t). A waiter that times out marks its slot
 *   ABANDONED and the releaser skips it, so a ticket lock can honour timeouts; a CAS on the slot
 *   decides who wins when release and give-up race (a waiter that loses gets the lock: 'acquired').
 *   At most FIFO_SLOTS tickets are out at once; more arrivals wait for a ticket (still in slices).
 */
import type { AbortFlag } from './abort-flag'
import { SyncError } from './errors'
import { OWNER_MAX, ownerIdOf } from './owner'
import type { TraceRing } from './trace-ring'
import { type AcquireOutcome, type WaitOptions, checkTimeout, spinExpired, waitWhile } from './wait'

export type MutexOrder = 'fifo' | 'barging'
export type MutexWait = 'spin' | 'block' | 'spin-then-block'

export interface MutexOptions {
  readonly order?: MutexOrder
  readonly wait?: MutexWait
  /** polls before sleeping in 'spin-then-block' (default 200). */
  readonly spins?: number
  readonly id?: number
}

export interface MutexHandle {
  readonly buffer: SharedArrayBuffer
  readonly offset: number
  readonly order: MutexOrder
  readonly wait: MutexWait
  readonly spins: number
  readonly id: number
}

/** What each thread supplies for itself when it attaches. */
export interface AttachOptions {
  readonly trace?: TraceRing
  readonly ownerId?: number
}

const WAITERS = 1 << 30
const FIFO_SLOTS = 64
const OWNER = 0
const NEXT = 1
const SERVING = 2
const SLOT0 = 4
const EMPTY = 0
const WAITING = 1
const GRANTED = 2
const ABANDONED = 3

export class Mutex {
  static readonly INTS = SLOT0 + FIFO_SLOTS

  protected readonly w: Int32Array
  readonly me: number
  private readonly trace: TraceRing | undefined
  private readonly fifo: boolean

  protected constructor(readonly handle: MutexHandle, local: AttachOptions) {
    this.w = new Int32Array(handle.buffer, handle.offset, Mutex.INTS)
    this.fifo = handle.order === 'fifo'
    this.me = ownerIdOf(local.ownerId)
    this.trace = local.trace
  }

  /** A handle for a mutex placed at `offset` in a caller's buffer (the words must start zeroed). */
  static place(buffer: SharedArrayBuffer, offset: number, options: MutexOptions = {}): MutexHandle {
    const spins = options.spins ?? 200
    if (!Number.isInteger(spins) || spins < 0) throw new RangeError(`spins must be an integer >= 0, got ${String(spins)}`)
    const handle: MutexHandle = { buffer, offset, order: options.order ?? 'barging', wait: options.wait ?? 'spin-then-block', spins, id: options.id ?? 0 }
    // Ticket 0's slot starts GRANTED: the first ticket finds the lock free.
    if (handle.order === 'fifo') Atomics.store(new Int32Array(buffer, offset, Mutex.INTS), SLOT0, GRANTED)
    return handle
  }

  static create(options: MutexOptions = {}, local: AttachOptions = {}): Mutex {
    return Mutex.from(Mutex.place(new SharedArrayBuffer(Mutex.INTS * 4), 0, options), local)
  }

  static from(handle: MutexHandle, local: AttachOptions = {}): Mutex {
    // The default kind (barging, untraced) gets fast paths that test neither (PlainMutex below).
    return handle.order === 'barging' && local.trace === undefined ? new PlainMutex(handle, local) : new Mutex(handle, local)
  }

  /** Owner id of the holder, 0 when free (a snapshot: may change at once). */
  get ownerId(): number {
    return Atomics.load(this.w, OWNER) & OWNER_MAX
  }

  get locked(): boolean {
    return this.ownerId !== 0
  }

  get heldByMe(): boolean {
    return this.ownerId === this.me
  }

  acquire(options: WaitOptions): AcquireOutcome {
    const { timeoutMs, abort } = options
    if (!(timeoutMs >= 0 && timeoutMs < Number.POSITIVE_INFINITY)) checkTimeout(timeoutMs)
    // Barging fast path inline (bench/sync-primitives.bench.ts: the goal is < 1.10x a bare
    // compareExchange lock); the same steps as acquireBarging's first ones.
    if (!this.fifo && (abort === undefined || !abort.isSet) && Atomics.compareExchange(this.w, OWNER, 0, this.me) === 0) {
      if (this.trace !== undefined) this.trace.record('acquire', this.handle.id)
      return 'acquired'
    }
    const outcome = this.fifo ? this.acquireFifo(options) : this.acquireBarging(options)
    if (this.trace !== undefined) this.trace.record(outcome === 'acquired' ? 'acquire' : outcome, this.handle.id)
    return outcome
  }

  tryAcquire(): boolean {
    return this.acquire({ timeoutMs: 0 }) === 'acquired'
  }

  release(): void {
    // Barging fast path: the CAS succeeds only for the owner with nobody asleep, so it is also
    // the owner check; anything else falls through to the explicit checks.
    if (!this.fifo && Atomics.compareExchange(this.w, OWNER, this.me, 0) === this.me) {
      if (this.trace !== undefined) this.trace.record('release', this.handle.id)
      return
    }
    const held = Atomics.load(this.w, OWNER) & OWNER_MAX
    if (held === 0) throw new SyncError('not-held', `release of mutex ${this.handle.id}, which nobody holds`)
    if (held !== this.me) throw new SyncError('not-owner', `release of mutex ${this.handle.id} by ${this.me}, held by ${held}`)
    if (this.trace !== undefined) this.trace.record('release', this.handle.id)
    if (this.fifo) return this.releaseFifo()
    // The WAITERS bit is set (only the holder clears it): free the lock, wake one sleeper.
    Atomics.store(this.w, OWNER, 0)
    Atomics.notify(this.w, OWNER, 1)
  }

  protected acquireBarging({ timeoutMs, abort }: WaitOptions): AcquireOutcome {
    const w = this.w
    const me = this.me
    if (abort?.isSet === true) return 'aborted'
    if (Atomics.compareExchange(w, OWNER, 0, me) === 0) return 'acquired'
    if (timeoutMs === 0) return 'timeout'
    // The clock is read only once the fast path failed: it costs as much as the whole fast path.
    const deadline = performance.now() + timeoutMs
    this.trace?.record('wait', this.handle.id)
    const { wait, spins } = this.handle
    for (let spin = 0; wait === 'spin' || (wait === 'spin-then-block' && spin < spins); spin++) {
      if (Atomics.load(w, OWNER) === 0 && Atomics.compareExchange(w, OWNER, 0, me) === 0) return 'acquired'
      const expired = spinExpired(spin, deadline, abort)
      if (expired !== undefined) return expired
    }
    let state = Atomics.load(w, OWNER)
    for (;;) {
      // Taking the lock after a sleep keeps WAITERS set: other sleepers may remain (Drepper).
      if (state === 0) {
        state = Atomics.compareExchange(w, OWNER, 0, me | WAITERS)
        if (state === 0) return 'acquired'
        continue
      }
      if ((state & WAITERS) === 0) {
        const seen = Atomics.compareExchange(w, OWNER, state, state | WAITERS)
        if (seen !== state) {
          state = seen
          continue
        }
        state |= WAITERS
      }
      const slept = waitWhile(w, OWNER, state, deadline, abort)
      if (slept !== 'changed') return slept
      state = Atomics.load(w, OWNER)
    }
  }

  private acquireFifo({ timeoutMs, abort }: WaitOptions): AcquireOutcome {
    const w = this.w
    if (abort?.isSet === true) return 'aborted'
    // Fast path, and the only path for a try: the next ticket's slot is GRANTED = lock free, no queue.
    const next = Atomics.load(w, NEXT)
    if (Atomics.load(w, slotOf(next)) === GRANTED && Atomics.compareExchange(w, NEXT, next, (next + 1) | 0) === next) return this.takeSlot(slotOf(next))
    if (timeoutMs === 0) return 'timeout'
    const deadline = performance.now() + timeoutMs
    this.trace?.record('wait', this.handle.id)
    const ticket = this.takeTicket(deadline, abort)
    if (typeof ticket === 'string') return ticket
    const slot = slotOf(ticket)
    const { wait, spins } = this.handle
    for (let spin = 0; ; spin++) {
      const state = Atomics.load(w, slot)
      if (state === GRANTED) return this.takeSlot(slot)
      if (wait === 'spin' || (wait === 'spin-then-block' && spin < spins)) {
        const expired = spinExpired(spin, deadline, abort)
        if (expired !== undefined) return this.abandon(slot, expired)
        continue
      }
      if (state === EMPTY) {
        Atomics.compareExchange(w, slot, EMPTY, WAITING)
        continue
      }
      const slept = waitWhile(w, slot, WAITING, deadline, abort)
      if (slept !== 'changed') return this.abandon(slot, slept)
    }
  }

  /** A ticket, once fewer than FIFO_SLOTS are out (otherwise two tickets would share a slot). */
  private takeTicket(deadline: number, abort: AbortFlag | undefined): number | 'timeout' | 'aborted' {
    const w = this.w
    for (;;) {
      const next = Atomics.load(w, NEXT)
      const serving = Atomics.load(w, SERVING)
      if (((next - serving) | 0) < FIFO_SLOTS) {
        if (Atomics.compareExchange(w, NEXT, next, (next + 1) | 0) === next) return next
        continue
      }
      if (abort?.isSet === true) return 'aborted'
      if (performance.now() >= deadline) return 'timeout'
      // Releasers do not notify this word (it would cost every release): poll it each ms.
      Atomics.wait(w, SERVING, serving, 1)
    }
  }

  private takeSlot(slot: number): 'acquired' {
    Atomics.store(this.w, slot, EMPTY)
    Atomics.store(this.w, OWNER, this.me)
    return 'acquired'
  }

  /** Gives up a ticket, unless the releaser granted it first: then the lock is ours after all. */
  private abandon(slot: number, why: 'timeout' | 'aborted'): AcquireOutcome {
    for (;;) {
      const state = Atomics.load(this.w, slot)
      if (state === GRANTED) return this.takeSlot(slot)
      if (Atomics.compareExchange(this.w, slot, state, ABANDONED) === state) return why
    }
  }

  private releaseFifo(): void {
    const w = this.w
    Atomics.store(w, OWNER, 0)
    let serving = Atomics.load(w, SERVING)
    for (;;) {
      serving = (serving + 1) | 0
      // SERVING moves before the grant: the new holder's own release must read the new value.
      Atomics.store(w, SERVING, serving)
      const slot = slotOf(serving)
      for (;;) {
        const state = Atomics.load(w, slot)
        if (state === ABANDONED) {
          Atomics.store(w, slot, EMPTY)
          break
        }
        if (Atomics.compareExchange(w, slot, state, GRANTED) === state) {
          if (state === WAITING) Atomics.notify(w, slot, 1)
          return
        }
      }
    }
  }
}

/**
 * The default Mutex (barging, untraced) with its uncontended paths free of the FIFO and trace
 * tests: bench/sync-primitives.bench.ts holds the lab's Mutex to < 1.10x a hand-written
 * compareExchange lock with the same owner check, and those two tests were most of the gap.
 * Anything but the uncontended case goes to the general code.
 */
class PlainMutex extends Mutex {
  constructor(handle: MutexHandle, local: AttachOptions) {
    super(handle, local)
  }

  override acquire(options: WaitOptions): AcquireOutcome {
    const timeoutMs = options.timeoutMs
    if (!(timeoutMs >= 0 && timeoutMs < Number.POSITIVE_INFINITY)) checkTimeout(timeoutMs)
    const abort = options.abort
    if ((abort === undefined || !abort.isSet) && Atomics.compareExchange(this.w, OWNER, 0, this.me) === 0) return 'acquired'
    return this.acquireBarging(options)
  }

  override release(): void {
    // The CAS succeeds only for the owner with nobody asleep; otherwise the general release
    // (its own CAS fails the same way) wakes a sleeper or refuses a non-owner.
    if (Atomics.compareExchange(this.w, OWNER, this.me, 0) !== this.me) super.release()
  }
}

function slotOf(ticket: number): number {
  return SLOT0 + (ticket & (FIFO_SLOTS - 1))
}
