/**
 * A comparison as one self-contained HTML page (same shell and CSP as the report export): the
 * overall speed of each machine against the baseline, then per group of comparable runs a chart
 * of time against workers (one line per machine), the ratios as bars, and the table.
 */
import { claimsCompareHtml } from './claims-compare-views'
import type { Locale } from '../../../../src-shared/i18n/locales'
import type { Comparison, ComparisonGroup } from '../compare'
import type { FigureValue } from './chart-figures'
import { cellText, compareExplanation, groupSettingsText, groupTitle, mismatchText, rowLabel, summaryText } from './compare-text'
import { escapeHtml as esc } from './escape'
import { figureHtml, htmlPage, htmlTable } from './html-page'
import { type ExportLocale, exportLocale, fillMarkup } from './locale'
import { machineRows } from './rows'
import { MAX_BAR_CATEGORIES, barChartSvg, fitCategories } from './svg/bar-chart'
import { PALETTE } from './svg/frame'
import { lineChartSvg } from './svg/line-chart'

const color = (i: number) => PALETTE[i % PALETTE.length] ?? '#000000'

function valueAt(group: ComparisonGroup, row: number, machine: number, pick: 'time' | 'relative'): FigureValue | null {
  const cell = group.rows[row]?.cells[machine]
  if (cell?.state !== 'measured') return null
  if (pick === 'time') return { y: cell.medianMs, lo: cell.ci95[0], hi: cell.ci95[1] }
  if (cell.relative === null) return null
  return { y: cell.relative, ...(cell.relativeCi95 ? { lo: cell.relativeCi95[0], hi: cell.relativeCi95[1] } : {}) }
}

function groupCharts(c: Comparison, group: ComparisonGroup, id: string, loc: ExportLocale): string[] {
  const { r } = loc
  const charts: string[] = []
  const cases = new Set(group.rows.map((r) => r.caseLabel))
  const sweep = cases.size === 1 && new Set(group.rows.map((r) => r.workers)).size > 1
  const rows = group.rows.slice(0, MAX_BAR_CATEGORIES)
  if (sweep) {
    const series = c.machines.map((m, i) => ({
      name: m.label,
      color: color(i),
      points: group.rows.flatMap((r, k) => {
        const v = valueAt(group, k, i, 'time')
        return v ? [{ x: r.workers, ...v }] : []
      }),
    }))
    const svg = lineChartSvg({
      id: `${id}-time`,
      title: r('compare.timeAgainstWorkers'),
      xLabel: r('charts.workers'),
      yLabel: r('charts.medianTimeMs'),
      series,
      yFromZero: true,
      loc,
    })
    charts.push(figureHtml(svg, r('compare.lineCaption')))
  } else {
    const series = c.machines.map((m, i) => ({ name: m.label, color: color(i), values: rows.map((_, k) => valueAt(group, k, i, 'time')) }))
    const { categories, key } = fitCategories(rows.map(rowLabel))
    const svg = barChartSvg({ id: `${id}-time`, title: r('charts.medianTime'), xLabel: r('compare.caseWorkers'), yLabel: r('charts.medianTimeMs'), categories, series, loc })
    const caption = r('compare.barCaption')
    charts.push(figureHtml(svg, key === '' ? caption : r('charts.withKey', { caption, key })))
  }
  const others = c.machines.filter((m) => m.index !== c.baselineIndex)
  const relSeries = others.map((m) => ({ name: m.label, color: color(m.index), values: rows.map((_, k) => valueAt(group, k, m.index, 'relative')) }))
  if (relSeries.some((s) => s.values.some((v) => v !== null))) {
    const baseline = c.machines[c.baselineIndex]?.label ?? ''
    const { categories, key } = fitCategories(rows.map(rowLabel))
    const svg = barChartSvg({
      id: `${id}-relative`,
      title: r('compare.relativeTitle', { baseline }),
      xLabel: sweep ? r('charts.workers') : r('compare.caseWorkers'),
      yLabel: r('compare.relativeY', { baseline }),
      categories,
      series: relSeries,
      reference: { y: 1, label: r('compare.relativeReference', { baseline }) },
      loc,
    })
    const note = r('compare.relativeNote', { baseline })
    charts.push(figureHtml(svg, key === '' ? note : r('charts.withKey', { caption: note, key })))
  }
  return charts
}

function machinesTable(c: Comparison, loc: ExportLocale): string {
  const panels = c.machines.map((m) => new Map(machineRows(m.machine, loc)))
  const keys = [...new Set(panels.flatMap((p) => [...p.keys()]))]
  const created = [esc(loc.r('compare.reportCreated')), ...c.machines.map((m) => esc(m.createdAt))]
  const rows = [...keys.map((k) => [esc(k), ...panels.map((p) => esc(p.get(k) ?? '–'))]), created]
  return htmlTable(['', ...c.machines.map((m) => esc(m.label))], rows)
}

export function comparisonToHtml(c: Comparison, locale: Locale = 'en'): string {
  const loc = exportLocale(locale)
  const { r } = loc
  const baseline = c.machines[c.baselineIndex]?.label ?? ''
  const h2 = (key: string) => `<h2>${esc(r(key))}</h2>`
  const body: string[] = [
    `<header><h1>${esc(r('compare.title'))}</h1>`,
    `<p class="meta">${fillMarkup(r('compare.baseline'), esc, { baseline: `<strong>${esc(baseline)}</strong>` })} ${esc(compareExplanation(loc))}</p></header>`,
    `<section id="summary">${h2('compare.summary')}<ul>${c.machines.map((_, i) => `<li>${esc(summaryText(c, i, loc))}</li>`).join('')}</ul></section>`,
    // The verdicts lead, as in a claims report (claims-compare-views.ts).
    ...[claimsCompareHtml(c, loc)].filter((part) => part !== ''),
    `<section id="machines">${h2('compare.machines')}${machinesTable(c, loc)}</section>`,
  ]
  c.groups.forEach((group, g) => {
    const first = group.rows.some((row) => row.caseLabel !== '') ? r('compare.caseWorkers') : r('table.workers')
    const header = [first, ...c.machines.map((m) => m.label)].map(esc)
    const rows = group.rows.map((row) => [esc(rowLabel(row)), ...row.cells.map((cell) => esc(cellText(cell, loc)))])
    body.push(
      `<section class="group" id="group-${g}"><h2>${esc(groupTitle(group, loc))}</h2>`,
      `<p class="meta">${esc(groupSettingsText(group, loc))}</p>`,
      `<div class="charts">${groupCharts(c, group, `c${g}`, loc).join('\n')}</div>`,
      htmlTable(header, rows, (i) => i > 0),
      '</section>',
    )
  })
  if (c.mismatches.length > 0) {
    body.push(`<section id="mismatches">${h2('compare.notCompared')}<ul>${c.mismatches.map((m) => `<li>${esc(mismatchText(c, m, loc))}</li>`).join('')}</ul></section>`)
  }
  // Notes are the comparison's own record (data), written in English when it was made.
  if (c.notes.length > 0) body.push(`<section id="notes">${h2('compare.notes')}<ul>${c.notes.map((n) => `<li>${esc(n)}</li>`).join('')}</ul></section>`)
  body.push(`<footer>${esc(r('compare.footer'))}</footer>`)
  return htmlPage(r('compare.pageTitle', { baseline }), body.join('\n'), locale)
}
