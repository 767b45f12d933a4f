/**
 * The locks experiment's figures from its repetitions, pure: cost per acquire+release, the
 * harness's cost beside it, and fairness (Jain's index over the threads' acquisition counts,
 * max/min share), with each thread's waits. Tested against hand-computed values.
 */
import type { LocksResult } from '../../../../src-shared/protocol'
import type { LocksFigure, MedianInterval } from '../../../../src-shared/locks-report'
import type { Summary } from '../../../../src-shared/report'
import { finePercentilesUs } from './micro-point'

/** One repetition, as the threads reported it. */
export interface LocksRepetition {
  results: LocksResult[]
  /** The shared count the threads updated inside the lock (or claimed, without one). */
  taken: number
}

/**
 * Jain's fairness index (Jain, Chiu, Hawe 1984): (Σx)² / (n Σx²). 1 when every thread got the
 * same, 1/n when one got everything; 1 for one thread. Undefined for all zeros: reported as 0
 * only if nobody got anything, which a completed repetition never has.
 */
export function jainIndex(counts: readonly number[]): number {
  const sum = counts.reduce((a, b) => a + b, 0)
  const squares = counts.reduce((a, b) => a + b * b, 0)
  return squares === 0 ? 0 : (sum * sum) / (counts.length * squares)
}

/** Acquisitions of one repetition, all threads. */
export const acquisitionsOf = (rep: LocksRepetition): number => rep.results.reduce((a, r) => a + r.acquisitions, 0)

/** Wall time of the repetition (first start to last end, one process-wide clock) per acquisition, µs. */
export function costPerAcquisitionUs(rep: LocksRepetition): number {
  const n = acquisitionsOf(rep)
  if (n === 0) throw new Error('locks: a repetition completed no acquisition, so it has no cost per acquisition')
  const start = Math.min(...rep.results.map((r) => r.startUs))
  const end = Math.max(...rep.results.map((r) => r.endUs))
  return Math.max(0, end - start) / n
}

/** The µs interval of a point's summary (whose unit is ms). */
export function intervalUs(stats: Summary): MedianInterval {
  return {
    n: stats.n,
    median: stats.median * 1000,
    ci95: [Math.max(0, stats.ci95[0] * 1000), Math.max(0, stats.ci95[1] * 1000)],
    ciMethod: stats.ciMethod === 'bootstrap-percentile-median' ? 'bootstrap-percentile-median' : 'range',
  }
}

export interface FairnessFigures {
  acquisitionsPerWorker: number[]
  waitP99UsPerWorker: number[]
  waitMeanUsPerWorker: number[]
  waitUs: LocksFigure['waitUs']
  fairness: number
  maxShare: number
  minShare: number
}

/** Per-thread counts and waits summed over the measured repetitions (thread i is index i in each). */
export function fairnessOf(reps: readonly LocksRepetition[], threads: number): FairnessFigures {
  const perWorker = Array.from({ length: threads }, (_, i) => reps.flatMap((rep) => rep.results.filter((_, j) => j === i)))
  const counts = perWorker.map((rs) => rs.reduce((a, r) => a + r.acquisitions, 0))
  const waits = perWorker.map((rs) => rs.flatMap((r) => r.waitsUs))
  const total = counts.reduce((a, b) => a + b, 0)
  const all = waits.flat()
  const latency = all.length > 0 ? finePercentilesUs(all) : { p50: 0, p90: 0, p99: 0, max: 0, mean: 0, count: 0 }
  return {
    acquisitionsPerWorker: counts,
    waitP99UsPerWorker: waits.map((w) => (w.length > 0 ? finePercentilesUs(w).p99 : 0)),
    waitMeanUsPerWorker: waits.map((w) => (w.length > 0 ? w.reduce((a, b) => a + b, 0) / w.length : 0)),
    waitUs: latency,
    fairness: jainIndex(counts),
    maxShare: total > 0 ? Math.max(...counts) / total : 0,
    minShare: total > 0 ? Math.min(...counts) / total : 0,
  }
}
