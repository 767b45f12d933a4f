/**
 * Bootstrap intervals: a reference value from scipy.stats.bootstrap, determinism by seed, and
 * seeded coverage simulations on lognormal samples (times are positive and skewed): about 95% of
 * the intervals must contain the true median (or ratio of medians).
 */
import { describe, expect, it } from 'vitest'
import { bootstrapMedianInterval, bootstrapRatioInterval } from '../../../src-main/engine/stats/bootstrap'
import { type Rng, seededRng } from '../../../src-main/engine/stats/random'

function lognormal(rng: Rng, mu: number, sigma: number, n: number): number[] {
  // Box-Muller; the true median of exp(N(mu, sigma)) is exp(mu).
  return Array.from({ length: n }, () => Math.exp(mu + sigma * Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng())))
}

const SIMULATIONS = 400

describe('bootstrapMedianInterval', () => {
  it('matches scipy on a fixed sample', () => {
    // s = [11.0, 12.5, 10.8, 14.2, 11.7, 13.1, 12.2, 10.9, 15.0, 11.4, 12.0]
    // stats.bootstrap((s,), np.median, method='percentile', n_resamples=100000, rng=1).confidence_interval
    //   -> low=11.0, high=13.1 (with 11 samples the bootstrap medians are sample values)
    const s = [11.0, 12.5, 10.8, 14.2, 11.7, 13.1, 12.2, 10.9, 15.0, 11.4, 12.0]
    expect(bootstrapMedianInterval(s, 1, 20_000)).toEqual([11.0, 13.1])
  })

  it('is the same for the same seed', () => {
    const s = [5.1, 5.3, 4.9, 6.2, 5.0, 5.6]
    expect(bootstrapMedianInterval(s, 42)).toEqual(bootstrapMedianInterval(s, 42))
  })

  it('refuses fewer than 5 samples', () => {
    expect(() => bootstrapMedianInterval([1, 2, 3, 4], 1)).toThrow(/at least 5/)
  })

  it.each([5, 10, 20])('covers the true median in about 95 percent of simulations, n = %i', (n) => {
    const rng = seededRng(1000 + n)
    let covered = 0
    for (let i = 0; i < SIMULATIONS; i++) {
      const [lo, hi] = bootstrapMedianInterval(lognormal(rng, Math.log(50), 0.4, n), i, 1000)
      expect(lo).toBeGreaterThan(0)
      if (lo <= 50 && 50 <= hi) covered++
    }
    expect(covered / SIMULATIONS).toBeGreaterThanOrEqual(0.92)
    expect(covered / SIMULATIONS).toBeLessThanOrEqual(0.98)
  })
})

describe('bootstrapRatioInterval', () => {
  it.each([
    [10, false],
    [20, false],
    [10, true],
    [15, true],
  ])('covers the true ratio of medians in about 95 percent of simulations, n = %i, paired %s', (n, paired) => {
    const rng = seededRng(2000 + n + (paired ? 1 : 0))
    let covered = 0
    for (let i = 0; i < SIMULATIONS; i++) {
      // Paired: each round shares a machine disturbance (a common lognormal factor) on both sides.
      const shared = paired ? lognormal(rng, 0, 0.1, n) : Array.from({ length: n }, () => 1)
      const num = lognormal(rng, Math.log(100), 0.2, n).map((v, k) => v * shared[k]!)
      const den = lognormal(rng, Math.log(40), 0.2, n).map((v, k) => v * shared[k]!)
      const interval = bootstrapRatioInterval(num, den, i, paired, 1000)!
      expect(interval[0]).toBeGreaterThan(0)
      if (interval[0] <= 2.5 && 2.5 <= interval[1]) covered++
    }
    expect(covered / SIMULATIONS).toBeGreaterThanOrEqual(0.92)
    expect(covered / SIMULATIONS).toBeLessThanOrEqual(0.98)
  })
})
