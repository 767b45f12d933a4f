/**
 * A difference of two noisy medians, with its noise: the oversubscription "excess" (measured time
 * minus K/C × the one-per-core time). An interval from the shared bootstrap (bootstrap.ts) from 5
 * samples on each side, else the widest difference the ranges allow. Where that interval reaches 0
 * or below, the difference is within noise: no cost is claimed, and no negative one is shown.
 */
import { MIN_INTERVAL_SAMPLES, bootstrapDifferenceInterval, medianOf } from './bootstrap'

export interface MedianDifference {
  /** median(measured) - factor × median(reference): may be negative, shown only when not within noise. */
  estimate: number
  ci95: [number, number]
  ciMethod: 'bootstrap-difference-of-medians' | 'range'
  /** The interval reaches 0 or below: nothing measured tells a cost from noise. */
  withinNoise: boolean
}

export function medianDifference(measured: readonly number[], reference: readonly number[], factor: number, seed: number): MedianDifference {
  const estimate = medianOf(measured) - factor * medianOf(reference)
  const few = measured.length < MIN_INTERVAL_SAMPLES || reference.length < MIN_INTERVAL_SAMPLES
  const ci95: [number, number] = few
    ? [Math.min(...measured) - factor * Math.max(...reference), Math.max(...measured) - factor * Math.min(...reference)]
    : bootstrapDifferenceInterval(measured, reference, factor, seed)
  return { estimate, ci95, ciMethod: few ? 'range' : 'bootstrap-difference-of-medians', withinNoise: ci95[0] <= 0 }
}
