/**
 * Events a running suite emits, in order, to whichever front door started it (CLI, Electron IPC,
 * web socket). The renderer draws charts from them; the report is their fold.
 */
import type { RuntimeName, WorkloadName } from './config'
import type { LaneTimeline } from './lane-timeline'
import type { Point, Report, Run } from './report'

export type RunPhase = 'prepare' | 'overhead' | 'warmup' | 'measure' | 'cleanup'

export interface ProgressInfo {
  runId: string
  workload: WorkloadName
  runtime: RuntimeName
  phase: RunPhase
  workers: number
  /** 1-based repetition within the current point (warm-ups count separately). */
  repetition: number
  repetitions: number
  /** Units of work done and planned over the whole suite, for one progress bar. */
  done: number
  total: number
  /** Estimated milliseconds left, from the pace so far; null until there is a pace. */
  etaMs: number | null
}

export type RunEvent =
  | { type: 'suite-started'; suiteId: string; totalUnits: number }
  | { type: 'run-started'; runId: string; workload: WorkloadName; runtime: RuntimeName }
  | { type: 'progress'; progress: ProgressInfo }
  | { type: 'point'; runId: string; point: Point }
  /** The live lanes of a shared-state experiment: new spans since the last event (the view appends them). */
  | { type: 'lanes'; runId: string; lanes: LaneTimeline }
  | { type: 'run-finished'; run: Run }
  | { type: 'suite-finished'; suiteId: string; report: Report }
  | { type: 'suite-failed'; suiteId: string; message: string }
