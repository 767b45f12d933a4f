/**
 * The one traced repetition of a shared-state point (locks, primitives, shared-vs-messages): the
 * figures come from untraced repetitions; after them, one more runs with a TraceRing per worker,
 * counted in no figure, while startLaneFeed streams its lanes to the view. Its timeline is kept
 * in the run when it is the most contended so far: the point with the most workers, the later
 * one on a tie (so the last point of the largest worker count, which is what the view showed last
 * at that count). A point that names its `part` (primitives) is also kept per part, by the same
 * choice among that part's points, in the run's `lanesByPart`: one timeline for each part.
 *
 * Tracing's own cost is measured once per run on the engine's thread: the same `record` code the
 * workers run (time of N records into a scratch ring, median of a few batches), reported beside
 * the timeline as `costNsPerEvent`.
 */
import type { LaneTimeline } from '../../../../src-shared/lane-timeline'
import type { TraceHandle } from '../../../../src-shared/protocol-shared-state'
import { TraceRing } from '../../../../src-workers/sync/trace-ring'
import type { ExperimentContext } from '../experiment'
import type { MicroRun } from '../micro/micro-run'
import { startLaneFeed } from './lane-feed'

/** Events a worker's ring holds between two polls (100 ms): older ones are overwritten and counted as dropped. */
const RING_CAPACITY = 16_384
const COST_BATCH = 5_000
/** Batches run; only the last `COST_TIMED` are timed: V8 optimises `record` after many calls, as it does in a worker. */
const COST_BATCHES = 60
const COST_TIMED = 15

/** One batch in a function of its own, so V8 optimises it as a whole (not only by on-stack replacement). */
function recordBatch(ring: TraceRing): number {
  const started = performance.now()
  for (let i = 0; i < COST_BATCH; i++) ring.record(i % 2 === 0 ? 'acquire' : 'release', 1)
  return ((performance.now() - started) * 1e6) / COST_BATCH
}

/** Nanoseconds one `TraceRing.record` takes once optimised: the median of the last batches. */
export function measureTraceCostNs(): number {
  const ring = TraceRing.create({ capacity: 1024, epochUs: TraceRing.nowUs() })
  const perEvent = Array.from({ length: COST_BATCHES }, () => recordBatch(ring)).slice(-COST_TIMED)
  perEvent.sort((a, b) => a - b)
  return perEvent[Math.floor(perEvent.length / 2)] ?? 0
}

const costs = new WeakMap<MicroRun, number>()

function costOf(run: MicroRun): number {
  let cost = costs.get(run)
  if (cost === undefined) {
    cost = measureTraceCostNs()
    costs.set(run, cost)
  }
  return cost
}

export interface TracedPoint {
  /** Workers traced (one ring each), and what the point measures in the report's words (lane-labels.ts). */
  workers: number
  label: string
  /** The part the point belongs to (primitives): its timeline is also kept per part. */
  part?: string
}

/**
 * Runs `body` with one ring per worker while the feed streams `lanes` events, then keeps the
 * timeline in the run if it is the most contended so far. A failure stops the feed and is thrown.
 */
export async function tracedRepetition<T>(ctx: Pick<ExperimentContext, 'emit'>, run: MicroRun, point: TracedPoint, body: (rings: TraceHandle[]) => Promise<T>): Promise<T> {
  const costNsPerEvent = costOf(run)
  const epochUs = TraceRing.nowUs()
  const rings = Array.from({ length: point.workers }, (_, ringId) => TraceRing.create({ capacity: RING_CAPACITY, epochUs, ringId }))
  const feed = startLaneFeed({ runId: run.runId, workers: point.workers, label: point.label, rings, startUs: TraceRing.nowUs() - epochUs, emit: (e) => ctx.emit(e), costNsPerEvent })
  let result: T
  try {
    result = await body(rings.map((r) => r.handle))
  } catch (error) {
    feed.stop(TraceRing.nowUs() - epochUs)
    throw error
  }
  const lanes = feed.stop(TraceRing.nowUs() - epochUs)
  if (moreContended(lanes, run.keptLanes)) run.keepLanes(lanes)
  if (point.part !== undefined && moreContended(lanes, run.keptPartLanes(point.part))) run.keepPartLanes(point.part, lanes)
  return result
}

/** The most workers wins; on a tie the later point. */
function moreContended(lanes: LaneTimeline, kept: LaneTimeline | undefined): boolean {
  return kept === undefined || lanes.workers >= kept.workers
}
