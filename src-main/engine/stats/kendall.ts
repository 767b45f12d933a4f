/**
 * Kendall's tau-b between two lists and its two-sided p-value from the normal approximation with
 * the tie-corrected variance, as scipy.stats.kendalltau(method='asymptotic') computes it. Used on
 * (start time, duration) of a point's samples: a significant tau means the times trend over the
 * run (the machine warmed up, throttled or got busy), which the drift warning reports.
 */
import normalCdf from '@stdlib/stats-base-dists-normal-cdf'
import { midRanks } from './mann-whitney'

export interface KendallResult {
  tau: number
  pValue: number
}

function tieSums(values: readonly number[]): { t1: number; t2: number; t3: number } {
  const sizes = midRanks(values).tieSizes
  return {
    t1: sizes.reduce((s, t) => s + t * (t - 1), 0),
    t2: sizes.reduce((s, t) => s + t * (t - 1) * (t - 2), 0),
    t3: sizes.reduce((s, t) => s + t * (t - 1) * (2 * t + 5), 0),
  }
}

/** Null when fewer than 3 pairs, or a list is constant (no order to correlate). */
export function kendallTau(x: readonly number[], y: readonly number[]): KendallResult | null {
  const n = x.length
  if (n !== y.length) throw new Error(`Kendall's tau needs lists of equal length, got ${n} and ${y.length}`)
  if (n < 3) return null
  let concordantMinusDiscordant = 0
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) concordantMinusDiscordant += Math.sign(x[i]! - x[j]!) * Math.sign(y[i]! - y[j]!)
  }
  const pairs = (n * (n - 1)) / 2
  const tx = tieSums(x)
  const ty = tieSums(y)
  const denominator = Math.sqrt((pairs - tx.t1 / 2) * (pairs - ty.t1 / 2))
  if (!(denominator > 0)) return null
  const variance = (n * (n - 1) * (2 * n + 5) - tx.t3 - ty.t3) / 18 + (tx.t1 * ty.t1) / (2 * n * (n - 1)) + (tx.t2 * ty.t2) / (9 * n * (n - 1) * (n - 2))
  const z = concordantMinusDiscordant / Math.sqrt(variance)
  return { tau: concordantMinusDiscordant / denominator, pValue: Math.min(1, 2 * normalCdf(-Math.abs(z), 0, 1)) }
}
