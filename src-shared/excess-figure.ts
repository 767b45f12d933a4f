/**
 * What the oversubscription table shows as the "excess" (the cost of switching beyond the ideal),
 * for the CLI, the exports and the app alike: a cost only where its interval lies above 0; else
 * "within noise" with the noise's size (the interval lies within ±noise), never a negative time.
 * Reports written before the interval was recorded: a non-positive excess is within noise of
 * unknown size. The one-per-core point is the reference: no excess at all.
 */
import type { z } from 'zod'
import type { OversubscriptionSchema } from './micro-report'

type Oversubscription = z.infer<typeof OversubscriptionSchema>

export type ExcessFigure =
  | { kind: 'cost'; ms: number; share: number; ci95: [number, number] | null; perSwitchUs: number | null }
  | { kind: 'within-noise'; noiseMs: number | null }
  /** One busy worker per core: the point the ideal is built on has no excess of its own. */
  | { kind: 'reference' }

export function excessFigure(o: Oversubscription, workers: number): ExcessFigure {
  if (workers <= o.cores) return { kind: 'reference' }
  const ci = o.excessCi95 ?? null
  const within = o.excessWithinNoise ?? o.excessMs <= 0
  if (within) return { kind: 'within-noise', noiseMs: ci ? Math.max(Math.abs(ci[0]), Math.abs(ci[1])) : null }
  return { kind: 'cost', ms: o.excessMs, share: o.excessShare, ci95: ci, perSwitchUs: o.excessPerSwitchUs }
}
