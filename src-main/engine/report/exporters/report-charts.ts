/**
 * Which charts a group of runs gets, decided by what its points carry: speedup against workers
 * (with the ideal line) when some runtime swept the worker count, the time of every point, one
 * chart per extra figure (a curve over workers or payload sizes, or bars when there is no curve),
 * and the timeline of the widest point that recorded one.
 */
import type { Machine, Point, Run } from '../../../../src-shared/report'
import { type ExtraFigure, type FigureSeries, type FigureValue, type XKind, buildSeries, extraFigures, figureName, figureValue } from './chart-figures'
import { type RunGroup, describeName } from './figures'
import { formatBytes } from './format'
import { MAX_BAR_CATEGORIES, type BarSeries, barChartSvg, fitCategories } from './svg/bar-chart'
import { seriesColor } from './svg/frame'
import { lineChartSvg } from './svg/line-chart'
import { timelineChartSvg } from './svg/timeline-chart'

export interface Chart {
  svg: string
  /** Plain text (escaped by the page): what the chart shows and how to read it. */
  caption: string
}

interface Axis {
  id: string
  title: string
  yLabel: string
}

const X_LABELS: Record<Exclude<XKind, 'none'>, string> = { workers: 'workers', payloadBytes: 'payload size' }

/** A figure drawn the way its data allows: lines over an x axis, or one bar per point. */
function curveOrBars(
  axis: Axis,
  xKind: XKind,
  series: FigureSeries[],
  extra: { ideal?: boolean; marker?: { x: number; label: string } } = {},
): { svg: string; key: string } {
  if (xKind === 'none') {
    const cells = series.flatMap((s) => s.points.map((p) => ({ name: s.points.length > 1 ? `${s.name} · ${p.label}` : s.name, p })))
    const shown = cells.slice(0, MAX_BAR_CATEGORIES)
    const { categories, key } = fitCategories(shown.map((c) => c.name))
    const bars: BarSeries = { name: axis.yLabel, color: seriesColor('', 0), values: shown.map((c) => c.p) }
    return { svg: barChartSvg({ ...axis, xLabel: 'runtime · case', categories, series: [bars] }), key }
  }
  const svg = lineChartSvg({
    ...axis,
    xLabel: X_LABELS[xKind],
    series: series.map((s, i) => ({ name: s.name, color: seriesColor(s.name, i), points: s.points })),
    yFromZero: true,
    ...(xKind === 'payloadBytes' ? { xLog: true, xFormat: formatBytes } : {}),
    ...extra,
  })
  return { svg, key: '' }
}

/** A caption with the chart's category key, when it needed one. */
const withKey = (caption: string, key: string) => (key === '' ? caption : `${caption} Bars: ${key}.`)

function speedupChart(id: string, runs: readonly Run[], machine: Machine): Chart | null {
  const { xKind, series } = buildSeries(runs, (p) =>
    p.speedup === null ? null : { y: p.speedup, ...(p.speedupCi95 ? { lo: p.speedupCi95[0], hi: p.speedupCi95[1] } : {}) },
  )
  const swept = series.filter((s) => s.points.length > 1)
  if (xKind !== 'workers' || swept.length === 0) return null
  const maxWorkers = Math.max(...swept.flatMap((s) => s.points.map((p) => p.x)))
  const cores = machine.logicalCores
  const axis = { id, title: 'Speedup against workers', yLabel: 'speedup (× the 1-worker time)' }
  const { svg } = curveOrBars(axis, xKind, swept, { ideal: true, ...(cores <= maxWorkers ? { marker: { x: cores, label: `${cores} cores` } } : {}) })
  return {
    svg,
    caption:
      'Each line is a runtime; bars are 95% intervals. The dashed line is perfect scaling. ' +
      'Past the core count the workers take turns on the cores, so the curve flattens or falls.',
  }
}

function timeChart(id: string, runs: readonly Run[]): Chart | null {
  const { xKind, series } = buildSeries(runs, (p: Point): FigureValue => ({ y: p.stats.median, lo: p.stats.ci95[0], hi: p.stats.ci95[1] }))
  if (series.length === 0) return null
  const title = xKind === 'none' ? 'Median time' : `Time against ${X_LABELS[xKind]}`
  const { svg, key } = curveOrBars({ id, title, yLabel: 'median time (ms)' }, xKind, series)
  return { svg, caption: withKey('Median time of one repetition; error bars are 95% intervals of the mean. Lower is faster.', key) }
}

function axisLabel(figure: ExtraFigure): string {
  const { words } = describeName(figure.path[0] ?? '')
  const sub = figure.path.slice(1).join(' ')
  const name = sub === '' ? words : `${words} (${sub})`
  return figure.unit === '' ? name : `${name}, ${figure.unit}`
}

function extraChart(id: string, runs: readonly Run[], figure: ExtraFigure): Chart | null {
  const title = axisLabel(figure)
  const caption = `The "${figureName(figure)}" figure of each point, as the workload recorded it.`
  if (figure.kind === 'scalar') {
    const { xKind, series } = buildSeries(runs, (p) => figureValue(p, figure))
    if (series.length === 0) return null
    const { svg, key } = curveOrBars({ id, title, yLabel: title }, xKind, series)
    return { svg, caption: withKey(caption, key) }
  }
  const hasPart = (p: Point) => figure.parts.some((part) => figureValue(p, figure, part))
  const { xKind, series } = buildSeries(runs, (p) => (hasPart(p) ? { y: 0 } : null))
  const cells = series.flatMap((s) =>
    s.points.map((p) => ({
      name: xKind === 'none' && s.points.length === 1 ? s.name : `${s.name} · ${xKind === 'payloadBytes' ? formatBytes(p.x) : p.label}`,
      point: p.source,
    })),
  )
  if (cells.length === 0) return null
  const shown = cells.slice(0, MAX_BAR_CATEGORIES)
  const bars: BarSeries[] = figure.parts.map((part, i) => ({
    name: part,
    color: seriesColor('', i),
    values: shown.map((c) => figureValue(c.point, figure, part)),
  }))
  const trimmed = cells.length > shown.length ? ` Only the first ${shown.length} of ${cells.length} points are drawn; the table has them all.` : ''
  const { categories, key } = fitCategories(shown.map((c) => c.name))
  return {
    svg: barChartSvg({ id, title, xLabel: 'runtime · case', yLabel: title, categories, series: bars }),
    caption: withKey(`${caption}${trimmed}`, key),
  }
}

function timelineCharts(idPrefix: string, runs: readonly Run[]): Chart[] {
  return runs.flatMap((run, i) => {
    const widest = run.points.filter((p) => (p.timeline?.length ?? 0) > 0).sort((a, b) => b.workers - a.workers)[0]
    if (!widest?.timeline) return []
    return [
      {
        svg: timelineChartSvg({
          id: `${idPrefix}-${i}`,
          title: `Who worked when: ${run.runtime}, ${widest.workers} worker${widest.workers === 1 ? '' : 's'}`,
          spans: widest.timeline,
          color: seriesColor(run.runtime, i),
        }),
        caption: 'Chunks of the last repetition on each worker. Gaps at the end of a row are time a worker waited for the others (load imbalance).',
      },
    ]
  })
}

export function groupCharts(idPrefix: string, group: RunGroup, machine: Machine): Chart[] {
  const charts: (Chart | null)[] = [speedupChart(`${idPrefix}-speedup`, group.runs, machine), timeChart(`${idPrefix}-time`, group.runs)]
  extraFigures(group.runs).forEach((figure, i) => charts.push(extraChart(`${idPrefix}-extra-${i}`, group.runs, figure)))
  charts.push(...timelineCharts(`${idPrefix}-timeline`, group.runs))
  return charts.filter((c): c is Chart => c !== null)
}
