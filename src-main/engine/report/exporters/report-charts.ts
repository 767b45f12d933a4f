/**
 * Which charts a group of runs gets, decided by what its points carry: speedup against workers
 * (with the ideal line) when some runtime swept the worker count, the time of every point, one
 * chart per extra figure (a curve over workers or payload sizes, or bars when there is no curve),
 * and the timeline of the widest point that recorded one.
 */
import type { Machine, Point, Run } from '../../../../src-shared/report'
import { type ExtraFigure, type FigureSeries, type FigureValue, type XKind, buildSeries, extraFigures, figureName, figureValue } from './chart-figures'
import { type RunGroup, describeName } from './figures'
import { runShown } from './run-shown'
import { EN, type ExportLocale, plural } from './locale'
import { MAX_BAR_CATEGORIES, type BarSeries, barChartSvg, fitCategories } from './svg/bar-chart'
import { shadeOf } from '../../../../src-shared/runtime-style'
import { seriesColor, seriesDash } from './svg/frame'
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

const X_LABELS: Record<Exclude<XKind, 'none'>, string> = { workers: 'charts.workers', payloadBytes: 'charts.payloadSize' }

/** A figure drawn the way its data allows: lines over an x axis, or one bar per point. */
function curveOrBars(
  loc: ExportLocale,
  axis: Axis,
  xKind: XKind,
  series: FigureSeries[],
  extra: { ideal?: { cores: number }; marker?: { x: number; label: string } } = {},
): { svg: string; key: string } {
  if (xKind === 'none') {
    const cells = series.flatMap((s) => s.points.map((p) => ({ name: s.points.length > 1 ? `${s.name} · ${p.label}` : s.name, p })))
    const shown = cells.slice(0, MAX_BAR_CATEGORIES)
    const { categories, key } = fitCategories(shown.map((c) => c.name))
    const bars: BarSeries = { name: axis.yLabel, color: seriesColor('', 0), values: shown.map((c) => c.p) }
    return { svg: barChartSvg({ ...axis, xLabel: loc.r('charts.runtimeCase'), categories, series: [bars], loc }), key }
  }
  const svg = lineChartSvg({
    ...axis,
    xLabel: loc.r(X_LABELS[xKind]),
    series: series.map((s, i) => {
      // Several series of one runtime (IPC mechanisms): shades of its colour, as in the app.
      const k = series.slice(0, i).filter((o) => o.runtime === s.runtime).length
      const dash = seriesDash(s.runtime)
      return { name: s.name, color: shadeOf(seriesColor(s.runtime, i), k), ...(dash ? { dash } : {}), points: s.points }
    }),
    yFromZero: true,
    ...(xKind === 'payloadBytes' ? { xLog: true, xFormat: loc.fmt.bytes } : {}),
    ...extra,
    loc,
  })
  return { svg, key: '' }
}

/** A caption with the chart's category key, when it needed one. */
const withKey = (loc: ExportLocale, caption: string, key: string) => (key === '' ? caption : loc.r('charts.withKey', { caption, key }))

function speedupChart(loc: ExportLocale, id: string, runs: readonly Run[], machine: Machine): Chart | null {
  const { xKind, series } = buildSeries(
    runs,
    (p) => (p.speedup === null ? null : { y: p.speedup, ...(p.speedupCi95 ? { lo: p.speedupCi95[0], hi: p.speedupCi95[1] } : {}) }),
    loc,
  )
  const swept = series.filter((s) => s.points.length > 1)
  if (xKind !== 'workers' || swept.length === 0) return null
  const maxWorkers = Math.max(...swept.flatMap((s) => s.points.map((p) => p.x)))
  const cores = machine.logicalCores
  const axis = { id, title: loc.r('charts.speedupTitle'), yLabel: loc.r('charts.speedupY') }
  const marker = cores <= maxWorkers ? { marker: { x: cores, label: loc.r('charts.cores', { n: loc.fmt.number(cores) }) } } : {}
  const { svg } = curveOrBars(loc, axis, xKind, swept, { ideal: { cores }, ...marker })
  return { svg, caption: loc.r('charts.speedupCaption') }
}

function timeChart(loc: ExportLocale, id: string, runs: readonly Run[]): Chart | null {
  const { xKind, series } = buildSeries(runs, (p: Point): FigureValue => ({ y: p.stats.median, lo: p.stats.ci95[0], hi: p.stats.ci95[1] }), loc)
  if (series.length === 0) return null
  const title = xKind === 'none' ? loc.r('charts.medianTime') : loc.r('charts.timeAgainst', { x: loc.r(X_LABELS[xKind]) })
  const { svg, key } = curveOrBars(loc, { id, title, yLabel: loc.r('charts.medianTimeMs') }, xKind, series)
  return { svg, caption: withKey(loc, loc.r('charts.timeCaption'), key) }
}

/** The unit as the chart reads it: `bytes` and `per second` are words, ms and µs stay as they are. */
function unitText(loc: ExportLocale, unit: string): string {
  if (unit === 'bytes') return loc.r('units.bytes')
  if (unit === 'per second') return loc.r('units.perSecond')
  return unit
}

function axisLabel(loc: ExportLocale, figure: ExtraFigure): string {
  const { stem, words } = describeName(figure.path[0] ?? '')
  // A field the catalogue names (`latencyUs` -> `latency`) reads in the export's language.
  const named = stem === '' ? null : loc.maybe(`fieldNames.${stem}`)
  const sub = figure.path.slice(1).join(' ')
  const base = named ?? words
  const name = sub === '' ? base : loc.r('charts.withPart', { name: base, part: sub })
  return figure.unit === '' ? name : loc.r('charts.withUnit', { name, unit: unitText(loc, figure.unit) })
}

function extraChart(loc: ExportLocale, id: string, runs: readonly Run[], figure: ExtraFigure): Chart | null {
  const title = axisLabel(loc, figure)
  const caption = loc.r('charts.extraCaption', { name: figureName(figure) })
  if (figure.kind === 'scalar') {
    const { xKind, series } = buildSeries(runs, (p) => figureValue(p, figure), loc)
    if (series.length === 0) return null
    const { svg, key } = curveOrBars(loc, { id, title, yLabel: title }, xKind, series)
    return { svg, caption: withKey(loc, caption, key) }
  }
  const hasPart = (p: Point) => figure.parts.some((part) => figureValue(p, figure, part))
  const { xKind, series } = buildSeries(runs, (p) => (hasPart(p) ? { y: 0 } : null), loc)
  const cells = series.flatMap((s) =>
    s.points.map((p) => ({
      name: xKind === 'none' && s.points.length === 1 ? s.name : `${s.name} · ${xKind === 'payloadBytes' ? loc.fmt.bytes(p.x) : p.label}`,
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
  const trimmed = cells.length > shown.length ? loc.r('charts.trimmed', { shown: loc.fmt.number(shown.length), total: loc.fmt.number(cells.length) }) : ''
  const { categories, key } = fitCategories(shown.map((c) => c.name))
  return {
    svg: barChartSvg({ id, title, xLabel: loc.r('charts.runtimeCase'), yLabel: title, categories, series: bars, loc }),
    caption: withKey(loc, `${caption}${trimmed}`, key),
  }
}

function timelineCharts(loc: ExportLocale, idPrefix: string, runs: readonly Run[]): Chart[] {
  return runs.flatMap((run, i) => {
    const widest = run.points.filter((p) => (p.timeline?.length ?? 0) > 0).sort((a, b) => b.workers - a.workers)[0]
    if (!widest?.timeline) return []
    return [
      {
        svg: timelineChartSvg({
          id: `${idPrefix}-${i}`,
          title: plural(loc, 'charts.timelineTitle', widest.workers, { runtime: runShown(run, loc) }),
          spans: widest.timeline,
          color: seriesColor(run.runtime, i),
          loc,
        }),
        caption: loc.r('charts.timelineCaption'),
      },
    ]
  })
}

export function groupCharts(idPrefix: string, group: RunGroup, machine: Machine, loc: ExportLocale = EN): Chart[] {
  const charts: (Chart | null)[] = [speedupChart(loc, `${idPrefix}-speedup`, group.runs, machine), timeChart(loc, `${idPrefix}-time`, group.runs)]
  extraFigures(group.runs).forEach((figure, i) => charts.push(extraChart(loc, `${idPrefix}-extra-${i}`, group.runs, figure)))
  charts.push(...timelineCharts(loc, `${idPrefix}-timeline`, group.runs))
  return charts.filter((c): c is Chart => c !== null)
}
