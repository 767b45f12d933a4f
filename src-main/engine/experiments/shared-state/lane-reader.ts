/**
 * Turns the synchronisation primitives' trace rings (src-workers/sync/trace-ring.ts: one ring per
 * worker, acquire/wait/release events with times in µs since a shared epoch) into lane spans: what
 * each worker was doing from one event to the next. Incremental, so the engine can read the rings
 * while the workers write them and stream only what is new.
 */
import type { LaneSpan, LaneState } from '../../../../src-shared/lane-timeline'
import type { TraceEvent, TraceKind } from '../../../../src-workers/sync/trace-ring'

/** What a ring offers the reader: its events still held, oldest first, and how many were overwritten. */
export interface ReadableRing {
  snapshot(): { events: TraceEvent[]; dropped: number }
}

/**
 * The state a worker is in after each event. `event-set` and `notify` are what a running worker
 * does to others: its own state does not change. A wait that ends (timeout, abort, pass, put, get)
 * returns the worker to running; `acquire` puts it inside the critical section.
 */
const STATE_AFTER: Record<TraceKind, LaneState | 'unchanged'> = {
  wait: 'waiting',
  acquire: 'holding',
  release: 'running',
  timeout: 'running',
  aborted: 'running',
  'barrier-wait': 'barrier',
  'barrier-pass': 'running',
  'barrier-broken': 'running',
  'queue-wait': 'queue',
  'queue-put': 'running',
  'queue-get': 'running',
  'event-wait': 'event',
  'event-set': 'unchanged',
  notify: 'unchanged',
  'event-wake': 'running',
}

interface Lane {
  /** Events of this ring already read (its own count, overwritten ones included). */
  cursor: number
  state: LaneState
  sinceUs: number
}

export class LaneReader {
  private readonly lanes: Lane[]
  private lost = 0

  /** `startUs`: when the point started, in the rings' epoch (every lane starts running there). */
  constructor(
    private readonly rings: readonly ReadableRing[],
    startUs = 0,
  ) {
    this.lanes = rings.map(() => ({ cursor: 0, state: 'running', sinceUs: startUs }))
  }

  /** Spans closed since the last call, and how many events were overwritten before they were read. */
  read(): { spans: LaneSpan[]; dropped: number } {
    const spans: LaneSpan[] = []
    const lostBefore = this.lost
    this.rings.forEach((ring, worker) => {
      const lane = this.lanes[worker]!
      const { events, dropped } = ring.snapshot()
      // events[i] is the ring's event number dropped + i; those below the cursor were read already.
      this.lost += Math.max(0, dropped - lane.cursor)
      for (const event of events.slice(Math.max(0, lane.cursor - dropped))) this.apply(lane, worker, event, spans)
      lane.cursor = dropped + events.length
    })
    return { spans, dropped: this.lost - lostBefore }
  }

  /** Closes every open span at `endUs` (the point's end), so the last state of each worker shows. */
  close(endUs: number): LaneSpan[] {
    const spans: LaneSpan[] = []
    this.lanes.forEach((lane, worker) => {
      if (endUs > lane.sinceUs) spans.push(span(worker, lane.state, lane.sinceUs, endUs))
      lane.sinceUs = endUs
    })
    return spans
  }

  private apply(lane: Lane, worker: number, event: TraceEvent, out: LaneSpan[]): void {
    const next = STATE_AFTER[event.kind]
    if (next === 'unchanged' || next === lane.state) return
    // Rings of different threads are read in turn, so one lane's times only ever grow.
    const at = Math.max(event.timeUs, lane.sinceUs)
    if (at > lane.sinceUs) out.push(span(worker, lane.state, lane.sinceUs, at))
    lane.state = next
    lane.sinceUs = at
  }
}

function span(worker: number, state: LaneState, fromUs: number, toUs: number): LaneSpan {
  return { worker, state, startMs: fromUs / 1000, endMs: toUs / 1000 }
}
