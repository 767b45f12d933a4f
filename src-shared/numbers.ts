/** Number schemas every report part shares: a JSON number that is finite, and one that is also not negative. */
import { z } from 'zod'

export const finite = z.number().refine(Number.isFinite, 'must be a finite number')
export const nonNegative = finite.refine((n) => n >= 0, 'must not be negative')
