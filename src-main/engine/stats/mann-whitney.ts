/**
 * The Mann-Whitney U test (Wilcoxon rank-sum), two-sided: does one runtime's time tend to be
 * lower than another's? Rank-based, so it needs no normal times (ours are skewed) and one slow
 * outlier moves it by one rank at most. Follows scipy.stats.mannwhitneyu: the exact distribution
 * when there are no ties and the samples are small, else the normal approximation with the tie
 * correction and a continuity correction. Checked against scipy in test/engine/stats.
 */
import normalCdf from '@stdlib/stats-base-dists-normal-cdf'

/** Above this total the exact distribution's counts exceed what doubles hold well; scipy's own switch is similar. */
export const EXACT_MAX_TOTAL = 50

export interface MannWhitneyResult {
  /** U of the first sample: pairs (x, y) with x > y, ties counted one half. */
  u: number
  pValue: number
  method: 'exact' | 'asymptotic'
  /** The smallest two-sided p-value any data could give with these sample sizes (exact test). */
  minAchievableP: number
}

/** Mid-ranks (1-based) of `values`, ties sharing their average rank, and the sizes of the tie groups. */
export function midRanks(values: readonly number[]): { ranks: number[]; tieSizes: number[] } {
  const order = values.map((v, i) => [v, i] as const).toSorted((a, b) => a[0] - b[0])
  const ranks = new Array<number>(values.length)
  const tieSizes: number[] = []
  for (let start = 0; start < order.length; ) {
    let end = start
    while (end + 1 < order.length && order[end + 1]![0] === order[start]![0]) end++
    const rank = (start + end) / 2 + 1
    for (let k = start; k <= end; k++) ranks[order[k]![1]] = rank
    tieSizes.push(end - start + 1)
    start = end + 1
  }
  return { ranks, tieSizes }
}

/** C(n, k) as a double (exact below 2^53, which every use here stays under). */
export function binomial(n: number, k: number): number {
  let c = 1
  for (let i = 1; i <= k; i++) c = (c * (n - k + i)) / i
  return Math.round(c)
}

/**
 * Counts of U = 0 .. n*m over all C(n+m, n) arrangements: the coefficients of the Gaussian
 * binomial [n+m choose n]_q = prod_{i=1..n} (1 - q^(m+i)) / (1 - q^i), built one factor at a time.
 */
function uCounts(n: number, m: number): number[] {
  const degree = n * m
  let poly = new Array<number>(degree + 1).fill(0)
  poly[0] = 1
  for (let i = 1; i <= n; i++) {
    const times = poly.slice()
    for (let d = degree; d >= m + i; d--) times[d]! -= poly[d - m - i]!
    // Divide by (1 - q^i): a running sum with stride i.
    for (let d = i; d <= degree; d++) times[d]! += times[d - i]!
    poly = times
  }
  return poly
}

/** Smallest two-sided p-value of the exact test with sizes n and m: both extreme arrangements. */
export function minAchievableP(n: number, m: number): number {
  return Math.min(1, 2 / binomial(n + m, n))
}

export function mannWhitneyU(x: readonly number[], y: readonly number[]): MannWhitneyResult {
  const n = x.length
  const m = y.length
  if (n === 0 || m === 0) throw new Error(`The Mann-Whitney test needs samples on both sides, got ${n} and ${m}`)
  const all = [...x, ...y]
  if (all.some((v) => !Number.isFinite(v))) throw new Error('The Mann-Whitney test needs finite samples')
  const { ranks, tieSizes } = midRanks(all)
  const r1 = ranks.slice(0, n).reduce((s, r) => s + r, 0)
  const u = r1 - (n * (n + 1)) / 2
  const uMax = Math.max(u, n * m - u)
  const hasTies = tieSizes.some((t) => t > 1)
  const floor = minAchievableP(n, m)
  if (!hasTies && n + m <= EXACT_MAX_TOTAL) {
    const counts = uCounts(n, m)
    const total = binomial(n + m, n)
    let upper = 0
    for (let k = uMax; k <= n * m; k++) upper += counts[k]!
    return { u, pValue: Math.min(1, (2 * upper) / total), method: 'exact', minAchievableP: floor }
  }
  const total = n + m
  const tieTerm = tieSizes.reduce((s, t) => s + t ** 3 - t, 0) / (total * (total - 1))
  const sigma = Math.sqrt(((n * m) / 12) * (total + 1 - tieTerm))
  if (!(sigma > 0)) return { u, pValue: 1, method: 'asymptotic', minAchievableP: floor }
  const z = (uMax - (n * m) / 2 - 0.5) / sigma
  return { u, pValue: Math.min(1, 2 * normalCdf(-z, 0, 1)), method: 'asymptotic', minAchievableP: floor }
}
