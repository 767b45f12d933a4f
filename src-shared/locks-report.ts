/**
 * Report fields of the `locks` experiment, on each of its points (`Point.locks`, optional like
 * every micro field, so older reports still parse). The point's own `samplesMs`/`stats` hold the
 * cost per acquire+release of each measured repetition (wall time / acquisitions); here sit the
 * case (wait mode, order, threads, work), the harness's cost beside it, and who got the lock how
 * often and after how long a wait.
 */
import { z } from 'zod'
import { nonNegative } from './numbers'
import { LOCK_ORDERS, LOCK_WAITS } from './workloads/locks'

/** A week in µs: far above any real wait or cost, far below what a corrupt file might hold. */
const WEEK_US = 7 * 24 * 3600 * 1e6
const us = nonNegative.refine((n) => n <= WEEK_US, 'must be at most a week in µs')
const share = nonNegative.refine((n) => n <= 1, 'must be a share between 0 and 1')
const count = z.number().int().min(0).max(1e12)

/** A median with its 95% interval (bootstrap of the median; the range below 5 samples). */
export const MedianIntervalSchema = z.object({
  n: z.number().int().min(1),
  median: us,
  ci95: z.tuple([us, us]),
  ciMethod: z.enum(['bootstrap-percentile-median', 'range']),
})
export type MedianInterval = z.infer<typeof MedianIntervalSchema>

export const LocksFigureSchema = z.object({
  wait: z.enum(LOCK_WAITS),
  order: z.enum(LOCK_ORDERS),
  threads: z.number().int().min(1).max(64),
  criticalWork: count,
  outsideWork: count,
  /** Cost per acquire+release in µs (the point's stats, in µs for reading). */
  costUs: MedianIntervalSchema,
  /** The same loop, clock readings and busy work without the lock, per acquisition: the harness's own share. */
  harnessUs: MedianIntervalSchema,
  /** Acquisitions each thread got, summed over the measured repetitions (index = thread). */
  acquisitionsPerWorker: z.array(count).min(1).max(64),
  /** Each thread's 99th-percentile and mean wait for the lock, µs (0 for a thread that got none). */
  waitP99UsPerWorker: z.array(us).min(1).max(64),
  waitMeanUsPerWorker: z.array(us).min(1).max(64),
  /** Every wait of every measured repetition, µs. */
  waitUs: z.object({ p50: us, p90: us, p99: us, max: us, mean: us, count }),
  /** Jain's index over the per-thread acquisitions: 1 = equal shares, 1/threads = one thread took all. */
  fairness: share,
  maxShare: share,
  minShare: share,
  /** Measured repetitions cut short by the time budget (their acquisitions still count). */
  truncatedRepetitions: z.number().int().min(0).max(10_000),
})
export type LocksFigure = z.infer<typeof LocksFigureSchema>
