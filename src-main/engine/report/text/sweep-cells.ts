/**
 * The figures of a sweep point as table cells and notes: a time as `median [lo–hi]` (the
 * interval of a median is asymmetric, so never `±`), below 5 samples `median (range min–max,
 * n=3)`, a speedup with its interval or why it has none, and the Karp–Flatt and Amdahl lines
 * with "n/a: reason" where the estimate means nothing.
 */
import type { Point, Run } from '../../../../src-shared/report'
import { RUNTIME_TRAITS } from '../../../../src-shared/runtime-traits'
import { type Wording, formatFixed, formatMs, formatRatio } from './columns'

const runtimeWord = (runtime: string, { t }: Wording): string => t(`cli.runtimes.${runtime}`)

/** The interval's ends; an old report's Student-t interval could reach below 0, a time cannot. */
function msRange(lo: number, hi: number, { locale }: Wording): [string, string] {
  return [formatMs(Math.max(0, lo), locale), formatMs(Math.max(0, hi), locale)]
}

/** Below 5 samples (`ciMethod: 'range'`) there is no interval, only the range and n. */
export const showsRange = (p: Point): boolean => p.stats.ciMethod === 'range'

export function timeCell(p: Point, w: Wording): string {
  const median = formatMs(p.stats.median, w.locale)
  if (p.stats.n === 1) return w.t('cli.table.timeOne', { median })
  if (showsRange(p)) {
    const [lo, hi] = msRange(p.stats.min, p.stats.max, w)
    return w.t('cli.table.timeRange', { median, lo, hi, n: p.stats.n })
  }
  const [lo, hi] = msRange(p.stats.ci95[0], p.stats.ci95[1], w)
  return w.t('cli.table.timeCi', { median, lo, hi })
}

export function speedupCell(p: Point, w: Wording): string {
  if (p.speedup === null) return '–'
  const ratio = formatRatio(p.speedup, w.locale)
  if (p.speedupCi95) return w.t('cli.table.speedupCell', { ratio, lo: formatFixed(p.speedupCi95[0], 2, w.locale), hi: formatFixed(p.speedupCi95[1], 2, w.locale) })
  if (p.speedupCiUnavailable) return w.t('cli.table.speedupNa', { ratio, reason: w.t(`cli.table.speedupWhy.${p.speedupCiUnavailable}`) })
  return ratio
}

/** What the bracketed figures are, and the footnote for range cells; said once under the table. */
export function intervalNotes(runs: readonly Run[], w: Wording): string[] {
  const points = runs.flatMap((r) => r.points)
  if (points.length === 0) return []
  const oldMean = points.some((p) => p.stats.ciMethod === undefined || p.stats.ciMethod === 'student-t-mean')
  const notes = [w.t(oldMean ? 'cli.table.intervalNoteMean' : 'cli.table.intervalNote')]
  if (points.some((p) => showsRange(p) || p.stats.n === 1)) notes.push(w.t('cli.table.fewSamplesNote'))
  return notes
}

/** `Karp–Flatt serial fraction: thread 2w 0.031, 4w n/a: more workers than cores; process …`. */
export function karpFlattLine(runs: readonly Run[], w: Wording): string | null {
  const { t, locale } = w
  const parts = runs
    .filter((r) => !RUNTIME_TRAITS[r.runtime].baseline && r.points.length > 0)
    .map((r) => {
      const values = r.points.map((p) =>
        p.karpFlatt !== null && p.karpFlatt !== undefined
          ? t('cli.table.karpFlattValue', { workers: p.workers, value: formatFixed(p.karpFlatt, 3, locale) })
          : t('cli.table.karpFlattNa', { workers: p.workers, reason: p.karpFlattUnavailable ? t(`cli.table.karpFlattWhy.${p.karpFlattUnavailable}`) : '?' }),
      )
      return t('cli.table.karpFlattRun', { runtime: runtimeWord(r.runtime, w), values: values.join(t('cli.table.list')) })
    })
  return parts.length > 0 ? t('cli.table.karpFlatt', { list: parts.join(t('cli.table.groups')) }) : null
}

/** The Amdahl fit per runtime, or "n/a: reason" where the fit means nothing. */
export function amdahlLine(runs: readonly Run[], w: Wording): string | null {
  const { t, locale } = w
  const fits = runs.flatMap((r) => {
    if (r.amdahl) return [t('cli.table.amdahlFit', { runtime: runtimeWord(r.runtime, w), share: `${formatFixed(r.amdahl.serialFraction * 100, 1, locale)}%`, max: formatRatio(r.amdahl.maxSpeedup, locale) })]
    // The baseline's single point has nothing to fit: saying n/a for it would be noise.
    if (r.amdahlUnavailable && !RUNTIME_TRAITS[r.runtime].baseline) return [t('cli.table.amdahlNa', { runtime: runtimeWord(r.runtime, w), reason: t(`cli.table.amdahlWhy.${r.amdahlUnavailable}`) })]
    return []
  })
  return fits.length > 0 ? t('cli.table.amdahl', { list: fits.join(t('cli.table.list')) }) : null
}
