/**
 * Intervals for times, which are positive and right-skewed: a percentile bootstrap of the median
 * (Efron & Tibshirani 1993, ch. 13), and of a ratio of medians for speedups. A bootstrap interval
 * of the median lies between the smallest and largest sample, so it can never be negative or
 * claim a time nobody measured, unlike the mean's Student-t interval on 3 skewed samples.
 *
 * Seeded, so a report's intervals can be recomputed from its samples and recorded seed.
 * Coverage is checked by simulation in test/engine/stats/bootstrap.test.ts.
 */
import type { Rng } from './random'
import { seededRng } from './random'

/** Resamples per interval: the 2.5% and 97.5% quantiles then rest on 50 resamples each. */
export const BOOTSTRAP_RESAMPLES = 2000
/** Below this many samples a bootstrap has too few distinct resamples to mean anything. */
export const MIN_INTERVAL_SAMPLES = 5
const LEVEL = 0.95

/** Median of `values`, which it sorts in place. */
function medianInPlace(values: Float64Array): number {
  values.sort()
  const mid = values.length >> 1
  return values.length % 2 === 1 ? values[mid]! : (values[mid - 1]! + values[mid]!) / 2
}

export function medianOf(samples: readonly number[]): number {
  if (samples.length === 0) throw new Error('Cannot take the median of no samples')
  return medianInPlace(Float64Array.from(samples))
}

/** Quantile of sorted values with linear interpolation (R type 7, numpy's default). */
export function quantileSorted(sorted: Float64Array, q: number): number {
  const h = (sorted.length - 1) * q
  const lo = Math.floor(h)
  const hi = Math.min(sorted.length - 1, lo + 1)
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!)
}

function percentileInterval(statistics: Float64Array): [number, number] {
  statistics.sort()
  return [quantileSorted(statistics, (1 - LEVEL) / 2), quantileSorted(statistics, 1 - (1 - LEVEL) / 2)]
}

function resampleMedian(samples: readonly number[], indices: Int32Array | null, rng: Rng, scratch: Float64Array): number {
  const n = samples.length
  for (let i = 0; i < n; i++) {
    const k = indices ? indices[i]! : Math.floor(rng() * n)
    scratch[i] = samples[k]!
  }
  return medianInPlace(scratch)
}

function assertPositiveSamples(samples: readonly number[], what: string): void {
  if (samples.length < MIN_INTERVAL_SAMPLES) throw new Error(`A bootstrap of ${what} needs at least ${MIN_INTERVAL_SAMPLES} samples, got ${samples.length}`)
  const bad = samples.findIndex((x) => !Number.isFinite(x) || x < 0)
  if (bad !== -1) throw new Error(`Cannot bootstrap ${what}: value at index ${bad} is ${String(samples[bad])}, not a finite time`)
}

/** 95% percentile-bootstrap interval of the median. */
export function bootstrapMedianInterval(samples: readonly number[], seed: number, resamples = BOOTSTRAP_RESAMPLES): [number, number] {
  assertPositiveSamples(samples, 'a median')
  const rng = seededRng(seed)
  const scratch = new Float64Array(samples.length)
  const medians = new Float64Array(resamples)
  for (let b = 0; b < resamples; b++) medians[b] = resampleMedian(samples, null, rng, scratch)
  return percentileInterval(medians)
}

/**
 * 95% percentile-bootstrap interval of median(numerator) / median(denominator), e.g. a speedup
 * T(1) / T(p). `paired`: sample i of both lists was taken in the same schedule round, so the
 * rounds are resampled together and a disturbance that hit both cancels in the ratio (both lists
 * must then have the same length). Null when a resampled denominator median is 0 (broken timer).
 */
export function bootstrapRatioInterval(numerator: readonly number[], denominator: readonly number[], seed: number, paired: boolean, resamples = BOOTSTRAP_RESAMPLES): [number, number] | null {
  assertPositiveSamples(numerator, 'a ratio')
  assertPositiveSamples(denominator, 'a ratio')
  if (paired && numerator.length !== denominator.length) throw new Error(`Paired samples must have equal lengths, got ${numerator.length} and ${denominator.length}`)
  const rng = seededRng(seed)
  const scratchA = new Float64Array(numerator.length)
  const scratchB = new Float64Array(denominator.length)
  const indices = paired ? new Int32Array(numerator.length) : null
  const ratios = new Float64Array(resamples)
  for (let b = 0; b < resamples; b++) {
    if (indices) for (let i = 0; i < indices.length; i++) indices[i] = Math.floor(rng() * indices.length)
    const top = resampleMedian(numerator, indices, rng, scratchA)
    const bottom = resampleMedian(denominator, indices, rng, scratchB)
    if (!(bottom > 0)) return null
    ratios[b] = top / bottom
  }
  return percentileInterval(ratios)
}

/**
 * 95% percentile-bootstrap interval of median(measured) - factor × median(reference), e.g. the
 * time an oversubscribed point takes beyond its ideal. The two lists come from separate points,
 * so each is resampled on its own. Unlike a time, this difference may be negative or span 0:
 * whoever shows it must say "within noise" then (stats/difference.ts), never print a negative cost.
 */
export function bootstrapDifferenceInterval(measured: readonly number[], reference: readonly number[], factor: number, seed: number, resamples = BOOTSTRAP_RESAMPLES): [number, number] {
  assertPositiveSamples(measured, 'a difference')
  assertPositiveSamples(reference, 'a difference')
  const rng = seededRng(seed)
  const scratchA = new Float64Array(measured.length)
  const scratchB = new Float64Array(reference.length)
  const differences = new Float64Array(resamples)
  for (let b = 0; b < resamples; b++) differences[b] = resampleMedian(measured, null, rng, scratchA) - factor * resampleMedian(reference, null, rng, scratchB)
  return percentileInterval(differences)
}
