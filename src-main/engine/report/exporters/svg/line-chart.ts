/**
 * A line chart over worker counts: one line per series (a runtime, or a machine when comparing),
 * 95% intervals as error bars, and optionally the ideal line and a marker at the core count.
 * The ideal is the app's: `y = x` up to the core count, then flat (more workers than cores only
 * take turns on them). Every data point is a `circle.point` carrying its values, so a test (or a curious
 * reader of the file) can find them.
 */
import { escapeHtml as esc } from '../escape'
import { EN, type ExportLocale } from '../locale'
import { PLOT, axes, chartSvg, clampInterval, linearScale, niceTicks, px, yDomain } from './frame'
import type { LegendItem, YValue } from './frame'

export interface LinePoint {
  x: number
  y: number
  lo?: number
  hi?: number
}

export interface LineSeries {
  name: string
  color: string
  /** SVG stroke-dasharray of the line (the runtime's dash, as in the app); solid when absent. */
  dash?: string
  points: LinePoint[]
}

export interface LineChartSpec {
  /** Unique within the page: used for the chart's title and description ids. */
  id: string
  title: string
  xLabel: string
  yLabel: string
  series: LineSeries[]
  /** Draw perfect speedup: y = x up to `cores`, flat past them. */
  ideal?: { cores: number }
  /** A vertical marker, e.g. the machine's logical core count. */
  marker?: { x: number; label: string }
  yFromZero?: boolean
  /** Log-2 x axis, for sizes that double (payloads of 64 B … 1 MiB); ticks stay at the data. */
  xLog?: boolean
  /** How x tick labels are written (e.g. as byte sizes); default plain numbers. */
  xFormat?: (x: number) => string
  /** The export's language (numbers, the ideal line's name); English by default. */
  loc?: ExportLocale
}

/** Ticks at the data's own x values when there are few, else nice round ones (or every k-th on a log axis). */
function xTicks(xs: number[], log: boolean): number[] {
  const distinct = [...new Set(xs)].sort((a, b) => a - b)
  if (distinct.length <= 10) return distinct
  if (log) return distinct.filter((_, i) => i % Math.ceil(distinct.length / 10) === 0)
  return niceTicks(Math.min(...distinct), Math.max(...distinct))
}

function describe(spec: LineChartSpec, loc: ExportLocale): string {
  return spec.series
    .map((s) => `${s.name}: ${s.points.map((p) => `${(spec.xFormat ?? loc.fmt.number)(p.x)} → ${loc.fmt.number(p.y)}`).join(', ')}`)
    .join('; ')
}

export function lineChartSvg(spec: LineChartSpec): string {
  const loc = spec.loc ?? EN
  const points = spec.series.flatMap((s) => s.points)
  const xs = points.map((p) => p.x)
  if (spec.marker) xs.push(spec.marker.x)
  const log = (spec.xLog ?? false) && xs.every((v) => v > 0)
  const ticksX = xTicks(xs.length > 0 ? xs : [1], log)
  const xMin = Math.min(...ticksX, ...xs)
  const xMax = Math.max(...ticksX, ...xs)
  const t = (v: number) => (log ? Math.log2(v) : v)
  const xLinear = linearScale(xMin === xMax ? [t(xMin) - 1, t(xMax) + 1] : [t(xMin), t(xMax)], [PLOT.left + 12, PLOT.right - 12])
  const x = (v: number) => xLinear(t(v))
  const xLabel = spec.xFormat ?? loc.fmt.number

  const yValues: YValue[] = [...points]
  const idealY = (v: number) => Math.min(v, Math.max(1, spec.ideal?.cores ?? v))
  if (spec.ideal) yValues.push(...ticksX.filter((v) => v >= xMin && v <= xMax).map((v) => ({ y: idealY(v) })))
  const ticksY = niceTicks(...yDomain(yValues, spec.yFromZero ?? false))
  const domain: [number, number] = [ticksY[0] ?? 0, ticksY[ticksY.length - 1] ?? 1]
  const y = linearScale(domain, [PLOT.bottom, PLOT.top])

  const parts: string[] = [axes(y, ticksY, spec.xLabel, spec.yLabel, loc)]
  for (const tick of ticksX) {
    parts.push(`<text x="${px(x(tick))}" y="${PLOT.bottom + 16}" text-anchor="middle">${esc(xLabel(tick))}</text>`)
  }
  const items: LegendItem[] = []
  if (spec.ideal && !log) {
    const cores = Math.max(1, spec.ideal.cores)
    const corners = [xMin, ...(cores > xMin && cores < xMax ? [cores] : []), xMax]
    const path = corners.map((v) => `${px(x(v))},${px(y(idealY(v)))}`).join(' ')
    parts.push(`<polyline class="ideal" points="${path}" fill="none" stroke="#888" stroke-width="1.5" stroke-dasharray="5 4"/>`)
    items.push({ name: loc.r('charts.ideal', { cores: loc.fmt.number(cores) }), color: '#888', dashed: true })
  }
  if (spec.marker) {
    const mx = px(x(spec.marker.x))
    parts.push(`<line class="marker" x1="${mx}" x2="${mx}" y1="${PLOT.top}" y2="${PLOT.bottom}" stroke="#bbb" stroke-dasharray="2 3"/>`)
    parts.push(`<text x="${px(x(spec.marker.x) - 4)}" y="${PLOT.top + 12}" text-anchor="end" fill="#666">${esc(spec.marker.label)}</text>`)
  }
  for (const s of spec.series) {
    const sorted = [...s.points].sort((a, b) => a.x - b.x)
    const g: string[] = [`<g class="series" data-series="${esc(s.name)}">`]
    if (sorted.length > 1) {
      const path = sorted.map((p) => `${px(x(p.x))},${px(y(p.y))}`).join(' ')
      const dash = s.dash ? ` stroke-dasharray="${s.dash}"` : ''
      g.push(`<polyline points="${path}" fill="none" stroke="${s.color}" stroke-width="2"${dash}/>`)
    }
    for (const p of sorted) {
      const cx = px(x(p.x))
      const ci = clampInterval(p, domain)
      if (ci) {
        g.push(`<line class="ci" x1="${cx}" x2="${cx}" y1="${px(y(ci[0]))}" y2="${px(y(ci[1]))}" stroke="${s.color}" stroke-width="1.5"/>`)
      }
      g.push(
        `<circle class="point" cx="${cx}" cy="${px(y(p.y))}" r="4" fill="${s.color}" data-x="${p.x}" data-y="${p.y}">` +
          `<title>${esc(`${s.name}: ${xLabel(p.x)} → ${loc.fmt.number(p.y)}`)}</title></circle>`,
      )
    }
    g.push('</g>')
    parts.push(g.join(''))
    items.push({ name: s.name, color: s.color })
  }
  return chartSvg({ id: spec.id, kind: 'line', title: spec.title, description: describe(spec, loc) }, parts.join(''), items)
}
