/**
 * The answer a workload computed, said in words beside its table: the check column only shows ✓,
 * and a learner wants the figure itself (issue 13: "the prime count itself is never shown").
 * Only the prime search has an answer a reader knows by name (pi(x)); other workloads' answers
 * are checksums and byte counts, which the check column already covers.
 */
import type { Run } from '../../../../src-shared/report'
import type { RunGroup } from './figures'
import type { ExportLocale } from './locale'

/** Trial division up to sqrt(n): hi is at most 4·10^9, so at most ~32,000 divisions. */
function isPrime(n: number): boolean {
  if (n < 2) return false
  if (n % 2 === 0) return n === 2
  for (let d = 3; d * d <= n; d += 2) if (n % d === 0) return false
  return true
}

/** The count every run agreed on, preferring checked answers; null when no point recorded one. */
function countOf(runs: readonly Run[]): number | null {
  const points = runs.flatMap((run) => run.points)
  const checked = points.find((p) => p.check.ok && p.check.actual !== null) ?? points.find((p) => p.check.actual !== null)
  return checked?.check.actual ?? null
}

/** "π(1,000,000,000) = 50,847,534 primes" for the prime search; null for other workloads. */
export function answerNote(group: RunGroup, loc: ExportLocale): string | null {
  const config = group.config
  if (config.workload !== 'prime') return null
  const count = countOf(group.runs)
  if (count === null) return null
  const { lo, hi } = config
  // Whole numbers with the locale's grouping (50,847,534): a count is read, not computed with.
  const grouping = new Intl.NumberFormat(loc.locale, { maximumFractionDigits: 0 })
  const n = (v: number) => grouping.format(v)
  // The range is [lo, hi): it is pi(hi) when it starts below 2 and hi itself is not prime.
  if (lo <= 2 && !isPrime(hi)) return loc.r('group.primeCountPi', { x: n(hi), count: n(count) })
  return loc.r('group.primeCountRange', { lo: n(lo), hi: n(hi), count: n(count) })
}
