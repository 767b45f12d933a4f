/**
 * Barrier (Python `threading.Barrier`): `parties` threads wait until all have arrived, then all
 * pass together and the barrier is ready for the next round (a new generation).
 *
 * As in CPython, a barrier breaks: a waiter that times out (or sees its abort) breaks it for
 * everyone, and every current and later waiter gets 'broken' (CPython: BrokenBarrierError) until
 * `reset()`. `abort()` breaks it on purpose. `reset()` with threads waiting makes them leave with
 * 'broken' and admits newcomers only once they have left (CPython's "resetting" state).
 * The thread that timed out gets 'timeout' ('aborted'), not 'broken', so it knows it was the cause.
 * Node differs: no `action` callable (functions do not cross threads); the arrival with
 * `lastIndex === parties - 1` runs last and can act instead. `lastIndex` is CPython's return value.
 *
 * One word holds everything, so every transition is one CAS and generations can never mix:
 * bits 0-11 = threads waiting in this generation, 12-28 = generation (wraps; compared for
 * equality only), 29 = RESETTING, 30 = BROKEN. The last arrival swaps in (generation + 1, 0
 * waiting); a waiter passes when it sees the generation move.
 */
import type { AttachOptions } from './mutex'
import type { TraceRing } from './trace-ring'
import { type WaitOptions, deadlineOf, waitWhile } from './wait'

export type BarrierOutcome = 'passed' | 'broken' | 'timeout' | 'aborted'

export interface BarrierHandle {
  readonly buffer: SharedArrayBuffer
  readonly offset: number
  readonly parties: number
  readonly id: number
}

const COUNT = 0xfff
const GEN_SHIFT = 12
const GEN_MASK = 0x1ffff
const RESETTING = 1 << 29
const BROKEN = 1 << 30
const genOf = (state: number): number => (state >>> GEN_SHIFT) & GEN_MASK
const fresh = (gen: number): number => ((gen + 1) & GEN_MASK) << GEN_SHIFT

export class Barrier {
  static readonly INTS = 1
  static readonly MAX_PARTIES = COUNT

  /** This thread's arrival index in its last 'passed' wait (0 = first, parties - 1 = last). */
  lastIndex = -1
  private readonly w: Int32Array
  private readonly trace: TraceRing | undefined

  private constructor(readonly handle: BarrierHandle, local: AttachOptions) {
    this.w = new Int32Array(handle.buffer, handle.offset, Barrier.INTS)
    this.trace = local.trace
  }

  static place(buffer: SharedArrayBuffer, offset: number, options: { parties: number; id?: number }): BarrierHandle {
    const { parties } = options
    if (!Number.isInteger(parties) || parties < 1 || parties > COUNT) throw new RangeError(`parties must be an integer in 1..${COUNT}, got ${String(parties)}`)
    return { buffer, offset, parties, id: options.id ?? 0 }
  }

  static create(options: { parties: number; id?: number }, local: AttachOptions = {}): Barrier {
    return new Barrier(Barrier.place(new SharedArrayBuffer(Barrier.INTS * 4), 0, options), local)
  }

  static from(handle: BarrierHandle, local: AttachOptions = {}): Barrier {
    return new Barrier(handle, local)
  }

  get parties(): number {
    return this.handle.parties
  }

  get broken(): boolean {
    return (Atomics.load(this.w, 0) & BROKEN) !== 0
  }

  /** Threads waiting in the current generation (a snapshot). */
  get waiting(): number {
    return Atomics.load(this.w, 0) & COUNT
  }

  get generation(): number {
    return genOf(Atomics.load(this.w, 0))
  }

  wait(options: WaitOptions): BarrierOutcome {
    const deadline = deadlineOf(options)
    const { abort } = options
    const w = this.w
    this.trace?.record('barrier-wait', this.handle.id)
    let gen: number
    for (;;) {
      const state = Atomics.load(w, 0)
      if ((state & BROKEN) !== 0) return this.traced('broken')
      if ((state & RESETTING) !== 0) {
        // Not yet inside: wait for the reset to finish, without breaking anything on give-up.
        const slept = waitWhile(w, 0, state, deadline, abort)
        if (slept !== 'changed') return this.traced(slept)
        continue
      }
      if (abort?.isSet === true) {
        if (Atomics.compareExchange(w, 0, state, state | BROKEN) !== state) continue
        Atomics.notify(w, 0)
        return this.traced('aborted')
      }
      const count = state & COUNT
      gen = genOf(state)
      const last = count + 1 === this.handle.parties
      if (Atomics.compareExchange(w, 0, state, last ? fresh(gen) : state + 1) !== state) continue
      this.lastIndex = count
      if (!last) break
      Atomics.notify(w, 0)
      return this.traced('passed')
    }
    for (;;) {
      const state = Atomics.load(w, 0)
      if (genOf(state) !== gen) return this.traced('passed')
      if ((state & (BROKEN | RESETTING)) !== 0) return this.leave('broken')
      const slept = waitWhile(w, 0, state, deadline, abort)
      if (slept === 'changed') continue
      // Give up: break it for all, unless the round completed meanwhile (then the CAS fails).
      if (Atomics.compareExchange(w, 0, state, state | BROKEN) !== state) continue
      Atomics.notify(w, 0)
      return this.leave(slept)
    }
  }

  /** Python's `abort()`: breaks the barrier; waiters get 'broken' until `reset()`. */
  abort(): void {
    Atomics.or(this.w, 0, BROKEN)
    Atomics.notify(this.w, 0)
  }

  /** Python's `reset()`: back to an empty barrier; current waiters leave with 'broken'. */
  reset(): void {
    for (;;) {
      const state = Atomics.load(this.w, 0)
      const next = (state & COUNT) === 0 ? fresh(genOf(state)) : state | RESETTING
      if (Atomics.compareExchange(this.w, 0, state, next) === state) break
    }
    Atomics.notify(this.w, 0)
  }

  /** A waiter leaves a broken or resetting generation; the last to leave a reset ends it. */
  private leave(outcome: 'broken' | 'timeout' | 'aborted'): BarrierOutcome {
    for (;;) {
      const state = Atomics.load(this.w, 0)
      const count = (state & COUNT) - 1
      const next = (state & RESETTING) !== 0 && count === 0 ? fresh(genOf(state)) : state - 1
      if (Atomics.compareExchange(this.w, 0, state, next) !== state) continue
      if (next !== state - 1) Atomics.notify(this.w, 0)
      return this.traced(outcome)
    }
  }

  private traced(outcome: BarrierOutcome): BarrierOutcome {
    if (this.trace !== undefined) this.trace.record(outcome === 'passed' ? 'barrier-pass' : outcome === 'broken' ? 'barrier-broken' : outcome, this.handle.id)
    return outcome
  }
}
