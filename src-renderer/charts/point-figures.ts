/**
 * How a point's statistics read in the tables and on the speedup chart (issue 14): the interval
 * of the median as [lo–hi] (it is asymmetric, so never "± half-width"), the range and the sample
 * count where there were too few repetitions for an interval, "n/a" with the reason where a
 * figure means nothing, efficiency as a percentage, and the significance verdicts. Pure: the
 * caller passes its translate and number formats, so tests run it without a browser.
 */
import type { Comparison, Point } from '../../src-shared/report'

export type Translate = (key: string, params?: Record<string, unknown>) => string

export interface Formats {
  ms: (v: number) => string
  number: (v: number) => string
  percent: (share: number) => string
  runtime: (name: string) => string
}

/** "n/a (why)", the reason from the catalogue (charts.stats.why.<reason>). */
export function notAvailable(t: Translate, reason: string | undefined): string {
  return reason ? t('charts.stats.naWhy', { why: t(`charts.stats.why.${reason}`) }) : t('charts.stats.na')
}

/** The 95% interval of the median time: "[1.2 ms–1.5 ms]", or "range 1.2 ms–1.9 ms, n=3 (why)". */
export function timeInterval(t: Translate, f: Formats, stats: Point['stats']): string {
  const [lo, hi] = stats.ci95
  if (stats.ciMethod === 'range') {
    return t('charts.stats.range', { lo: f.ms(lo), hi: f.ms(hi), n: stats.n, why: t(`charts.stats.why.${stats.ciUnavailable ?? 'few-samples'}`) })
  }
  return t('charts.stats.interval', { lo: f.ms(lo), hi: f.ms(hi) })
}

/** The speedup's interval, or n/a with the reason (the 1-worker point is its own reference). */
export function speedupInterval(t: Translate, f: Formats, point: Point): string {
  const ci = point.speedupCi95
  if (ci) return t('charts.stats.interval', { lo: f.number(ci[0]), hi: f.number(ci[1]) })
  return notAvailable(t, point.speedupCiUnavailable)
}

export function karpFlattText(t: Translate, f: Formats, point: Point): string {
  if (point.karpFlatt !== undefined && point.karpFlatt !== null) return f.percent(point.karpFlatt)
  return notAvailable(t, point.karpFlattUnavailable)
}

export function efficiencyText(t: Translate, f: Formats, point: Point): string {
  return point.efficiency === null ? notAvailable(t, undefined) : f.percent(point.efficiency)
}

/** "Child processes ×4: faster (p = 0.01)" for each test of the point, joined by "; ". */
export function verdictsText(t: Translate, f: Formats, comparisons: readonly Comparison[] | undefined): string {
  if (!comparisons || comparisons.length === 0) return '–'
  return comparisons
    .map((c) =>
      t('charts.stats.verdictLine', {
        against: t('charts.stats.against', { runtime: f.runtime(c.against.runtime), workers: c.against.workers }),
        verdict: t(`charts.stats.verdicts.${c.verdict}`),
        p: f.number(c.pAdjusted),
      }),
    )
    .join('; ')
}

/** The one-character mark drawn beside a point on the speedup chart: its verdict against the main thread. */
export const VERDICT_MARKS: Record<Comparison['verdict'], string> = {
  faster: '+',
  slower: '−',
  'no-clear-difference': '≈',
  'too-few-repetitions': '?',
}

/** The mark of a point's test against the main-thread baseline, or null when it has none. */
export function baselineMark(point: Point): string | null {
  const c = point.comparisons?.find((x) => x.against.runtime === 'main')
  return c ? VERDICT_MARKS[c.verdict] : null
}
