/**
 * A comparison as one self-contained HTML page (same shell and CSP as the report export): the
 * overall speed of each machine against the baseline, then per group of comparable runs a chart
 * of time against workers (one line per machine), the ratios as bars, and the table.
 */
import type { Comparison, ComparisonGroup } from '../compare'
import type { FigureValue } from './chart-figures'
import { COMPARE_EXPLANATION, cellText, groupSettingsText, groupTitle, mismatchText, rowLabel, summaryText } from './compare-text'
import { escapeHtml as esc } from './escape'
import { figureHtml, htmlPage, htmlTable } from './html-page'
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

function groupCharts(c: Comparison, group: ComparisonGroup, id: string): string[] {
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
    const svg = lineChartSvg({ id: `${id}-time`, title: 'Time against workers', xLabel: 'workers', yLabel: 'median time (ms)', series, yFromZero: true })
    charts.push(figureHtml(svg, 'One line per machine; bars are 95% intervals. Lower is faster.'))
  } else {
    const series = c.machines.map((m, i) => ({ name: m.label, color: color(i), values: rows.map((_, k) => valueAt(group, k, i, 'time')) }))
    const { categories, key } = fitCategories(rows.map(rowLabel))
    const svg = barChartSvg({ id: `${id}-time`, title: 'Median time', xLabel: 'case · workers', yLabel: 'median time (ms)', categories, series })
    charts.push(figureHtml(svg, `One bar per machine; lines are 95% intervals. Lower is faster.${key === '' ? '' : ` Bars: ${key}.`}`))
  }
  const others = c.machines.filter((m) => m.index !== c.baselineIndex)
  const relSeries = others.map((m) => ({ name: m.label, color: color(m.index), values: rows.map((_, k) => valueAt(group, k, m.index, 'relative')) }))
  if (relSeries.some((s) => s.values.some((v) => v !== null))) {
    const baseline = c.machines[c.baselineIndex]?.label ?? ''
    const { categories, key } = fitCategories(rows.map(rowLabel))
    const svg = barChartSvg({
      id: `${id}-relative`,
      title: `Speed relative to ${baseline}`,
      xLabel: sweep ? 'workers' : 'case · workers',
      yLabel: `× ${baseline}'s speed`,
      categories,
      series: relSeries,
      reference: { y: 1, label: `1× = ${baseline}` },
    })
    const note = `Above 1: faster than ${baseline}. Lines are conservative 95% intervals from both machines.`
    charts.push(figureHtml(svg, key === '' ? note : `${note} Bars: ${key}.`))
  }
  return charts
}

function machinesTable(c: Comparison): string {
  const panels = c.machines.map((m) => new Map(machineRows(m.machine)))
  const keys = [...new Set(panels.flatMap((p) => [...p.keys()]))]
  const rows = [...keys.map((k) => [esc(k), ...panels.map((p) => esc(p.get(k) ?? '–'))]), ['Report created', ...c.machines.map((m) => esc(m.createdAt))]]
  return htmlTable(['', ...c.machines.map((m) => esc(m.label))], rows)
}

export function comparisonToHtml(c: Comparison): string {
  const baseline = c.machines[c.baselineIndex]?.label ?? ''
  const body: string[] = [
    '<header><h1>Machine comparison</h1>',
    `<p class="meta">Baseline: <strong>${esc(baseline)}</strong>. ${esc(COMPARE_EXPLANATION)}</p></header>`,
    `<section id="summary"><h2>Summary</h2><ul>${c.machines.map((_, i) => `<li>${esc(summaryText(c, i))}</li>`).join('')}</ul></section>`,
    `<section id="machines"><h2>Machines</h2>${machinesTable(c)}</section>`,
  ]
  c.groups.forEach((group, g) => {
    const header = [group.rows.some((r) => r.caseLabel !== '') ? 'case · workers' : 'workers', ...c.machines.map((m) => m.label)].map(esc)
    const rows = group.rows.map((r) => [esc(rowLabel(r)), ...r.cells.map((cell) => esc(cellText(cell)))])
    body.push(
      `<section class="group" id="group-${g}"><h2>${esc(groupTitle(group))}</h2>`,
      `<p class="meta">${esc(groupSettingsText(group))}</p>`,
      `<div class="charts">${groupCharts(c, group, `c${g}`).join('\n')}</div>`,
      htmlTable(header, rows, (i) => i > 0),
      '</section>',
    )
  })
  if (c.mismatches.length > 0) {
    body.push(`<section id="mismatches"><h2>Not compared</h2><ul>${c.mismatches.map((m) => `<li>${esc(mismatchText(c, m))}</li>`).join('')}</ul></section>`)
  }
  if (c.notes.length > 0) body.push(`<section id="notes"><h2>Notes</h2><ul>${c.notes.map((n) => `<li>${esc(n)}</li>`).join('')}</ul></section>`)
  body.push('<footer>Self-contained file: it loads nothing from the network and runs no script.</footer>')
  return htmlPage(`Machine comparison (baseline ${baseline})`, body.join('\n'))
}
