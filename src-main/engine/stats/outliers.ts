/**
 * Outlier detection as hyperfine does it (`src/outlier_detection.rs`, after Iglewicz & Hoaglin
 * 1993): a robust Z-score from the median and the median absolute deviation (MAD), so that the
 * outliers themselves cannot inflate the yardstick the way they inflate a standard deviation.
 */
import { median, medianAbsoluteDeviation } from 'simple-statistics'
import { assertFiniteSamples } from './summary'

/** Scales the MAD to a standard-deviation estimate for normal data (1 / 1.4826). */
export const MAD_TO_SIGMA = 0.6745

/**
 * hyperfine flags |(x - median) / MAD| > 1.4826 * 10 = 14.826, i.e. a sample more than ten
 * (robust) standard deviations from the median. Written in terms of the conventional modified
 * Z-score 0.6745 (x - median) / MAD this is the same test with threshold 10. The threshold is
 * deliberately loose: benchmarks are noisy and we only want to flag real disturbances.
 */
export const OUTLIER_THRESHOLD = 10

/**
 * Modified Z-scores 0.6745 (x - median) / MAD. When more than half the samples are identical the
 * MAD is 0; like hyperfine we then divide by the smallest positive double instead, so any sample
 * that differs at all from the median counts as an outlier and identical ones score 0.
 */
export function modifiedZScores(samples: readonly number[]): number[] {
  assertFiniteSamples(samples)
  const m = median(samples)
  const mad = medianAbsoluteDeviation(samples)
  const scale = mad > 0 ? mad : Number.EPSILON
  return samples.map((x) => (MAD_TO_SIGMA * (x - m)) / scale)
}

/** Indices (ascending) of the samples whose |modified Z-score| exceeds `OUTLIER_THRESHOLD`. */
export function outlierIndices(samples: readonly number[]): number[] {
  if (samples.length === 0) return []
  return modifiedZScores(samples).flatMap((z, i) => (Math.abs(z) > OUTLIER_THRESHOLD ? [i] : []))
}
