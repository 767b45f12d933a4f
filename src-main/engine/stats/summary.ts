/**
 * Summary statistics of one point's repetitions (milliseconds, or any unit: the function is
 * unit-free). Pure and tested against reference values, like tinybench's own stats module.
 * The arithmetic is delegated to simple-statistics and the t quantile to stdlib so that nothing
 * here is hand-rolled numerics.
 */
import tQuantile from '@stdlib/stats-base-dists-t-quantile'
import { max, mean, median, min, sampleStandardDeviation } from 'simple-statistics'
import type { Summary } from '../../../src-shared/report'
import { BOOTSTRAP_RESAMPLES, MIN_INTERVAL_SAMPLES, bootstrapMedianInterval } from './bootstrap'

/** Two-sided 95%: the upper 2.5% tail of Student's t. */
const CI_QUANTILE = 0.975

/** Throws unless `samples` is a non-empty list of finite numbers. */
export function assertFiniteSamples(samples: readonly number[], what = 'samples'): void {
  if (samples.length === 0) throw new Error(`Cannot summarise ${what}: the list is empty`)
  const bad = samples.findIndex((x) => !Number.isFinite(x))
  if (bad !== -1) throw new Error(`Cannot summarise ${what}: value at index ${bad} is ${String(samples[bad])}, not a finite number`)
}

export function summarize(samples: readonly number[]): Summary {
  assertFiniteSamples(samples)
  const n = samples.length
  const m = mean(samples)
  // With one sample there is no spread to estimate: stddev 0 and a zero-width interval, as the
  // report schema documents, instead of the NaN that n - 1 = 0 would give.
  const stddev = n > 1 ? sampleStandardDeviation(samples) : 0
  const half = n > 1 ? tQuantile(CI_QUANTILE, n - 1) * (stddev / Math.sqrt(n)) : 0
  return {
    n,
    median: median(samples),
    mean: m,
    stddev,
    min: min(samples),
    max: max(samples),
    ci95: [m - half, m + half],
  }
}

/**
 * Summary of a point's times (positive, skewed): as `summarize`, but `ci95` is the bootstrap
 * interval of the median, and below 5 samples the range [min, max] with the reason, since no
 * interval from 2-4 samples deserves the name. Never negative: both lie within the samples.
 */
export function summarizeTimes(samples: readonly number[], seed: number): Summary {
  const base = summarize(samples)
  if (samples.length < MIN_INTERVAL_SAMPLES) return { ...base, ci95: [base.min, base.max], ciMethod: 'range', ciUnavailable: 'few-samples' }
  return { ...base, ci95: bootstrapMedianInterval(samples, seed), ciMethod: 'bootstrap-percentile-median', ciResamples: BOOTSTRAP_RESAMPLES }
}
