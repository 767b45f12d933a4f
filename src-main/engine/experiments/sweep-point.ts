/**
 * One repetition of a sweep point, and a point assembled from its measured repetitions. A
 * repetition's wall time runs from handing the first task to the executor until the last answer
 * is back, on a warm pool, so spawn cost is not in it (the `spawn` experiment measures that).
 */
import type { RuntimeName } from '../../../src-shared/config'
import { RUNTIME_TRAITS } from '../../../src-shared/runtime-traits'
import type { Task } from '../../../src-shared/protocol'
import type { Check, Point, Span } from '../../../src-shared/report'
import type { TaskExecutor, TaskOutcome } from '../executor'
import type { Clock } from '../measure/clock'
import { cpuDeltaMs, cpuSnapshot } from '../measure/cpu'
import { summarize, summarizeTimes } from '../stats/summary'
import type { SweepWorkload } from './experiment'
import { globalLockFigures } from './global-lock-figures'

export interface Repetition<T extends Task> {
  wallMs: number
  cpuUserMs: number
  cpuSystemMs: number
  outcomes: Array<TaskOutcome<T>>
  startedAtEpochMs: number
  /** Schedule round it was taken in (measured rounds only, from 0). */
  round: number
}

export async function runRepetition<T extends Task>(
  workload: SweepWorkload<T>,
  executor: TaskExecutor,
  workers: number,
  clock: Clock,
  signal: AbortSignal,
  round: number,
): Promise<Repetition<T>> {
  const tasks = workload.tasks(workers)
  const cpuBefore = cpuSnapshot()
  const startedAtEpochMs = clock.epochMs()
  const t0 = clock.now()
  const outcomes = await Promise.all(tasks.map((task) => executor.run(task, signal)))
  const wallMs = clock.now() - t0
  const engineCpu = cpuDeltaMs(cpuBefore, cpuSnapshot())
  // Child processes' CPU is not in the engine's own counter: add what each reported for its tasks.
  const outside = executor.cpuOutsideEngine ? outcomes : []
  return {
    wallMs,
    cpuUserMs: engineCpu.userMs + outside.reduce((sum, o) => sum + o.timing.cpuUserUs / 1000, 0),
    cpuSystemMs: engineCpu.systemMs + outside.reduce((sum, o) => sum + o.timing.cpuSystemUs / 1000, 0),
    outcomes,
    startedAtEpochMs,
    round,
  }
}

/** A point from its measured repetitions (at least one), before the figures that need other points. */
export function assemblePoint<T extends Task>(
  workload: SweepWorkload<T>,
  runtime: RuntimeName,
  workers: number,
  logicalCores: number,
  measured: ReadonlyArray<Repetition<T>>,
  check: Check,
  seed: number,
): Point {
  const samplesMs = measured.map((r) => r.wallMs)
  const last = measured[measured.length - 1]
  if (!last) throw new Error(`A point needs at least one measured repetition (${runtime} at ${workers} workers had none)`)
  return {
    workers,
    // In-process runtimes have one thread whatever their size: their tasks in flight share no cores.
    oversubscribed: RUNTIME_TRAITS[runtime].parallel && workers > logicalCores,
    samplesMs,
    samplesStartedAtMs: measured.map((r) => r.startedAtEpochMs),
    samplesRound: measured.map((r) => r.round),
    stats: summarizeTimes(samplesMs, seed),
    cpu: { userMs: summarize(measured.map((r) => r.cpuUserMs)).median, systemMs: summarize(measured.map((r) => r.cpuSystemMs)).median },
    speedup: null,
    efficiency: null,
    check,
    timeline: timelineOf(last),
    // Every measured repetition, for the trace export; the report caps them all together (trace-cap.ts).
    traces: measured.map((rep, repetition) => ({ repetition, round: rep.round, startedAtMs: rep.startedAtEpochMs, spans: timelineOf(rep) })),
    ...globalLockFigures(measured),
    ...(workload.pointExtras?.(
      measured.map((r) => r.outcomes),
      samplesMs,
    ) ?? {}),
  }
}

function timelineOf<T extends Task>(rep: Repetition<T>): Span[] {
  return rep.outcomes.map((o, i) => ({
    worker: o.slot,
    startMs: Math.max(0, o.timing.startedAtEpochMs - rep.startedAtEpochMs),
    endMs: Math.max(0, o.timing.endedAtEpochMs - rep.startedAtEpochMs),
    label: `task ${i + 1}`,
  }))
}

/** Graceful close, or immediate destroy when the run was cancelled. Never throws. */
export async function closeQuietly(executor: TaskExecutor, signal: AbortSignal): Promise<void> {
  try {
    if (signal.aborted) await executor.destroy(signal.reason)
    else await executor.close()
  } catch {
    // Closing is best effort: the executor's own lifecycle kills what does not stop.
  }
}
