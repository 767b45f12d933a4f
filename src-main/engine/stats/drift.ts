/**
 * Does a point's time trend over the run? Kendall's tau between each sample's start and its
 * duration says whether there is a monotone trend; the Theil-Sen slope (median of pairwise
 * slopes, robust to an outlier) says how large it is over the span of the run. Both must hold:
 * significant (p < 0.05) and large (the fitted change over the run at least 10% of the median),
 * so a trend of a fraction of a percent on a quiet machine is not flagged.
 */
import { medianOf } from './bootstrap'
import { kendallTau } from './kendall'

export const DRIFT_ALPHA = 0.05
export const DRIFT_MIN_CHANGE = 0.1
/** Below this many samples no trend test has the power to tell. */
export const DRIFT_MIN_SAMPLES = 5

export interface Drift {
  tau: number
  pValue: number
  /** Fitted time at the first and the last sample's start (Theil-Sen line through the medians). */
  fromMs: number
  toMs: number
}

export function detectDrift(startedAtMs: readonly number[], samplesMs: readonly number[]): Drift | null {
  if (samplesMs.length < DRIFT_MIN_SAMPLES || startedAtMs.length !== samplesMs.length) return null
  const trend = kendallTau(startedAtMs, samplesMs)
  if (!trend || !(trend.pValue < DRIFT_ALPHA)) return null
  const slopes: number[] = []
  for (let i = 0; i < samplesMs.length; i++) {
    for (let j = i + 1; j < samplesMs.length; j++) {
      const dt = startedAtMs[j]! - startedAtMs[i]!
      if (dt !== 0) slopes.push((samplesMs[j]! - samplesMs[i]!) / dt)
    }
  }
  if (slopes.length === 0) return null
  const slope = medianOf(slopes)
  const first = Math.min(...startedAtMs)
  const last = Math.max(...startedAtMs)
  // Theil-Sen intercept: the median of y - slope * x, here anchored at the run's midpoint.
  const mid = (first + last) / 2
  const level = medianOf(samplesMs.map((y, i) => y - slope * (startedAtMs[i]! - mid)))
  const fromMs = level + slope * (first - mid)
  const toMs = level + slope * (last - mid)
  const median = medianOf(samplesMs)
  if (!(median > 0) || Math.abs(toMs - fromMs) < DRIFT_MIN_CHANGE * median) return null
  return { tau: trend.tau, pValue: trend.pValue, fromMs, toMs }
}
