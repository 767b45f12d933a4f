/**
 * What each worker is doing, moment by moment, in the shared-state experiments (race, locks,
 * primitives, shared-vs-messages): the lanes of a live timeline. The synchronisation primitives
 * record acquire/wait/release into per-worker rings in shared memory (src-workers/sync/); the engine
 * turns them into spans and streams them as `lanes` events while the run goes, and keeps the last
 * ones in the run for the view afterwards. Types and folding only, no zod (the renderer's first
 * screen imports this); the report schema is lane-timeline-schema.ts.
 */
import type { WaitForGraph } from './wait-for-graph'

/**
 * `running`: outside any primitive; `waiting`: blocked on a lock (or semaphore) it asked for;
 * `holding`: inside the critical section; `barrier`: waiting for the other parties; `queue`: blocked
 * on a full or empty queue; `event`: waiting for an event or a condition to be signalled.
 */
export const LANE_STATES = ['running', 'waiting', 'holding', 'barrier', 'queue', 'event'] as const
export type LaneState = (typeof LANE_STATES)[number]

export interface LaneSpan {
  /** 0-based worker index within the run's current point. */
  worker: number
  state: LaneState
  /** Milliseconds since the point started (the shared epoch every worker's ring measures from). */
  startMs: number
  endMs: number
}

export interface LaneTimeline {
  /** Which point the spans belong to (its worker count), and what it measured, in the view's words. */
  workers: number
  label: string
  spans: LaneSpan[]
  /** Spans recorded but not kept (the rings overwrote them, or the cap below was reached). */
  dropped: number
  /** What recording one event cost, measured in the same run: tracing is not free. */
  costNsPerEvent?: number
  /** Deadlock: the wait-for graph as last read (who holds, who waits, the cycle once found). */
  graph?: WaitForGraph
}

/** Most spans a run keeps or a page holds: a timeline is for looking at, not for every event. */
export const MAX_LANE_SPANS = 4_000

/**
 * Most timelines a run keeps beside `lanes`, one per part (`lanesByPart`: primitives has five
 * parts): a handful, so a report stays small (each timeline holds at most MAX_LANE_SPANS spans).
 */
export const MAX_PART_TIMELINES = 6

/** Appends spans to a kept list, holding at most `MAX_LANE_SPANS` (the newest), and counts the rest. */
export function appendLaneSpans(kept: readonly LaneSpan[], added: readonly LaneSpan[], dropped: number): { spans: LaneSpan[]; dropped: number } {
  const all = kept.concat(added)
  const over = Math.max(0, all.length - MAX_LANE_SPANS)
  return { spans: over > 0 ? all.slice(over) : all, dropped: dropped + over }
}

/**
 * Folds a `lanes` event (new spans of one point) into what a run shows: the same point's spans
 * grow; a new point (another worker count or label) starts its own timeline.
 */
export function mergeLanes(previous: LaneTimeline | undefined, update: LaneTimeline): LaneTimeline {
  const samePoint = previous !== undefined && previous.workers === update.workers && previous.label === update.label
  const kept = appendLaneSpans(samePoint ? previous.spans : [], update.spans, (samePoint ? previous.dropped : 0) + update.dropped)
  // A graph arrives in its own events: span updates without one keep the last graph of the point.
  const graph = update.graph ?? (samePoint ? previous.graph : undefined)
  return { ...update, ...kept, ...(graph === undefined ? {} : { graph }) }
}
