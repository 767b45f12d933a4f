/**
 * Is A faster than B, or is the difference noise? A Mann-Whitney U test per comparison, an effect
 * size a reader can picture (the Hodges-Lehmann ratio: "A takes 0.62x B's time"; and Cliff's
 * delta), Holm's correction over a family of comparisons (one run configuration, or one pair of
 * machines), and a plain verdict. Pure: the sweep and a machine comparison use the same function.
 */
import { mannWhitneyU } from './mann-whitney'
import { medianOf } from './bootstrap'

export const SIGNIFICANCE_ALPHA = 0.05

export const VERDICTS = ['faster', 'slower', 'no-clear-difference', 'too-few-repetitions'] as const
export type Verdict = (typeof VERDICTS)[number]

export interface SampleComparison {
  test: 'mann-whitney-u'
  method: 'exact' | 'asymptotic'
  nA: number
  nB: number
  u: number
  pValue: number
  /** Holm-adjusted within the family the comparison was made in. */
  pAdjusted: number
  minAchievableP: number
  /** Hodges-Lehmann estimate of A's time over B's: the median of all ratios a_i / b_j (below 1: A faster). */
  ratio: number
  /** P(a > b) - P(a < b) over all pairs, from -1 (A always faster) to 1 (A always slower). */
  cliffsDelta: number
  verdict: Verdict
}

/** exp(median of log a_i - log b_j): the Hodges-Lehmann shift on the log scale, as a ratio. */
export function hodgesLehmannRatio(a: readonly number[], b: readonly number[]): number {
  const logs: number[] = []
  for (const x of a) for (const y of b) logs.push(Math.log(x) - Math.log(y))
  return Math.exp(medianOf(logs))
}

/** Holm's step-down adjustment: p_(i) * (m - i + 1), made monotone and capped at 1. */
export function holmAdjust(pValues: readonly number[]): number[] {
  const m = pValues.length
  const order = pValues.map((p, i) => [p, i] as const).toSorted((x, y) => x[0] - y[0])
  const adjusted = new Array<number>(m)
  let running = 0
  order.forEach(([p, i], rank) => {
    running = Math.max(running, Math.min(1, (m - rank) * p))
    adjusted[i] = running
  })
  return adjusted
}

/**
 * "too-few-repetitions" when even the most extreme data could not reach alpha with these sample
 * sizes (3 against 3: the exact test's smallest two-sided p is 0.1), so "no difference" would be
 * a claim the test could never have contradicted. Within a family of m comparisons that all
 * reach their extreme, Holm's first step multiplies by m: 5 against 5 (smallest p 0.0079) can
 * still tell in a family of 6, not of 7. Hence smallest p x family size against alpha.
 */
export function verdictOf(c: Omit<SampleComparison, 'verdict'>, alpha = SIGNIFICANCE_ALPHA, familySize = 1): Verdict {
  if (c.minAchievableP * familySize > alpha) return 'too-few-repetitions'
  if (c.pAdjusted > alpha) return 'no-clear-difference'
  return c.cliffsDelta < 0 ? 'faster' : 'slower'
}

/** One family of comparisons (A_k against B_k, times in any one unit), Holm-corrected together. */
export function compareFamily(pairs: ReadonlyArray<{ a: readonly number[]; b: readonly number[] }>, alpha = SIGNIFICANCE_ALPHA): SampleComparison[] {
  const raw = pairs.map(({ a, b }) => {
    const test = mannWhitneyU(a, b)
    return {
      test: 'mann-whitney-u' as const,
      method: test.method,
      nA: a.length,
      nB: b.length,
      u: test.u,
      pValue: test.pValue,
      minAchievableP: test.minAchievableP,
      ratio: hodgesLehmannRatio(a, b),
      cliffsDelta: (2 * test.u) / (a.length * b.length) - 1,
    }
  })
  const adjusted = holmAdjust(raw.map((c) => c.pValue))
  return raw.map((c, i) => {
    const withP = { ...c, pAdjusted: adjusted[i]! }
    return { ...withP, verdict: verdictOf(withP, alpha, raw.length) }
  })
}
