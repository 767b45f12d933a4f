/**
 * sleep's convoy mode (issue 16): the figures of one point. The sleeping worker timed each of its
 * wake-ups; only those that ended before the last busy worker finished had a CPU-bound neighbour,
 * so only they count (both sides stamp epoch milliseconds, comparable across threads and
 * processes). With the global lock a woken thread waits for the busy holder to drop the lock (up
 * to about a switch interval); without it, it resumes nearly on time when a core is free.
 */
import type { BusyTask, SleepTask } from '../../../src-shared/protocol'
import type { Point } from '../../../src-shared/report'
import type { TaskOutcome } from '../executor'
import { latencyPercentiles } from '../stats/percentiles'

export type ConvoyFigures = NonNullable<Point['convoy']>

/** The wake-ups of every measured repetition that came while a busy worker was still running. */
export function countedLateness(repetitions: ReadonlyArray<ReadonlyArray<TaskOutcome<SleepTask | BusyTask>>>): number[] {
  return repetitions.flatMap((outcomes) => {
    let lastBusyEnd = -Infinity
    for (const o of outcomes) if (o.result.kind === 'busy') lastBusyEnd = Math.max(lastBusyEnd, o.timing.endedAtEpochMs)
    return outcomes.flatMap((o) => {
      const wakeUps = o.result.kind === 'sleep' ? o.result.wakeUps : undefined
      if (!wakeUps) return []
      return wakeUps.lateMs.filter((late, i) => (wakeUps.atEpochMs[i] ?? Infinity) <= lastBusyEnd && late >= 0)
    })
  })
}

export function convoyFigures(repetitions: ReadonlyArray<ReadonlyArray<TaskOutcome<SleepTask | BusyTask>>>): ConvoyFigures {
  const late = countedLateness(repetitions)
  if (late.length === 0) return { wakeUps: 0, lateMs: null }
  // The shared HDR percentiles count whole microseconds: 3 significant digits at every size.
  const p = latencyPercentiles(late.map((ms) => ms * 1000))
  return { wakeUps: late.length, lateMs: { median: p.p50 / 1000, p90: p.p90 / 1000, p99: p.p99 / 1000 } }
}
