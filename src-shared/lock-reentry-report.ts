/**
 * Report fields of lock-reentry (workloads/lock-reentry.ts): per lock kind and probe, which API
 * was tested, how many of the R repetitions ended each way, and (for information only) the
 * measured wait of a timed-out acquire. Optional on Point (report-point.ts), so older reports parse.
 */
import { z } from 'zod'
import { nonNegative } from './numbers'
import { MAX_REENTRY_REPETITIONS, REENTRY_LOCKS, REENTRY_OUTCOMES, REENTRY_PROBES, type ReentryOutcome } from './workloads/lock-reentry'

const count = z.number().int().min(0).max(MAX_REENTRY_REPETITIONS)

/** `cpython`: `threading.Lock` / `threading.RLock`; `lab`: the lab's Mutex / RecursiveMutex (src-workers/sync). */
export const REENTRY_APIS = ['cpython', 'lab'] as const
export type ReentryApi = (typeof REENTRY_APIS)[number]

export const LockReentryFiguresSchema = z.object({
  api: z.enum(REENTRY_APIS),
  lock: z.enum(REENTRY_LOCKS),
  probe: z.enum(REENTRY_PROBES),
  repetitions: z.number().int().min(1).max(MAX_REENTRY_REPETITIONS),
  /** T, the probing acquire's timeout. */
  timeoutMs: z.number().int().min(0).max(60_000),
  /** How many repetitions ended each way; they add up to `repetitions`. */
  outcomes: z.object({ acquired: count, 'timed-out': count, refused: count, released: count }),
  /** Median measured wait of the timed-out acquires (ms), for information only; null when none timed out. */
  timedOutWaitMs: nonNegative.nullable(),
})
export type LockReentryFigures = z.infer<typeof LockReentryFiguresSchema>

export function countOutcomes(outcomes: readonly ReentryOutcome[]): LockReentryFigures['outcomes'] {
  const counts = { acquired: 0, 'timed-out': 0, refused: 0, released: 0 }
  for (const o of outcomes) counts[o] += 1
  return counts
}

/** The outcome every repetition ended in, or null when they differed (a mixed count). */
export function unanimousOutcome(f: LockReentryFigures): ReentryOutcome | null {
  return REENTRY_OUTCOMES.find((o) => f.outcomes[o] === f.repetitions) ?? null
}

/** The optional Point fields, spread into PointSchema. */
export const LOCK_REENTRY_POINT_FIELDS = {
  lockReentry: LockReentryFiguresSchema.optional(),
}
