/**
 * Report fields of the race (issue 15): what one point's workers were expected to add up to, what
 * the counter really held, and what one increment cost. Optional on Point (report.ts), so reports
 * written before the race still parse.
 */
import { z } from 'zod'
import { nonNegative } from './numbers'

/** A count far above any run (2 million increments × 16 workers × 1000 repetitions is 3.2e10). */
const count = z.number().int().min(0).max(1e15)

export const RaceFiguresSchema = z.object({
  /** Increments each worker made per repetition (K). */
  incrementsPerWorker: count,
  /** Measured repetitions the totals cover (warm-ups are checked but not counted). */
  repetitions: z.number().int().min(1).max(1_000_000),
  /** workers × K × repetitions: what the counter would hold if no update were lost. */
  expected: count,
  /** What the counters really held, summed over the repetitions. */
  actual: count,
  /** expected − actual: updates overwritten by another worker. */
  lost: count,
  /** lost / expected, 0 to 1. */
  lostShare: z.number().min(0).max(1),
  lostByRepetition: z.array(count).max(10_000),
  /** True for the variants that must never lose an update (atomic, mutex, add): checked. */
  exact: z.boolean(),
  /**
   * How much the workers' loops overlapped: the time all of them were running over the time any
   * was (median over repetitions), 0 to 1. Updates can only be lost while loops overlap, so a
   * share near 0 explains a run that lost none.
   */
  overlapShare: z.number().min(0).max(1),
  /** One worker's loop time divided by its increments: the median and its interval (shared stats). */
  nsPerIncrement: z.object({ median: nonNegative, ci95: z.tuple([nonNegative, nonNegative]) }),
})
export type RaceFigures = z.infer<typeof RaceFiguresSchema>

/** The optional Point fields, spread into PointSchema. */
export const RACE_POINT_FIELDS = {
  race: RaceFiguresSchema.optional(),
}
