/**
 * A grouped bar chart: categories along x (e.g. "thread · 2 workers"), one bar per series in each
 * (e.g. p50, p90, p99; or user and system CPU time), error bars where a value has an interval.
 * Used for figures that are not a curve over worker counts.
 */
import { escapeHtml as esc } from '../escape'
import type { FigureValue } from '../chart-figures'
import { EN, type ExportLocale } from '../locale'
import { PLOT, axes, chartSvg, clampInterval, linearScale, niceTicks, px, shorten, yDomain } from './frame'

export interface BarSeries {
  name: string
  color: string
  /** One value per category; null where the category has none. */
  values: (FigureValue | null)[]
}

export interface BarChartSpec {
  id: string
  title: string
  xLabel: string
  yLabel: string
  categories: string[]
  series: BarSeries[]
  /** A dashed horizontal line, e.g. "1× = as fast as the baseline". */
  reference?: { y: number; label: string }
  /** The export's language (numbers); English by default. */
  loc?: ExportLocale
}

/** Average width of a 12 px label character, for deciding whether labels fit their slot. */
const CHAR_PX = 6.5

/** Beyond this many categories labels would overlap; the caller splits or trims. */
export const MAX_BAR_CATEGORIES = 24

function describe(spec: BarChartSpec, loc: ExportLocale): string {
  return spec.categories
    .map((c, i) => `${c}: ${spec.series.map((s) => `${s.name} ${s.values[i] ? loc.fmt.number(s.values[i].y) : '–'}`).join(', ')}`)
    .join('; ')
}

/**
 * Category labels that fit under their bars, or numbers (1, 2, 3…) and a key to print beside the
 * chart when they do not: a long label cut to "thread · …rounds" tells the reader nothing.
 */
export function fitCategories(labels: readonly string[]): { categories: string[]; key: string } {
  const shown = labels.slice(0, MAX_BAR_CATEGORIES)
  const band = (PLOT.right - PLOT.left) / Math.max(1, shown.length)
  if (shown.every((l) => l.length * CHAR_PX <= band)) return { categories: [...shown], key: '' }
  return { categories: shown.map((_, i) => String(i + 1)), key: shown.map((l, i) => `${i + 1} = ${l}`).join('; ') }
}

export function barChartSvg(spec: BarChartSpec): string {
  const loc = spec.loc ?? EN
  const categories = spec.categories.slice(0, MAX_BAR_CATEGORIES)
  const values = spec.series.flatMap((s) => s.values.slice(0, categories.length).flatMap((v) => (v ? [v] : [])))
  if (spec.reference) values.push({ y: spec.reference.y })
  const ticksY = niceTicks(...yDomain(values, true))
  const domain: [number, number] = [ticksY[0] ?? 0, ticksY[ticksY.length - 1] ?? 1]
  const y = linearScale(domain, [PLOT.bottom, PLOT.top])
  const band = (PLOT.right - PLOT.left) / Math.max(1, categories.length)
  const barWidth = Math.max(2, (band * 0.8) / Math.max(1, spec.series.length))
  const zero = y(Math.max(0, ticksY[0] ?? 0))

  const parts: string[] = [axes(y, ticksY, spec.xLabel, spec.yLabel, loc)]
  categories.forEach((category, i) => {
    const center = PLOT.left + band * (i + 0.5)
    const label = shorten(category, Math.max(4, Math.floor(band / CHAR_PX)))
    parts.push(`<text x="${px(center)}" y="${PLOT.bottom + 16}" text-anchor="middle">${esc(label)}</text>`)
  })
  spec.series.forEach((s, si) => {
    const g: string[] = [`<g class="series" data-series="${esc(s.name)}">`]
    categories.forEach((category, i) => {
      const v = s.values[i]
      if (!v) return
      const left = PLOT.left + band * i + band * 0.1 + barWidth * si
      const top = Math.min(y(v.y), zero)
      const height = Math.abs(zero - y(v.y))
      g.push(
        `<rect class="bar" x="${px(left)}" y="${px(top)}" width="${px(barWidth)}" height="${px(height)}" fill="${s.color}" data-value="${v.y}">` +
          `<title>${esc(`${category}, ${s.name}: ${loc.fmt.number(v.y)}`)}</title></rect>`,
      )
      const ci = clampInterval(v, domain)
      if (ci) {
        const cx = px(left + barWidth / 2)
        g.push(`<line class="ci" x1="${cx}" x2="${cx}" y1="${px(y(ci[0]))}" y2="${px(y(ci[1]))}" stroke="#222" stroke-width="1.5"/>`)
      }
    })
    g.push('</g>')
    parts.push(g.join(''))
  })
  if (spec.reference) {
    const ry = px(y(spec.reference.y))
    parts.push(`<line class="reference" x1="${PLOT.left}" x2="${PLOT.right}" y1="${ry}" y2="${ry}" stroke="#444" stroke-dasharray="5 4"/>`)
    parts.push(`<text x="${PLOT.right - 4}" y="${px(y(spec.reference.y) - 4)}" text-anchor="end" fill="#444">${esc(spec.reference.label)}</text>`)
  }
  const items = spec.series.map((s) => ({ name: s.name, color: s.color }))
  return chartSvg({ id: spec.id, kind: 'bar', title: spec.title, description: describe(spec, loc) }, parts.join(''), items)
}
