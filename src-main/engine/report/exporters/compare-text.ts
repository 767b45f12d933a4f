/**
 * Plain-text pieces of a comparison shared by the terminal table, Markdown and HTML: cell texts,
 * group titles, mismatch lines and the summary line per machine. Unescaped: each output escapes.
 */
import type { Comparison, ComparisonCell, ComparisonGroup, ComparisonMismatch } from '../compare'
import { formatLeaf, formatInterval, formatRatio, formatTime } from './format'
import { configLeaves, workloadTitle } from './figures'

export function cellTime(cell: ComparisonCell | undefined): string {
  if (!cell) return ''
  if (cell.state === 'not-measured') {
    return cell.why === 'other-settings' ? 'other settings' : cell.why === 'no-run' ? 'not run' : 'not measured'
  }
  const time = formatTime({ median: cell.medianMs, ci95: cell.ci95 })
  const flags = [cell.checkOk ? '' : 'WRONG ANSWER', cell.runStatus === 'completed' ? '' : cell.runStatus].filter((f) => f !== '')
  return flags.length > 0 ? `${time} (${flags.join(', ')})` : time
}

export function cellRelative(cell: ComparisonCell | undefined): string {
  if (!cell || cell.state === 'not-measured') return ''
  if (cell.relative === null) {
    if (cell.noRelative === 'is-baseline') return 'baseline'
    if (cell.noRelative === 'check-failed') return 'not compared'
    return 'no baseline'
  }
  return `${formatRatio(cell.relative)} ${formatInterval(cell.relativeCi95)}`.trim()
}

/** Time and ratio in one cell, for tables with one column per machine. */
export function cellText(cell: ComparisonCell | undefined): string {
  const rel = cellRelative(cell)
  const time = cellTime(cell)
  return rel === '' ? time : `${time} · ${rel}`
}

export function groupTitle(group: ComparisonGroup): string {
  return `${workloadTitle(group.workload)} on ${group.runtime}`
}

export function groupSettingsText(group: ComparisonGroup): string {
  const options = configLeaves(group.config).map(([k, v]) => `${k} = ${formatLeaf(v)}`)
  const settings = group.settings.map(([k, v]) => `${k} = ${formatLeaf(v)}`)
  const common = group.commonCase === '' ? [] : [`every point: ${group.commonCase}`]
  return [...options, ...settings, ...common].join(', ')
}

export function rowLabel(row: { workers: number; caseLabel: string }): string {
  return row.caseLabel === '' ? `${row.workers}` : `${row.caseLabel} · ${row.workers}w`
}

export function mismatchText(c: Comparison, m: ComparisonMismatch): string {
  const fields = m.fields.map((f) => `${f.field}: ${f.values.map((v, i) => `${c.machines[i]?.label} ${v ?? '(not run)'}`).join(', ')}`)
  return `${workloadTitle(m.workload)} on ${m.runtime} was measured with different settings, so those points are not compared: ${fields.join('; ')}`
}

export function summaryText(c: Comparison, index: number): string {
  const s = c.summaries[index]
  const label = c.machines[index]?.label ?? ''
  if (index === c.baselineIndex) return `${label}: the baseline`
  if (!s || s.geomeanRelative === null) return `${label}: no point could be compared with the baseline`
  const faster = s.geomeanRelative >= 1
  const times = faster ? s.geomeanRelative : 1 / s.geomeanRelative
  return `${label}: ${times.toFixed(2)}× ${faster ? 'faster' : 'slower'} than the baseline (geometric mean over ${s.comparedPoints} point${s.comparedPoints === 1 ? '' : 's'})`
}

export const COMPARE_EXPLANATION =
  'Each cell: the median time ± half its 95% interval, then the speed relative to the baseline machine ' +
  '(baseline time / this time: above 1× this machine was faster) with a conservative 95% interval built from both ' +
  "machines' intervals. Points are compared only when workload, runtime, options, settings, worker count and case all match."
