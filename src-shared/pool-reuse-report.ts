/**
 * Report fields of pool reuse (issue 18): per point (one way on one runtime) the per-task cost
 * with its interval, how many tasks answered right, and on the spawn-per-task point the ratio
 * spawn / pool with its interval. Optional on Point (report-point.ts), so older reports parse.
 */
import { z } from 'zod'
import { nonNegative } from './numbers'
import { POOL_REUSE_TASKS, POOL_REUSE_WAYS } from './workloads/pool-reuse'
import { StartMethodSchema } from './python'

const count = z.number().int().min(0).max(1e9)

export const IntervalFigureSchema = z.object({
  median: nonNegative,
  ci95: z.tuple([nonNegative, nonNegative]),
  /** Bootstrap of the median from 5 repetitions, else the range of the values. */
  ciMethod: z.enum(['bootstrap-percentile-median', 'range']),
})
export type IntervalFigure = z.infer<typeof IntervalFigureSchema>

export const PoolReuseFiguresSchema = z.object({
  way: z.enum(POOL_REUSE_WAYS),
  task: z.enum(POOL_REUSE_TASKS),
  /** T: tasks per measured repetition. */
  tasksPerRepetition: z.number().int().min(1).max(200),
  repetitions: z.number().int().min(1).max(1_000_000),
  /** T × repetitions, and how many of them answered with the known result. */
  expected: count,
  answered: count,
  /** Wall time of a repetition divided by T, in ms. */
  perTaskMs: IntervalFigureSchema,
  /** spawn-per-task point only: its per-task cost over the warm pool's, repetitions paired. */
  spawnOverPool: IntervalFigureSchema.optional(),
  /** CPython processes: how multiprocessing started them (spawn, fork, forkserver). */
  startMethod: StartMethodSchema.optional(),
})
export type PoolReuseFigures = z.infer<typeof PoolReuseFiguresSchema>

/** The optional Point fields, spread into PointSchema. */
export const POOL_REUSE_POINT_FIELDS = {
  poolReuse: PoolReuseFiguresSchema.optional(),
}
