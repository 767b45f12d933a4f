/**
 * The parts every SVG chart shares: size, colours, "nice" axis ticks, the axes and the legend.
 * Charts are plain SVG built as strings on the engine side, so the exported HTML needs no
 * script and draws the same in any browser, in a PDF, or offline years later.
 */
import { OTHER_COLORS, runtimeStyle } from '../../../../../src-shared/runtime-style'
import { escapeHtml as esc } from '../escape'
import { formatNumber } from '../format'
import type { ExportLocale } from '../locale'

export const WIDTH = 640
export const HEIGHT = 380
/** The plot area; the title and the legend sit above it, tick labels and the x title below. */
export const PLOT = { left: 70, right: WIDTH - 20, top: 62, bottom: HEIGHT - 70 } as const

/**
 * A runtime's colour is the app's (src-shared/runtime-style.ts, the light theme: exports are drawn
 * on white), so a reader finds the same colour for the same runtime on screen and in the file.
 * Other series (parts of a figure, machines) take colours no runtime uses.
 */
export const PALETTE = OTHER_COLORS

export function seriesColor(name: string, index: number): string {
  return runtimeStyle(name)?.light ?? PALETTE[index % PALETTE.length] ?? '#000000'
}

/** The runtime's line dash as an SVG attribute value, or undefined for a solid line. */
export function seriesDash(name: string): string | undefined {
  const dash = runtimeStyle(name)?.dash ?? []
  return dash.length > 0 ? dash.join(' ') : undefined
}

/** Coordinates rounded to 0.1 px: enough for the eye, and the output stays byte-stable. */
export const px = (v: number): string => (Math.round(v * 10) / 10).toString()

function niceNumber(range: number, round: boolean): number {
  const exponent = Math.floor(Math.log10(range))
  const fraction = range / 10 ** exponent
  const nice = round
    ? fraction < 1.5 ? 1 : fraction < 3 ? 2 : fraction < 7 ? 5 : 10
    : fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10
  return nice * 10 ** exponent
}

/** Heckbert's "nice numbers for graph labels": round ticks covering [min, max]. */
export function niceTicks(min: number, max: number, count = 6): number[] {
  if (!(Number.isFinite(min) && Number.isFinite(max))) return [0, 1]
  if (max - min < 1e-12 * Math.max(1, Math.abs(max))) {
    const pad = Math.abs(max) > 0 ? Math.abs(max) / 2 : 1
    return niceTicks(min - pad, max + pad, count)
  }
  const step = niceNumber(niceNumber(max - min, false) / (count - 1), true)
  const ticks: number[] = []
  for (let t = Math.floor(min / step) * step; t <= Math.ceil(max / step) * step + step / 2; t += step) {
    ticks.push(Number(t.toPrecision(12)))
  }
  return ticks
}

export interface Scale {
  (v: number): number
  domain: [number, number]
}

export function linearScale(domain: [number, number], range: [number, number]): Scale {
  const [d0, d1] = domain
  const [r0, r1] = range
  const span = d1 - d0 || 1
  const scale = ((v: number) => r0 + ((v - d0) / span) * (r1 - r0)) as Scale
  scale.domain = domain
  return scale
}

export function svgOpen(id: string, kind: string, title: string, description: string): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart" data-chart="${esc(kind)}" viewBox="0 0 ${WIDTH} ${HEIGHT}" ` +
    `role="img" aria-labelledby="${esc(id)}-title ${esc(id)}-desc" font-family="system-ui, sans-serif" font-size="12">` +
    `<title id="${esc(id)}-title">${esc(title)}</title><desc id="${esc(id)}-desc">${esc(description)}</desc>` +
    `<rect x="0" y="0" width="${WIDTH}" height="${HEIGHT}" fill="#ffffff"/>` +
    `<text x="${WIDTH / 2}" y="22" text-anchor="middle" font-size="14" font-weight="600">${esc(title)}</text>`
  )
}

/** Horizontal grid lines with y labels, the axis lines and both axis titles. */
export function axes(y: Scale, yTicks: number[], xLabel: string, yLabel: string, loc?: ExportLocale): string {
  const formatTick = loc?.fmt.number ?? formatNumber
  const parts: string[] = []
  for (const t of yTicks) {
    const yy = px(y(t))
    parts.push(`<line x1="${PLOT.left}" x2="${PLOT.right}" y1="${yy}" y2="${yy}" stroke="#e3e3e3"/>`)
    parts.push(`<text x="${PLOT.left - 6}" y="${yy}" text-anchor="end" dominant-baseline="middle">${esc(formatTick(t))}</text>`)
  }
  parts.push(`<line x1="${PLOT.left}" x2="${PLOT.left}" y1="${PLOT.top}" y2="${PLOT.bottom}" stroke="#444"/>`)
  parts.push(`<line x1="${PLOT.left}" x2="${PLOT.right}" y1="${PLOT.bottom}" y2="${PLOT.bottom}" stroke="#444"/>`)
  parts.push(`<text x="${(PLOT.left + PLOT.right) / 2}" y="${PLOT.bottom + 36}" text-anchor="middle">${esc(xLabel)}</text>`)
  const midY = (PLOT.top + PLOT.bottom) / 2
  parts.push(`<text x="16" y="${midY}" text-anchor="middle" transform="rotate(-90 16 ${midY})">${esc(yLabel)}</text>`)
  return parts.join('')
}

export interface LegendItem {
  name: string
  color: string
  dashed?: boolean
}

/** One row of swatches between the title and the plot; long names are cut to fit the row. */
export function legend(items: readonly LegendItem[]): string {
  const slot = Math.max(70, Math.floor((PLOT.right - PLOT.left) / Math.max(1, items.length)))
  const maxChars = Math.max(6, Math.floor((slot - 28) / 7))
  return items
    .map((item, i) => {
      const x = PLOT.left + i * slot
      const y = 42
      const name = shorten(item.name, maxChars)
      const dash = item.dashed ? ' stroke-dasharray="5 4"' : ''
      return (
        `<g class="legend-item"><line x1="${x}" x2="${x + 20}" y1="${y}" y2="${y}" stroke="${item.color}" stroke-width="3"${dash}/>` +
        `<text x="${x + 26}" y="${y}" dominant-baseline="middle">${esc(name)}</text></g>`
      )
    })
    .join('')
}

/** Cuts the middle out of a long label: the end often holds what tells two labels apart (a size). */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text
  const head = Math.ceil((max - 1) / 2)
  return `${text.slice(0, head)}…${text.slice(text.length - (max - 1 - head))}`
}

export interface YValue {
  y: number
  lo?: number
  hi?: number
}

/**
 * The y range to draw. With `fromZero` and no negative value, the axis starts at 0 and interval
 * ends below it are cut there: a time or a speedup cannot be negative, even when the 95%
 * interval of a mean from two samples reaches below zero.
 */
export function yDomain(values: readonly YValue[], fromZero: boolean): [number, number] {
  const finite = values.flatMap((v) => [v.y, v.lo ?? v.y, v.hi ?? v.y]).filter(Number.isFinite)
  if (finite.length === 0) return [0, 1]
  const floorAtZero = fromZero && values.every((v) => !(v.y < 0))
  const lo = floorAtZero ? 0 : fromZero ? Math.min(0, ...finite) : Math.min(...finite)
  const hi = Math.max(...finite)
  return [lo, hi <= lo ? lo + 1 : hi]
}

/** An interval's ends, cut to the drawn range. */
export function clampInterval(v: YValue, domain: readonly [number, number]): [number, number] | null {
  if (v.lo === undefined || v.hi === undefined || !(v.hi > v.lo)) return null
  return [Math.max(v.lo, domain[0]), Math.min(v.hi, domain[1])]
}
