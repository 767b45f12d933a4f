/**
 * What the Compare view shows of an engine `Comparison` (built by LabApi.compareReports): cell
 * texts, row labels and the ratio chart's series. Pure and unit-tested; words come from i18n in
 * the components, numbers are formatted here.
 */
import type { Comparison, ComparisonCell, ComparisonGroup, ComparisonLeaf, ComparisonRow } from '../../src-shared/comparison'
import { formatMs, formatNumber } from '../format'

export type MeasuredCell = Extract<ComparisonCell, { state: 'measured' }>

/** Median ± half the 95% interval, the way the report and the CLI print a time. */
export function timeText(cell: MeasuredCell): string {
  const half = Math.max(cell.ci95[1] - cell.medianMs, cell.medianMs - cell.ci95[0], 0)
  return `${formatMs(cell.medianMs)} ± ${formatMs(half)}`
}

export const ratioNumber = (value: number): string => `${formatNumber(value)}×`

/** "1.96× [1.78–2.15]": the ratio against the baseline with its 95% interval, when it has one. */
export function ratioText(relative: number, ci: readonly [number, number] | null): string {
  return ci ? `${ratioNumber(relative)} [${formatNumber(ci[0])}–${formatNumber(ci[1])}]` : ratioNumber(relative)
}

export function rowLabel(row: Pick<ComparisonRow, 'workers' | 'caseLabel'>): string {
  return row.caseLabel === '' ? String(row.workers) : `${row.caseLabel} · ${row.workers}`
}

const leafText = (value: ComparisonLeaf): string => (value === null ? '–' : String(value))

/** The options and settings every run of a group shares, as `key = value` (what "same settings" means here). */
export function groupSettings(group: ComparisonGroup): string[] {
  const options = Object.entries(group.config)
    .filter(([key]) => key !== 'workload')
    .map(([key, value]) => `${key} = ${typeof value === 'object' && value !== null ? JSON.stringify(value) : leafText(value as ComparisonLeaf)}`)
  const settings = group.settings.map(([key, value]) => `${key} = ${leafText(value)}`)
  return [...options, ...settings, ...(group.commonCase === '' ? [] : [group.commonCase])]
}

export interface RatioSeries {
  label: string
  isBaseline: boolean
  /** Per row: baseline time / this machine's time (1 on the baseline), null where not compared. */
  values: Array<number | null>
  intervals: Array<[number, number] | null>
}

export interface RatioChartModel {
  categories: string[]
  series: RatioSeries[]
}

/** One series per machine over a group's rows: the ratios against the baseline, with their intervals. */
export function ratioChartModel(c: Comparison, group: ComparisonGroup): RatioChartModel {
  return {
    categories: group.rows.map(rowLabel),
    series: c.machines.map((machine, m) => {
      const isBaseline = m === c.baselineIndex
      const cells = group.rows.map((row) => row.cells[m])
      return {
        label: machine.label,
        isBaseline,
        // The baseline's ratio is 1 by definition, where it measured the point.
        values: cells.map((cell) => (cell?.state !== 'measured' ? null : isBaseline ? 1 : cell.relative)),
        intervals: cells.map((cell) => (cell?.state === 'measured' && !isBaseline ? cell.relativeCi95 : null)),
      }
    }),
  }
}

/** Groups where at least one machine other than the baseline got a ratio: the ones worth a chart. */
export function chartableGroups(c: Comparison): ComparisonGroup[] {
  return c.groups.filter((g) => g.rows.some((row) => row.cells.some((cell) => cell.state === 'measured' && cell.relative !== null)))
}
