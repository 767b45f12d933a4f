/**
 * One self-contained HTML file per report: machine panel, warnings, per workload the charts
 * (inline SVG drawn here, no script), the results table and any extra figures, and how to read
 * it all. Every string from the report is escaped; the page's CSP forbids scripts and loads.
 */
import type { Report } from '../../../../src-shared/report'
import { escapeHtml as esc } from './escape'
import { type RunGroup, groupRuns, reportTitle, workloadTitle } from './figures'
import { figureHtml, htmlPage, htmlTable } from './html-page'
import { groupCharts } from './report-charts'
import {
  EXPLANATIONS,
  configText,
  extrasTable,
  machineRows,
  reportExtraRows,
  resultTable,
  runExtraTables,
  runNotes,
  settingsText,
  warningPlace,
} from './rows'
import type { Exporter } from './types'

function machineSection(report: Report): string {
  const rows = [...machineRows(report.machine), ...reportExtraRows(report)].map(
    ([k, v]) => `<tr><th scope="row">${esc(k)}</th><td>${esc(v)}</td></tr>`,
  )
  return `<section id="machine"><h2>Machine</h2><table><tbody>${rows.join('')}</tbody></table></section>`
}

function warningsSection(report: Report): string {
  if (report.warnings.length === 0) return ''
  const items = report.warnings.map(
    (w) => `<li><span class="code">${esc(w.code)}</span> <strong>${esc(warningPlace(report, w))}</strong>: ${esc(w.message)}</li>`,
  )
  return `<section id="warnings"><h2>Warnings</h2><ul class="warnings">${items.join('\n')}</ul></section>`
}

const escRows = (rows: string[][]) => rows.map((r) => r.map(esc))

function groupSection(report: Report, group: RunGroup, index: number): string {
  const parts: string[] = [`<section class="workload" id="workload-${index}">`, `<h2>${esc(workloadTitle(group.workload))}</h2>`]
  parts.push(`<p class="meta">Options: ${esc(configText(group.config))}</p>`)
  parts.push(`<ul class="note">${group.runs.map((r) => `<li>${esc(r.runtime)}: ${esc(settingsText(r))}</li>`).join('')}</ul>`)
  const charts = groupCharts(`g${index}`, group, report.machine)
  if (charts.length > 0) parts.push(`<div class="charts">${charts.map((c) => figureHtml(c.svg, c.caption)).join('\n')}</div>`)
  const table = resultTable(group.runs)
  const rows = table.rows.map((r) => r.cells.map((cell, i) => (i === table.checkColumn && !r.ok ? `<span class="bad">${esc(cell)}</span>` : esc(cell))))
  if (table.commonCase !== '') parts.push(`<p class="note">Every point: ${esc(table.commonCase)}</p>`)
  if (rows.length > 0) parts.push(htmlTable(table.header.map(esc), rows, table.numeric))
  else parts.push('<p class="bad">No point was measured.</p>')
  const notes = runNotes(group.runs)
  if (notes.length > 0) parts.push(`<ul class="note">${notes.map((n) => `<li>${esc(n)}</li>`).join('')}</ul>`)
  const extras = extrasTable(group.runs)
  if (extras) parts.push(`<h3>Other figures</h3>${htmlTable(extras.header.map(esc), escRows(extras.rows), extras.numeric)}`)
  for (const t of runExtraTables(group.runs)) parts.push(`<h3>${esc(t.title)}</h3>${htmlTable(t.header.map(esc), escRows(t.rows))}`)
  parts.push('</section>')
  return parts.join('\n')
}

function explanations(): string {
  const items = EXPLANATIONS.map(([term, text]) => `<dt>${esc(term)}</dt><dd>${esc(text)}</dd>`)
  return `<section id="explanations"><h2>How to read this report</h2><dl class="explain">${items.join('')}</dl></section>`
}

export function reportToHtml(report: Report): string {
  const title = reportTitle(report)
  const body = [
    `<header><h1>${esc(title)}</h1>`,
    `<p class="meta">Measured with Concurrency Lab ${esc(report.machine.versions.lab)} on ${esc(report.createdAt)}. ` +
      `${report.runs.length} run${report.runs.length === 1 ? '' : 's'}.</p></header>`,
    machineSection(report),
    warningsSection(report),
    ...groupRuns(report).map((group, i) => groupSection(report, group, i)),
    explanations(),
    '<footer>Self-contained file: it loads nothing from the network and runs no script. ' +
      'Import the JSON export of this report into Concurrency Lab to compare it with other machines.</footer>',
  ]
  return htmlPage(title, body.filter((b) => b !== '').join('\n'))
}

export const htmlExporter: Exporter = {
  format: 'html',
  extension: 'html',
  mimeType: 'text/html',
  binary: false,
  export: async (report) => reportToHtml(report),
}
