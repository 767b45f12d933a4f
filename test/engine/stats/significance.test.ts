/**
 * Mann-Whitney U, Kendall's tau, Hodges-Lehmann, Holm and the verdicts against reference values
 * computed independently with Debian's python3-scipy 1.17.1 (snippets next to each constant).
 */
import { describe, expect, it } from 'vitest'
import { kendallTau } from '../../../src-main/engine/stats/kendall'
import { mannWhitneyU, minAchievableP } from '../../../src-main/engine/stats/mann-whitney'
import { compareFamily, hodgesLehmannRatio, holmAdjust } from '../../../src-main/engine/stats/significance'

const x = [12.1, 11.4, 13.9, 12.8, 11.9]
const y = [10.2, 10.9, 12.0, 9.8, 10.5, 11.1]
// from numpy import random; rng = np.random.default_rng(7)
// p = np.round(rng.lognormal(3, 0.3, 20), 3); q = np.round(rng.lognormal(3.2, 0.3, 25), 3)
const p = [20.093, 21.969, 18.5, 15.376, 17.524, 14.917, 20.451, 30.026, 17.328, 16.674, 23.265, 22.355, 20.731, 15.193, 19.91, 24.744, 13.42, 17.509, 11.355, 13.642]
const q = [14.118, 22.862, 16.773, 26.612, 25.714, 23.195, 11.53, 20.872, 24.178, 25.381, 15.502, 21.257, 18.292, 19.247, 33.726, 19.254, 24.294, 31.987, 20.592, 23.724, 25.359, 25.006, 16.988, 25.099, 36.879]

describe('mannWhitneyU', () => {
  it('matches scipy exact for small samples without ties', () => {
    // stats.mannwhitneyu(x, y, method='exact') -> statistic=28.0, pvalue=0.017316017316017316
    const r = mannWhitneyU(x, y)
    expect(r.method).toBe('exact')
    expect(r.u).toBe(28)
    expect(r.pValue).toBeCloseTo(0.017316017316017316, 12)
  })

  it('matches scipy exact for 20 against 25', () => {
    // stats.mannwhitneyu(p, q, method='exact') -> statistic=138.0, pvalue=0.009878391601450622
    const r = mannWhitneyU(p, q)
    expect(r.method).toBe('exact')
    expect(r.u).toBe(138)
    expect(r.pValue).toBeCloseTo(0.009878391601450622, 10)
  })

  it('matches scipy asymptotic (tie and continuity corrections) when there are ties', () => {
    // stats.mannwhitneyu([3,3,4,5,5,5,7,8], [1,2,3,3,4,6,6], method='asymptotic') -> 39.5, 0.19650000041730098
    const r = mannWhitneyU([3, 3, 4, 5, 5, 5, 7, 8], [1, 2, 3, 3, 4, 6, 6])
    expect(r.method).toBe('asymptotic')
    expect(r.u).toBe(39.5)
    expect(r.pValue).toBeCloseTo(0.19650000041730098, 10)
  })

  it('knows the smallest p-value a sample size allows', () => {
    // stats.mannwhitneyu([1,2,3],[4,5,6], method='exact').pvalue -> 0.1; 4 v 4 -> 0.02857142857142857
    expect(mannWhitneyU([1, 2, 3], [4, 5, 6]).pValue).toBeCloseTo(0.1, 12)
    expect(minAchievableP(3, 3)).toBeCloseTo(0.1, 12)
    expect(minAchievableP(4, 4)).toBeCloseTo(0.02857142857142857, 12)
  })
})

describe('effect sizes and corrections', () => {
  it('gives the Hodges-Lehmann ratio', () => {
    // np.exp(np.median(np.subtract.outer(np.log(x), np.log(y)))) -> 1.1557403409657965
    expect(hodgesLehmannRatio(x, y)).toBeCloseTo(1.1557403409657965, 12)
  })

  it('adjusts p-values by Holm', () => {
    // p = [0.01, 0.04, 0.03, 0.005]; step-down max_{j<=i} min(1, (m-j+1) p_(j)) -> [0.03, 0.06, 0.06, 0.02]
    const adjusted = holmAdjust([0.01, 0.04, 0.03, 0.005])
    ;[0.03, 0.06, 0.06, 0.02].forEach((v, i) => expect(adjusted[i]).toBeCloseTo(v, 12))
  })
})

describe('kendallTau', () => {
  it('matches scipy asymptotic tau-b', () => {
    // stats.kendalltau([1..7], [10.0,10.4,10.1,10.9,11.3,11.0,11.8], method='asymptotic') -> 0.8095238095238096, 0.01067401811831371
    const r = kendallTau([1, 2, 3, 4, 5, 6, 7], [10.0, 10.4, 10.1, 10.9, 11.3, 11.0, 11.8])!
    expect(r.tau).toBeCloseTo(0.8095238095238096, 12)
    expect(r.pValue).toBeCloseTo(0.01067401811831371, 10)
  })

  it('matches scipy with ties', () => {
    // stats.kendalltau([1..8], [5,3,3,4,1,2,2,6], method='asymptotic') -> -0.14824986333222023, 0.6152281670802446
    const r = kendallTau([1, 2, 3, 4, 5, 6, 7, 8], [5, 3, 3, 4, 1, 2, 2, 6])!
    expect(r.tau).toBeCloseTo(-0.14824986333222023, 12)
    expect(r.pValue).toBeCloseTo(0.6152281670802446, 10)
  })
})

describe('verdicts', () => {
  const slow = [20.1, 20.6, 21.0, 20.3, 20.8, 21.4, 20.2]
  const fast = [10.3, 10.1, 10.8, 10.5, 10.2, 10.6, 10.4]

  it('says faster and slower both ways', () => {
    const [aFaster, aSlower] = compareFamily([{ a: fast, b: slow }, { a: slow, b: fast }])
    expect(aFaster!.verdict).toBe('faster')
    expect(aFaster!.ratio).toBeLessThan(1)
    expect(aSlower!.verdict).toBe('slower')
    expect(aSlower!.cliffsDelta).toBe(1)
  })

  it('says no clear difference for overlapping samples', () => {
    const [c] = compareFamily([{ a: [10, 12, 11, 13, 10.5, 12.5], b: [10.2, 12.2, 11.1, 12.9, 10.6, 12.4] }])
    expect(c!.verdict).toBe('no-clear-difference')
  })

  it('says too few repetitions for 3 against 3, however far apart', () => {
    const [c] = compareFamily([{ a: [1, 1.1, 1.2], b: [100, 101, 102] }])
    expect(c!.pValue).toBeCloseTo(0.1, 12)
    expect(c!.verdict).toBe('too-few-repetitions')
  })

  it('lets Holm turn a lone significant result into no clear difference within a family', () => {
    // stats.mannwhitneyu([1,2,3,4,5.5,8.5], [5,6,7,8,9,10], method='exact') -> 5.0, 0.04112554112554113
    const a = [1, 2, 3, 4, 5.5, 8.5]
    const b = [5, 6, 7, 8, 9, 10]
    const [alone] = compareFamily([{ a, b }])
    expect(alone!.pValue).toBeCloseTo(0.04112554112554113, 12)
    expect(alone!.verdict).toBe('faster')
    const [first] = compareFamily([{ a, b }, { a, b }])
    expect(first!.pAdjusted).toBeCloseTo(0.08225108225108226, 12)
    expect(first!.verdict).toBe('no-clear-difference')
  })

  it('says too few repetitions when the family is too large for the sample sizes to ever tell', () => {
    // 4 v 4: smallest p 0.0286 reaches 0.05 alone but not in a family of two (Holm's first step: x2)
    const a = [1, 2, 3, 4]
    const b = [5, 6, 7, 8]
    expect(compareFamily([{ a, b }])[0]!.verdict).toBe('faster')
    expect(compareFamily([{ a, b }, { a, b }])[0]!.verdict).toBe('too-few-repetitions')
  })
})
