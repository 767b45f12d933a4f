/**
 * The statistics of a sweep point as export cells, and the notes and significance table under a
 * group's results (Markdown and HTML share them; each escapes for its own language): a time as
 * `median [lo–hi]` or, below 5 samples, `median (range min–max, n=3)`; a speedup's interval or
 * why it has none; Karp–Flatt and Amdahl "n/a: reason"; the schedule; each comparison's verdict.
 */
import type { Point, Run } from '../../../../src-shared/report'
import { RUNTIME_TRAITS } from '../../../../src-shared/runtime-traits'
import { EN, type ExportLocale } from './locale'

export function timeText(point: Point, { r, fmt }: ExportLocale = EN): string {
  const s = point.stats
  const median = fmt.ms(s.median)
  if (s.n === 1) return r('table.timeOne', { median })
  if (s.ciMethod === 'range') return r('table.timeRange', { median, lo: fmt.ms(s.min), hi: fmt.ms(s.max), n: fmt.number(s.n) })
  return fmt.time(s)
}

export function speedupText(point: Point, { r, fmt }: ExportLocale = EN): string {
  if (point.speedup === null) return '–'
  const ratio = fmt.ratio(point.speedup)
  if (point.speedupCi95) return `${ratio} ${fmt.interval(point.speedupCi95)}`
  if (point.speedupCiUnavailable) return r('table.speedupNa', { ratio, reason: r(`table.speedupWhy.${point.speedupCiUnavailable}`) })
  return ratio
}

export function karpFlattText(point: Point, { r, fmt }: ExportLocale = EN): string {
  if (point.karpFlatt !== null && point.karpFlatt !== undefined) return fmt.fixed(point.karpFlatt, 3)
  return point.karpFlattUnavailable ? r('table.karpFlattNa', { reason: r(`table.karpFlattWhy.${point.karpFlattUnavailable}`) }) : '–'
}

/** What the bracketed figures are, the footnote for range cells, and the schedule. */
export function statisticsNotes(runs: readonly Run[], loc: ExportLocale = EN): string[] {
  const { r } = loc
  const points = runs.flatMap((run) => run.points)
  if (points.length === 0) return []
  const notes = [r(points.some((p) => p.stats.ciMethod === undefined || p.stats.ciMethod === 'student-t-mean') ? 'notes.intervalsMean' : 'notes.intervals')]
  if (points.some((p) => p.stats.ciMethod === 'range' || p.stats.n === 1)) notes.push(r('notes.fewSamples'))
  const schedule = runs.find((run) => run.schedule)?.schedule
  if (schedule) notes.push(r('notes.schedule', { order: r(`notes.orders.${schedule.order}`), seed: String(schedule.seed) }))
  return notes
}

/** p as people read it: 0.008, 0.84, `< 0.001`. */
function pText(p: number, { fmt }: ExportLocale): string {
  return p < 0.001 ? `< ${fmt.fixed(0.001, 3)}` : fmt.fixed(p, p < 0.1 ? 3 : 2)
}

export interface SignificanceTable {
  intro: string
  header: string[]
  rows: string[][]
  numeric: (column: number) => boolean
  notes: string[]
}

/** Every comparison of the group, by worker count: verdict, time ratio, Holm-adjusted p. */
export function significanceTable(runs: readonly Run[], loc: ExportLocale = EN): SignificanceTable | null {
  const { r, fmt } = loc
  const found = runs.flatMap((run) => run.points.flatMap((p) => (p.comparisons ?? []).map((c) => ({ workers: p.workers, runtime: run.runtime, c }))))
  if (found.length === 0) return null
  found.sort((a, b) => a.workers - b.workers)
  const alpha = fmt.fixed(found[0]!.c.alpha, 2)
  const rows = found.map(({ workers, runtime, c }) => {
    // Against the baseline the other side is always its one 1-worker point: say so.
    const againstBaseline = RUNTIME_TRAITS[c.against.runtime].baseline && c.against.workers !== workers
    return [
      fmt.number(workers),
      r(againstBaseline ? 'significance.pairBaseline' : 'significance.pairText', { a: runtime, b: c.against.runtime }),
      r(`significance.verdicts.${c.verdict}`),
      fmt.ratio(c.ratio),
      pText(c.pAdjusted, loc),
    ]
  })
  const few = found.find((x) => x.c.verdict === 'too-few-repetitions')?.c
  return {
    intro: r('significance.intro', { alpha }),
    header: ['workers', 'pair', 'verdict', 'ratio', 'p'].map((k) => r(`significance.${k}`)),
    rows,
    numeric: (i) => i === 0 || i >= 3,
    notes: few ? [r('significance.tooFew', { nA: fmt.number(few.nA), nB: fmt.number(few.nB), minP: pText(few.minAchievableP, loc), alpha })] : [],
  }
}
