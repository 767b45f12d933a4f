/**
 * The load-imbalance timeline of one point: a row per worker, a bar per chunk of work in the last
 * repetition. Idle stretches at the end of a row are time that worker waited for the others.
 * Workers are numbered from 1, as the app numbers them (spans carry 0-based indices).
 */
import type { Span } from '../../../../../src-shared/report'
import { escapeHtml as esc } from '../escape'
import { EN, type ExportLocale } from '../locale'
import { PLOT, linearScale, niceTicks, px, svgOpen, WIDTH } from './frame'

/** Enough to see the pattern; more would only make the file heavy. */
export const MAX_DRAWN_SPANS = 2000

export interface TimelineSpec {
  id: string
  title: string
  spans: readonly Span[]
  color: string
  /** The export's language; English by default. */
  loc?: ExportLocale
}

export function timelineChartSvg(spec: TimelineSpec): string {
  const { r, fmt } = spec.loc ?? EN
  const spans = spec.spans.slice(0, MAX_DRAWN_SPANS)
  const workers = Math.max(1, ...spans.map((s) => s.worker + 1))
  const end = Math.max(0, ...spans.map((s) => s.endMs))
  const start = Math.min(end, ...spans.map((s) => s.startMs))
  const ticks = niceTicks(start, end, 6)
  const x = linearScale([ticks[0] ?? 0, ticks[ticks.length - 1] ?? 1], [PLOT.left, PLOT.right])
  const rowHeight = (PLOT.bottom - PLOT.top) / workers
  const busy = Array.from({ length: workers }, (_, w) => spans.filter((s) => s.worker === w).reduce((sum, s) => sum + s.endMs - s.startMs, 0))
  const description = busy.map((b, w) => r('charts.workerBusy', { n: w + 1, busy: fmt.ms(b), total: fmt.ms(end - start) })).join('; ')

  const parts: string[] = [svgOpen(spec.id, 'timeline', spec.title, description)]
  for (const t of ticks) {
    const xx = px(x(t))
    parts.push(`<line x1="${xx}" x2="${xx}" y1="${PLOT.top}" y2="${PLOT.bottom}" stroke="#e3e3e3"/>`)
    parts.push(`<text x="${xx}" y="${PLOT.bottom + 16}" text-anchor="middle">${esc(fmt.number(t))}</text>`)
  }
  for (let w = 0; w < workers; w++) {
    const yy = PLOT.top + rowHeight * (w + 0.5)
    parts.push(`<text x="${PLOT.left - 6}" y="${px(yy)}" text-anchor="end" dominant-baseline="middle">${esc(r('charts.worker', { n: w + 1 }))}</text>`)
  }
  parts.push('<g class="series" data-series="spans">')
  for (const s of spans) {
    const top = PLOT.top + rowHeight * s.worker + rowHeight * 0.15
    parts.push(
      `<rect class="span" x="${px(x(s.startMs))}" y="${px(top)}" width="${px(Math.max(0.5, x(s.endMs) - x(s.startMs)))}" ` +
        `height="${px(rowHeight * 0.7)}" fill="${spec.color}" stroke="#ffffff" stroke-width="0.5">` +
        `<title>${esc(r('charts.span', { n: s.worker + 1, label: s.label, time: fmt.ms(s.endMs - s.startMs) }))}</title></rect>`,
    )
  }
  parts.push('</g>')
  parts.push(`<text x="${(PLOT.left + PLOT.right) / 2}" y="${PLOT.bottom + 36}" text-anchor="middle">${esc(r('charts.timelineX'))}</text>`)
  if (spec.spans.length > spans.length) {
    parts.push(`<text x="${WIDTH - 20}" y="42" text-anchor="end" fill="#666">${esc(r('charts.chunksShown', { shown: fmt.number(spans.length), total: fmt.number(spec.spans.length) }))}</text>`)
  }
  parts.push('</svg>')
  return parts.join('')
}
