/**
 * Plain-text pieces of a comparison shared by the terminal table, Markdown and HTML: cell texts,
 * group titles, mismatch lines and the summary line per machine. Unescaped: each output escapes.
 * Words come from the catalogue's report area (`report.compare`), English unless a locale is given.
 */
import type { Comparison, ComparisonCell, ComparisonGroup, ComparisonMismatch } from '../compare'
import { configLeaves, workloadTitle } from './figures'
import { EN, type ExportLocale } from './locale'

export function cellTime(cell: ComparisonCell | undefined, loc: ExportLocale = EN): string {
  if (!cell) return ''
  const { r, fmt } = loc
  if (cell.state === 'not-measured') {
    return r(cell.why === 'other-settings' ? 'compare.otherSettings' : cell.why === 'no-run' ? 'compare.notRun' : 'compare.notMeasured')
  }
  const time = fmt.time({ median: cell.medianMs, ci95: cell.ci95 })
  const flags = [cell.checkOk ? '' : r('compare.wrongAnswer'), cell.runStatus === 'completed' ? '' : r(`compare.runStatus.${cell.runStatus}`)].filter(
    (f) => f !== '',
  )
  return flags.length > 0 ? `${time} (${flags.join(', ')})` : time
}

export function cellRelative(cell: ComparisonCell | undefined, loc: ExportLocale = EN): string {
  if (!cell || cell.state === 'not-measured') return ''
  if (cell.relative === null) {
    if (cell.noRelative === 'is-baseline') return loc.r('compare.isBaseline')
    if (cell.noRelative === 'check-failed') return loc.r('compare.checkFailed')
    return loc.r('compare.noBaseline')
  }
  const ratio = `${loc.fmt.ratio(cell.relative)} ${loc.fmt.interval(cell.relativeCi95)}`.trim()
  // The test's word beside the ratio: an interval alone does not say whether the gap is noise.
  return cell.significance ? `${ratio}, ${loc.r(`significance.verdicts.${cell.significance.verdict}`)}` : ratio
}

/** Time and ratio in one cell, for tables with one column per machine. */
export function cellText(cell: ComparisonCell | undefined, loc: ExportLocale = EN): string {
  const rel = cellRelative(cell, loc)
  const time = cellTime(cell, loc)
  return rel === '' ? time : `${time} · ${rel}`
}

/** `py-thread 3.11.2` for a py runtime's group, the runtime alone otherwise. */
const withVersion = (runtime: string, version: string | undefined, loc: ExportLocale) => (version === undefined ? runtime : loc.t('python.runName', { runtime, version }))

export function groupTitle(group: ComparisonGroup, loc: ExportLocale = EN): string {
  return loc.r('compare.groupTitle', { workload: workloadTitle(group.workload, loc), runtime: withVersion(group.runtime, group.python, loc) })
}

export function groupSettingsText(group: ComparisonGroup, loc: ExportLocale = EN): string {
  const options = configLeaves(group.config).map(([k, v]) => `${k} = ${loc.fmt.leaf(v)}`)
  const settings = group.settings.map(([k, v]) => `${k} = ${loc.fmt.leaf(v)}`)
  // The case label was written by the comparison (data), in English like the rest of it.
  const common = group.commonCase === '' ? [] : [loc.r('compare.everyPoint', { case: group.commonCase })]
  return [...options, ...settings, ...common].join(loc.r('list'))
}

export function rowLabel(row: { workers: number; caseLabel: string }): string {
  return row.caseLabel === '' ? `${row.workers}` : `${row.caseLabel} · ${row.workers}w`
}

export function mismatchText(c: Comparison, m: ComparisonMismatch, loc: ExportLocale = EN): string {
  const { r } = loc
  const fields = m.fields.map((f) => `${f.field}: ${f.values.map((v, i) => `${c.machines[i]?.label} ${v ?? r('compare.notRunValue')}`).join(', ')}`)
  return r('compare.mismatch', { workload: workloadTitle(m.workload, loc), runtime: withVersion(m.runtime, m.python, loc), fields: fields.join('; ') })
}

export function summaryText(c: Comparison, index: number, loc: ExportLocale = EN): string {
  const { r, fmt } = loc
  const s = c.summaries[index]
  const label = c.machines[index]?.label ?? ''
  if (index === c.baselineIndex) return r('compare.summaryBaseline', { label })
  if (!s || s.geomeanRelative === null) return r('compare.summaryNone', { label })
  const faster = s.geomeanRelative >= 1
  const times = fmt.fixed(faster ? s.geomeanRelative : 1 / s.geomeanRelative, 2)
  const key = `compare.${faster ? 'faster' : 'slower'}${s.comparedPoints === 1 ? 'One' : 'Many'}`
  return r(key, { label, times, n: fmt.number(s.comparedPoints) })
}

/** How to read a comparison's cells. */
export function compareExplanation(loc: ExportLocale = EN): string {
  return loc.r('compare.explanation')
}

/** English, for callers that want the text as a constant. */
export const COMPARE_EXPLANATION = compareExplanation()
