/**
 * A verdict's evidence as an inline SVG bar chart (the HTML handout, its PDF): one horizontal bar
 * per compared thing with its interval as a whisker, a count bar drawn against `of`. Presentation
 * attributes only: the page's CSP admits no inline style, and nothing is loaded.
 */
import type { ClaimEvidence } from '../../../../src-shared/claims/claim-verdict'
import { claimParams } from '../../../../src-shared/claims/claim-text'
import { escapeHtml as esc } from './escape'
import type { ExportLocale } from './locale'

const WIDTH = 460
const LABEL = 170
const VALUE = 90
const ROW = 22
const BAR_AREA = WIDTH - LABEL - VALUE - 10
const COLOURS = ['#3366cc', '#dc7633', '#2e8b57', '#8e44ad', '#b03a2e', '#117a8b']

function barLabel(bar: ClaimEvidence['bars'][number], loc: ExportLocale): string {
  const key = `claims.bar.${bar.label.code}`
  const text = loc.t(key, claimParams(loc.t, bar.label.params))
  return text === key ? bar.label.code : text
}

function valueText(bar: ClaimEvidence['bars'][number], unit: ClaimEvidence['unit'], loc: ExportLocale): string {
  const value = loc.fmt.number(bar.value)
  if (bar.of !== undefined) return loc.t('claims.report.evidenceOf', { value, of: loc.fmt.number(bar.of) })
  return `${value} ${loc.t(`claims.report.units.${unit}`)}`
}

export function evidenceSvg(evidence: ClaimEvidence, id: string, loc: ExportLocale): string {
  const bars = evidence.bars
  if (bars.length === 0) return ''
  const top = Math.max(...bars.map((b) => Math.max(b.value, b.interval?.[1] ?? 0, b.of ?? 0)), Number.MIN_VALUE)
  const x = (v: number) => LABEL + (Math.max(0, v) / top) * BAR_AREA
  const height = bars.length * ROW + 8
  const title = loc.t('claims.report.evidence', { unit: loc.t(`claims.report.units.${evidence.unit}`) })
  const rows = bars.map((bar, i) => {
    const y = 4 + i * ROW
    const colour = COLOURS[i % COLOURS.length]!
    const parts = [
      `<text x="${LABEL - 6}" y="${y + 15}" text-anchor="end" font-size="12">${esc(barLabel(bar, loc))}</text>`,
      `<rect x="${LABEL}" y="${y + 3}" width="${(x(bar.value) - LABEL).toFixed(1)}" height="${ROW - 8}" fill="${colour}"/>`,
    ]
    if (bar.of !== undefined) parts.push(`<rect x="${LABEL}" y="${y + 3}" width="${(x(bar.of) - LABEL).toFixed(1)}" height="${ROW - 8}" fill="none" stroke="#999"/>`)
    if (bar.interval) {
      const [lo, hi] = bar.interval
      const mid = y + ROW / 2 - 1
      parts.push(`<line x1="${x(lo).toFixed(1)}" x2="${x(hi).toFixed(1)}" y1="${mid}" y2="${mid}" stroke="#222" stroke-width="1.5"/>`)
    }
    parts.push(`<text x="${WIDTH - VALUE}" y="${y + 15}" font-size="12">${esc(valueText(bar, evidence.unit, loc))}</text>`)
    return parts.join('')
  })
  return [
    `<svg class="chart claim-evidence" id="${esc(id)}" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-label="${esc(title)}">`,
    `<title>${esc(title)}</title>`,
    ...rows,
    '</svg>',
  ].join('')
}
