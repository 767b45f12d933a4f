/**
 * One lock-reentry point from R outcomes, whoever produced them (the lab's locks in worker
 * threads, CPython's in an interpreter): the outcome counts, the median wait of the timed-out
 * acquires (information only), and the repetitions' times as the samples a point must have.
 */
import type { Point } from '../../../src-shared/report'
import { countOutcomes, type ReentryApi } from '../../../src-shared/lock-reentry-report'
import { REENTRY_LOCKS, REENTRY_PROBES, type ReentryLock, type ReentryOutcome, type ReentryProbe } from '../../../src-shared/workloads/lock-reentry'
import { medianOf } from '../stats/bootstrap'
import { deriveSeed } from '../stats/random'
import { summarizeTimes } from '../stats/summary'

/** Every (lock, probe) pair, in the order the points and tables show them. */
export const REENTRY_CASES: ReadonlyArray<{ lock: ReentryLock; probe: ReentryProbe }> = REENTRY_PROBES.flatMap((probe) => REENTRY_LOCKS.map((lock) => ({ lock, probe })))

export interface ReentryProbeRun {
  api: ReentryApi
  lock: ReentryLock
  probe: ReentryProbe
  timeoutMs: number
  outcomes: ReentryOutcome[]
  /** Parallel to `outcomes`: a timed-out acquire's wait, else null. */
  waitsMs: Array<number | null>
  repetitionMs: number[]
}

export function reentryPoint(r: ReentryProbeRun, seed: number): Point {
  const waits = r.waitsMs.filter((w): w is number => w !== null)
  const samplesMs = r.repetitionMs.map((ms) => Math.max(0, ms))
  return {
    workers: r.probe === 'reenter' ? 1 : 2,
    oversubscribed: false,
    samplesMs,
    stats: summarizeTimes(samplesMs, deriveSeed(seed, `${r.lock}/${r.probe}`)),
    speedup: null,
    efficiency: null,
    // What each lock does is the finding (and differs between CPython and the lab): not a check.
    check: { expected: null, actual: null, ok: true, source: 'none' },
    variant: `${r.lock}/${r.probe}`,
    // Outcomes are the finding; the probes' times are not repetitions to compare (no repetition warnings).
    samplesKind: 'operation',
    lockReentry: {
      api: r.api,
      lock: r.lock,
      probe: r.probe,
      repetitions: r.outcomes.length,
      timeoutMs: r.timeoutMs,
      outcomes: countOutcomes(r.outcomes),
      timedOutWaitMs: waits.length > 0 ? Math.max(0, medianOf(waits)) : null,
    },
  }
}
