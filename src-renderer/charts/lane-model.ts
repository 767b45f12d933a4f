/**
 * The live lane timeline as something to draw: per worker, the time spent in each state (the
 * accessible table and the legend's shares), and the colours of the states in both themes. Kept
 * apart from the component so it is tested without a canvas.
 */
import { LANE_STATES, type LaneState, type LaneTimeline } from '../../src-shared/lane-timeline'
import type { ChartPalette } from './palette'

/** Colours that stay apart for colour-blind readers: holding is the warm one, waiting the pale one. */
const LIGHT_STATES: Record<LaneState, string> = {
  running: '#9bb7d4',
  waiting: '#e5e7eb',
  holding: '#d9822b',
  barrier: '#7f63b8',
  queue: '#2a9d8f',
  event: '#c9b458',
}
const DARK_STATES: Record<LaneState, string> = {
  running: '#4c6a8c',
  waiting: '#3a3f47',
  holding: '#f2a65a',
  barrier: '#a68fe0',
  queue: '#5cc8b8',
  event: '#e0cf72',
}

export function laneColor(palette: ChartPalette, state: LaneState): string {
  return (palette.dark ? DARK_STATES : LIGHT_STATES)[state]
}

export interface LaneShares {
  workers: number[]
  /** Milliseconds per worker (same order as `workers`) and state. */
  msByState: Array<Record<LaneState, number>>
  endMs: number
  /** States that occur at all, in LANE_STATES order (the legend lists only these). */
  present: LaneState[]
}

export function laneShares(lanes: LaneTimeline): LaneShares {
  const byWorker = new Map<number, Record<LaneState, number>>()
  let endMs = 0
  for (const span of lanes.spans) {
    const row = byWorker.get(span.worker) ?? emptyRow()
    row[span.state] += span.endMs - span.startMs
    byWorker.set(span.worker, row)
    endMs = Math.max(endMs, span.endMs)
  }
  const workers = [...byWorker.keys()].sort((a, b) => a - b)
  const msByState = workers.map((w) => byWorker.get(w)!)
  const present = LANE_STATES.filter((s) => msByState.some((row) => row[s] > 0))
  return { workers, msByState, endMs, present }
}

function emptyRow(): Record<LaneState, number> {
  return { running: 0, waiting: 0, holding: 0, barrier: 0, queue: 0, event: 0 }
}
