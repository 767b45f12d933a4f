/**
 * Who holds the global lock and who waits for it (issue 16): after a sweep point's measured
 * repetitions, one more runs with a TraceRing per worker thread, counted in no figure, while
 * startLaneFeed streams its lanes to the view (as the shared-state experiments do:
 * shared-state/traced-repetition.ts). The lock records wait / acquire / release into the ring of
 * the thread that runs it, which the lane reader turns into waiting / holding / running spans.
 *
 * Only worker threads are traced: they share the run's one lock and memory with the engine. A
 * process has its own lock (and no shared memory to record into); the engine thread's runtimes
 * have one thread, so nobody to hand over to.
 */
import type { RuntimeName } from '../../../src-shared/config'
import type { RunEvent } from '../../../src-shared/events'
import { translateEn } from '../../../src-shared/i18n/translate'
import { globalLockLaneLabel } from '../../../src-shared/lane-labels'
import type { LaneTimeline } from '../../../src-shared/lane-timeline'
import type { Task } from '../../../src-shared/protocol'
import { RUNTIME_TRAITS } from '../../../src-shared/runtime-traits'
import { TraceRing } from '../../../src-workers/sync/trace-ring'
import type { TaskExecutor } from '../executor'
import { globalLockTracer } from '../global-lock-executor'
import type { Clock } from '../measure/clock'
import { CheckFailedError, type SweepWorkload } from './experiment'
import { startLaneFeed } from './shared-state/lane-feed'
import { measureTraceCostNs } from './shared-state/traced-repetition'
import { runRepetition } from './sweep-point'

/** Events a thread's ring holds between two polls (100 ms); a hand-over every few ms fits many times over. */
const RING_CAPACITY = 16_384

/** What a sweep run keeps of its traced repetitions: the most contended one (most workers, the later on a tie). */
export interface SweepLanes {
  kept: LaneTimeline | undefined
  costNsPerEvent: number | undefined
}

export interface TracedSweepPoint {
  runId: string
  runtime: RuntimeName
  workers: number
  clock: Clock
  signal: AbortSignal
  emit(event: RunEvent): void
}

let nextTraceId = 1

/** True when a point on this executor gets a traced repetition: global-lock mode on worker threads. */
export function tracesGlobalLock(executor: TaskExecutor, runtime: RuntimeName): boolean {
  return RUNTIME_TRAITS[runtime].workerThread && globalLockTracer(executor) !== undefined
}

/** Runs the traced repetition (answers still checked) and keeps its timeline in `lanes` if it is the most contended so far. */
export async function tracedSweepRepetition<T extends Task>(workload: SweepWorkload<T>, executor: TaskExecutor, point: TracedSweepPoint, lanes: SweepLanes): Promise<void> {
  const tracer = globalLockTracer(executor)
  if (!tracer) return
  lanes.costNsPerEvent ??= measureTraceCostNs()
  const epochUs = TraceRing.nowUs()
  const rings = Array.from({ length: point.workers }, (_, ringId) => TraceRing.create({ capacity: RING_CAPACITY, epochUs, ringId }))
  const trace = { id: nextTraceId++, claim: new SharedArrayBuffer(4), rings: rings.map((r) => r.handle) }
  const feed = startLaneFeed({
    runId: point.runId,
    workers: point.workers,
    label: globalLockLaneLabel(translateEn, point.workers),
    rings,
    startUs: TraceRing.nowUs() - epochUs,
    emit: (e) => point.emit(e),
    costNsPerEvent: lanes.costNsPerEvent,
  })
  const traced: TaskExecutor = { ...executor, run: tracer(trace).run }
  let timeline: LaneTimeline
  try {
    // Round -1: in no schedule round, and the repetition is dropped after its answers are checked.
    const rep = await runRepetition(workload, traced, point.workers, point.clock, point.signal, -1)
    const check = workload.check(rep.outcomes.map((o) => o.result))
    if (!check.ok) throw new CheckFailedError(workload.options.workload, check)
  } finally {
    timeline = feed.stop(TraceRing.nowUs() - epochUs)
  }
  if (lanes.kept === undefined || timeline.workers >= lanes.kept.workers) lanes.kept = timeline
}
