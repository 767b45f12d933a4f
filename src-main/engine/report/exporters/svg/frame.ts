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

export function svgOpen(id: string, kind: string, title: string, description: string, height: number = HEIGHT): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart" data-chart="${esc(kind)}" viewBox="0 0 ${WIDTH} ${height}" ` +
    `role="img" aria-labelledby="${esc(id)}-title ${esc(id)}-desc" font-family="system-ui, sans-serif" font-size="12">` +
    `<title id="${esc(id)}-title">${esc(title)}</title><desc id="${esc(id)}-desc">${esc(description)}</desc>` +
    `<rect x="0" y="0" width="${WIDTH}" height="${height}" fill="#ffffff"/>` +
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

const LEGEND_Y = 42
const LEGEND_ROW = 18
const SWATCH = 26
const GAP = 16

/** About how wide a name is drawn at 12 px: CJK characters take about twice a Latin one. */
export function textWidth(text: string): number {
  let width = 0
  for (const ch of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 12 : 7
  return width
}

/**
 * Swatches between the title and the plot. When every name fits an equal share of the row they
 * sit in one row as before; otherwise they flow into as many rows as they need, each name whole
 * (a cut name could no longer be told from its neighbour). `rows` tells the chart how far to
 * push the plot down.
 */
export function legendRows(items: readonly LegendItem[]): { svg: string; rows: number } {
  const rowWidth = PLOT.right - PLOT.left
  const slot = Math.max(70, Math.floor(rowWidth / Math.max(1, items.length)))
  const oneRow = items.every((item) => SWATCH + textWidth(item.name) <= slot)
  const placed: { item: LegendItem; x: number; row: number }[] = []
  let x = PLOT.left
  let row = 0
  items.forEach((item, i) => {
    if (oneRow) return placed.push({ item, x: PLOT.left + i * slot, row: 0 })
    const width = SWATCH + textWidth(item.name)
    if (x > PLOT.left && x + width > PLOT.right) {
      row++
      x = PLOT.left
    }
    placed.push({ item, x, row })
    x += width + GAP
  })
  const svg = placed
    .map(({ item, x, row }) => {
      const y = LEGEND_Y + row * LEGEND_ROW
      // A single name wider than the whole row is the one case still cut.
      const name = shorten(item.name, Math.max(6, Math.floor((rowWidth - SWATCH) / 7)))
      const dash = item.dashed ? ' stroke-dasharray="5 4"' : ''
      return (
        `<g class="legend-item"><line x1="${x}" x2="${x + 20}" y1="${y}" y2="${y}" stroke="${item.color}" stroke-width="3"${dash}/>` +
        `<text x="${x + SWATCH}" y="${y}" dominant-baseline="middle">${esc(name)}</text></g>`
      )
    })
    .join('')
  return { svg, rows: Math.max(1, row + 1) }
}

/**
 * A whole chart: the frame, the legend, and the plot (drawn for the standard frame) pushed down by
 * the legend's extra rows, the picture growing by as much, so nothing is cut off.
 */
export function chartSvg(open: { id: string; kind: string; title: string; description: string }, body: string, items: readonly LegendItem[]): string {
  const { svg, rows } = legendRows(items)
  const extra = (rows - 1) * LEGEND_ROW
  const plot = extra > 0 ? `<g transform="translate(0 ${extra})">${body}</g>` : body
  return `${svgOpen(open.id, open.kind, open.title, open.description, HEIGHT + extra)}${plot}${svg}</svg>`
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
