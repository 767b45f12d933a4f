/**
 * Report fields of starvation (issue 17), beside the locks figures the point also carries
 * (`Point.locks`: shares, Jain's index, waits): each thread's share of the acquisitions as a
 * fraction, its longest wait, and how many threads got less than half a fair share.
 */
import { z } from 'zod'
import { nonNegative } from './numbers'

const WEEK_US = 7 * 24 * 3600 * 1e6

export const StarvationFiguresSchema = z.object({
  /** Acquisitions of every thread over the measured repetitions: the sum of `Point.locks.acquisitionsPerWorker`. */
  total: z.number().int().min(0).max(1e12),
  /** Each thread's share of `total` (index = thread); they sum to 1 when total > 0. */
  shares: z.array(z.number().min(0).max(1)).min(1).max(64),
  /** Each thread's longest single wait for the lock, µs. */
  waitMaxUsPerWorker: z.array(nonNegative.max(WEEK_US)).min(1).max(64),
  /** Threads that got less than half of a fair share (1 / threads): starved. */
  starvedThreads: z.number().int().min(0).max(64),
})
export type StarvationFigures = z.infer<typeof StarvationFiguresSchema>

export const STARVATION_POINT_FIELDS = {
  starvation: StarvationFiguresSchema.optional(),
}
