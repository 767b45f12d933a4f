/**
 * Event (Python `threading.Event`): a flag threads wait for.
 *
 * One word: bit 0 = the flag, the other bits count `set()` calls. A waiter sleeps while the word
 * keeps the value it saw unset; any change means a `set()` happened (clearing an unset flag changes
 * nothing), so a waiter woken by `set()` reports 'set' even if `clear()` follows at once, as in
 * CPython where a notified waiter returns True.
 */
import type { AttachOptions } from './mutex'
import type { TraceRing } from './trace-ring'
import { type WaitOptions, deadlineOf, waitWhile } from './wait'

export type EventOutcome = 'set' | 'timeout' | 'aborted'

export interface EventHandle {
  readonly buffer: SharedArrayBuffer
  readonly offset: number
  readonly id: number
}

export class Event {
  static readonly INTS = 1

  private readonly w: Int32Array
  private readonly trace: TraceRing | undefined

  private constructor(readonly handle: EventHandle, local: AttachOptions) {
    this.w = new Int32Array(handle.buffer, handle.offset, Event.INTS)
    this.trace = local.trace
  }

  static place(buffer: SharedArrayBuffer, offset: number, options: { id?: number } = {}): EventHandle {
    return { buffer, offset, id: options.id ?? 0 }
  }

  static create(options: { id?: number } = {}, local: AttachOptions = {}): Event {
    return new Event(Event.place(new SharedArrayBuffer(Event.INTS * 4), 0, options), local)
  }

  static from(handle: EventHandle, local: AttachOptions = {}): Event {
    return new Event(handle, local)
  }

  isSet(): boolean {
    return (Atomics.load(this.w, 0) & 1) === 1
  }

  set(): void {
    for (;;) {
      const word = Atomics.load(this.w, 0)
      if ((word & 1) === 1) return
      if (Atomics.compareExchange(this.w, 0, word, ((word + 2) | 1) & 0x7fffffff) === word) break
    }
    this.trace?.record('event-set', this.handle.id)
    Atomics.notify(this.w, 0)
  }

  clear(): void {
    Atomics.and(this.w, 0, ~1)
  }

  wait(options: WaitOptions): EventOutcome {
    const deadline = deadlineOf(options)
    if (options.abort?.isSet === true) return 'aborted'
    const word = Atomics.load(this.w, 0)
    if ((word & 1) === 1) return 'set'
    if (options.timeoutMs === 0) return 'timeout'
    this.trace?.record('event-wait', this.handle.id)
    const slept = waitWhile(this.w, 0, word, deadline, options.abort)
    const outcome = slept === 'changed' ? 'set' : slept
    // Woken, not holding anything: an event is a signal, not a lock.
    this.trace?.record(outcome === 'set' ? 'event-wake' : outcome, this.handle.id)
    return outcome
  }
}
