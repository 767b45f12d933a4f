/**
 * TraceRing: a bounded ring of sync events in shared memory, one per worker (single writer), read
 * by the engine while the run goes (the live timeline) and at its end.
 *
 * A primitive writes to a ring only when one is passed at attach time (`Mutex.from(handle, { trace
 * })`): untraced runs pay one `undefined` check per event. When the ring is full the oldest events
 * are overwritten and counted in `dropped`, so a long run never blocks or grows on tracing.
 *
 * Layout (bytes): Int32 [written, capacity, ringId, started] | Float64 epochUs | capacity records of
 * 3 Float64 [timeUs since epoch, kind index, primitive id]. Times are microseconds since a shared
 * epoch (`TraceRing.nowUs()` read once by the engine and given to every ring), computed from
 * `performance.timeOrigin + performance.now()` so rings of different threads share one time axis.
 */
export const TRACE_KINDS = [
  'wait', 'acquire', 'release', 'timeout', 'aborted',
  'barrier-wait', 'barrier-pass', 'barrier-broken',
  'queue-wait', 'queue-put', 'queue-get',
  'event-wait', 'event-set', 'notify',
  // Appended, never inserted: a ring stores a kind's index.
  'event-wake',
] as const
export type TraceKind = (typeof TRACE_KINDS)[number]
const KIND_INDEX = Object.fromEntries(TRACE_KINDS.map((kind, index) => [kind, index])) as Record<TraceKind, number>

export interface TraceEvent {
  readonly kind: TraceKind
  readonly primitiveId: number
  readonly timeUs: number
}

export interface TraceRingHandle {
  readonly buffer: SharedArrayBuffer
  readonly offset: number
}

const HEADER_BYTES = 24
const RECORD = 3

export class TraceRing {
  private readonly header: Int32Array
  private readonly data: Float64Array
  readonly capacity: number
  readonly epochUs: number

  private constructor(readonly handle: TraceRingHandle) {
    this.header = new Int32Array(handle.buffer, handle.offset, 4)
    this.capacity = this.header[1] ?? 0
    this.epochUs = new Float64Array(handle.buffer, handle.offset + 16, 1)[0] ?? 0
    this.data = new Float64Array(handle.buffer, handle.offset + HEADER_BYTES, this.capacity * RECORD)
  }

  static bytes(capacity: number): number {
    return HEADER_BYTES + capacity * RECORD * 8
  }

  /** Microseconds on the clock every ring shares (wall-clock based, sub-µs resolution). */
  static nowUs(): number {
    return (performance.timeOrigin + performance.now()) * 1000
  }

  static create(options: { capacity: number; epochUs: number; ringId?: number }): TraceRing {
    const { capacity } = options
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError(`capacity must be an integer >= 1, got ${String(capacity)}`)
    const buffer = new SharedArrayBuffer(TraceRing.bytes(capacity))
    const header = new Int32Array(buffer, 0, 4)
    header[1] = capacity
    header[2] = options.ringId ?? 0
    new Float64Array(buffer, 16, 1)[0] = options.epochUs
    return new TraceRing({ buffer, offset: 0 })
  }

  static from(handle: TraceRingHandle): TraceRing {
    return new TraceRing(handle)
  }

  get ringId(): number {
    return this.header[2] ?? 0
  }

  /** Events ever written (uint32: wraps after 4e9, far beyond any run). */
  get written(): number {
    return Atomics.load(this.header, 0) >>> 0
  }

  /** Single writer: only the ring's own thread calls this. */
  record(kind: TraceKind, primitiveId: number): void {
    const n = Atomics.load(this.header, 0) >>> 0
    // `started` moves first, so a concurrent reader knows which old record is being overwritten.
    Atomics.store(this.header, 3, (n + 1) | 0)
    const at = (n % this.capacity) * RECORD
    this.data[at] = TraceRing.nowUs() - this.epochUs
    this.data[at + 1] = KIND_INDEX[kind]
    this.data[at + 2] = primitiveId
    // The store publishes the record: a reader that sees the new count sees the record too.
    Atomics.store(this.header, 0, (n + 1) | 0)
  }

  /**
   * The events still in the ring, oldest first, and how many were overwritten. Safe while the
   * writer writes: records the writer may have overwritten during the copy are dropped.
   */
  snapshot(): { events: TraceEvent[]; dropped: number } {
    const before = this.written
    const first = Math.max(0, before - this.capacity)
    const copied: TraceEvent[] = []
    for (let n = first; n < before; n++) {
      const at = (n % this.capacity) * RECORD
      const kind = TRACE_KINDS[this.data[at + 1] ?? 0] ?? 'wait'
      copied.push({ timeUs: this.data[at] ?? 0, kind, primitiveId: this.data[at + 2] ?? 0 })
    }
    // Record n is gone once the writer has started record n + capacity.
    const started = Atomics.load(this.header, 3) >>> 0
    const safeFirst = Math.max(first, started - this.capacity)
    const events = copied.slice(safeFirst - first)
    return { events, dropped: before - events.length }
  }
}
