/**
 * Report fields of priority inversion (issue 17): per variant (inversion, or the fix: inheritance),
 * the medium process's work units that ended while the high one waited for the lock the low one
 * held: a count, never a duration. Optional on Point (report-point.ts).
 */
import { z } from 'zod'

export const PRIORITY_VARIANTS = ['inversion', 'inheritance'] as const
export type PriorityVariant = (typeof PRIORITY_VARIANTS)[number]
/** Why a variant could not be observed here. */
export const PRIORITY_UNOBSERVABLE = ['macos', 'no-pinning', 'no-taskset', 'cannot-raise', 'threads'] as const
export type PriorityUnobservable = (typeof PRIORITY_UNOBSERVABLE)[number]

const units = z.number().int().min(0).max(1e9)
const nice = z.number().int().min(-20).max(19)

export const PriorityFiguresSchema = z.object({
  variant: z.enum(PRIORITY_VARIANTS),
  /** The high one got the lock within the bound (otherwise the count covers nothing). */
  highGotLock: z.boolean(),
  /** The medium's work units that ended between the high one's ask and its get. */
  mediumUnitsWhileHighWaited: units,
  mediumUnits: units,
  /** Units the low one did holding the lock. */
  lowUnits: units,
  /** Inheritance: the holder was raised to the waiter's priority (false: refused, or the inversion variant). */
  boosted: z.boolean(),
  nices: z.object({ low: nice, medium: nice, high: nice }),
  cpu: z.number().int().min(0).max(4096),
})
export type PriorityFigures = z.infer<typeof PriorityFiguresSchema>

export const PRIORITY_POINT_FIELDS = {
  priority: PriorityFiguresSchema.optional(),
}
