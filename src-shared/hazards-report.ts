/**
 * Report fields of the hazard experiments (issue 17): per deadlock variant how often it deadlocked
 * over the repetitions, how it was found, the cycle, and what a completed pair of acquisitions
 * cost; per livelock variant the work done (thread CPU, busy-loop iterations) against the progress
 * made (completions) and the retries. Optional on Point (report-point.ts), so older reports parse.
 */
import { z } from 'zod'
import { DEADLOCK_VARIANTS, MAX_RING } from './workloads/deadlock'
import { LIVELOCK_VARIANTS } from './workloads/livelock'
import { nonNegative } from './numbers'
import type { WaitForGraph } from './wait-for-graph'

const count = z.number().int().min(0).max(1e15)
const perWorker = <T extends z.ZodType>(item: T) => z.array(item).max(MAX_RING)
const ring = z.number().int().min(0).max(MAX_RING - 1)

export const DeadlockCycleSchema = z.object({ workers: z.array(ring).min(1).max(MAX_RING), locks: z.array(ring).min(1).max(MAX_RING) })

export const WaitForGraphSchema = z.object({
  workers: z.number().int().min(1).max(MAX_RING),
  locks: z.number().int().min(1).max(MAX_RING),
  holds: z.array(z.object({ worker: ring, lock: ring })).max(MAX_RING),
  waits: z.array(z.object({ worker: ring, lock: ring, kind: z.enum(['blocks', 'tries']) })).max(MAX_RING),
  cycle: DeadlockCycleSchema.optional(),
}) satisfies z.ZodType<WaitForGraph>

export const DeadlockFiguresSchema = z.object({
  variant: z.enum(DEADLOCK_VARIANTS),
  workers: z.number().int().min(2).max(MAX_RING),
  repetitions: z.number().int().min(1).max(1_000_000),
  /** Repetitions that deadlocked: found by the wait-for graph, or (should the graph miss one) by a wait reaching its bound. */
  deadlocked: count,
  foundByGraph: count,
  foundByTimeout: count,
  /** The first cycle found, as the graph showed it. */
  cycle: DeadlockCycleSchema.optional(),
  /** Pairs of acquisitions completed, all repetitions and workers. */
  pairs: count,
  /** try-backoff: first locks given back after a failed try. */
  retries: count,
  /** Wall time per completed pair in the repetitions that finished (median, interval), µs; null when none finished. */
  usPerPair: z.object({ median: nonNegative, ci95: z.tuple([nonNegative, nonNegative]) }).nullable(),
  /** Each worker's CPU time per repetition (mean), null where the OS does not give thread CPU time. */
  cpuMsPerWorker: perWorker(nonNegative.nullable()),
})
export type DeadlockFigures = z.infer<typeof DeadlockFiguresSchema>

export const LivelockFiguresSchema = z.object({
  variant: z.enum(LIVELOCK_VARIANTS),
  repetitions: z.number().int().min(1).max(1_000_000),
  /** Summed over the repetitions, per worker. */
  completionsPerWorker: perWorker(count),
  retriesPerWorker: perWorker(count),
  /** Busy-loop iterations: work done, whatever it achieved. */
  spinsPerWorker: perWorker(count),
  /** Thread CPU time per repetition (mean), from /proc/thread-self/stat; null off Linux. */
  cpuMsPerWorker: perWorker(nonNegative.nullable()),
  /** Retries per completion, both workers; null when nothing completed (a perfect livelock). */
  retriesPerCompletion: nonNegative.nullable(),
})
export type LivelockFigures = z.infer<typeof LivelockFiguresSchema>

export const HAZARD_POINT_FIELDS = {
  deadlock: DeadlockFiguresSchema.optional(),
  livelock: LivelockFiguresSchema.optional(),
}
