/**
 * One self-contained HTML file per report: machine panel, warnings, per workload the charts
 * (inline SVG drawn here, no script), the results table and any extra figures, and how to read
 * it all. Every string from the report is escaped; the page's CSP forbids scripts and loads.
 * Every word of ours comes from the catalogue's report area, in the export's language.
 */
import type { Locale } from '../../../../src-shared/i18n/locales'
import type { Report } from '../../../../src-shared/report'
import { answerNote } from './answer'
import { claimsHtmlSection } from './claims-html'
import { globalLockSection } from './global-lock-rows'
import { convoySection } from '../convoy-rows'
import { escapeHtml as esc } from './escape'
import { type RunGroup, groupRuns, reportTitle, workloadTitle } from './figures'
import { figureHtml, htmlPage, htmlTable } from './html-page'
import { type ExportLocale, exportLocale, fillMarkup, plural } from './locale'
import { significanceTable, statisticsNotes } from './point-cells'
import { groupCharts } from './report-charts'
import {
  configText,
  explanations,
  extrasTable,
  type MachineRowOptions,
  machineRows,
  reportExtraRows,
  resultTable,
  runExtraTables,
  runNotes,
  runShown,
  settingsText,
  warningMessage,
  warningPlace,
} from './rows'
import type { Exporter } from './types'

function machineSection(report: Report, loc: ExportLocale, opts: MachineRowOptions): string {
  const rows = [...machineRows(report.machine, loc, opts), ...reportExtraRows(report, loc)].map(
    ([k, v]) => `<tr><th scope="row">${esc(k)}</th><td>${esc(v)}</td></tr>`,
  )
  return `<section id="machine"><h2>${esc(loc.r('sections.machine'))}</h2><table><tbody>${rows.join('')}</tbody></table></section>`
}

function warningsSection(report: Report, loc: ExportLocale): string {
  if (report.warnings.length === 0) return ''
  const line = loc.r('warnings.htmlLine')
  const items = report.warnings.map(
    (w) =>
      `<li>${fillMarkup(line, esc, {
        code: `<span class="code">${esc(w.code)}</span>`,
        place: `<strong>${esc(warningPlace(report, w, loc))}</strong>`,
        message: esc(warningMessage(w, loc)),
      })}</li>`,
  )
  return `<section id="warnings"><h2>${esc(loc.r('sections.warnings'))}</h2><ul class="warnings">${items.join('\n')}</ul></section>`
}

const escRows = (rows: string[][]) => rows.map((r) => r.map(esc))

function groupSection(report: Report, group: RunGroup, index: number, loc: ExportLocale): string {
  const { r } = loc
  const parts: string[] = [`<section class="workload" id="workload-${index}">`, `<h2>${esc(workloadTitle(group.workload, loc))}</h2>`]
  parts.push(`<p class="meta">${esc(r('group.options', { options: configText(group.config, loc) }))}</p>`)
  const answer = answerNote(group, loc)
  if (answer !== null) parts.push(`<p class="answer" data-testid="answer">${esc(answer)}</p>`)
  parts.push(`<ul class="note">${group.runs.map((run) => `<li>${esc(runShown(run, loc))}${esc(r('colon'))}${esc(settingsText(run, loc))}</li>`).join('')}</ul>`)
  const charts = groupCharts(`g${index}`, group, report.machine, loc)
  if (charts.length > 0) parts.push(`<div class="charts">${charts.map((c) => figureHtml(c.svg, c.caption)).join('\n')}</div>`)
  const table = resultTable(group.runs, loc)
  const rows = table.rows.map((row) => row.cells.map((cell, i) => (i === table.checkColumn && !row.ok ? `<span class="bad">${esc(cell)}</span>` : esc(cell))))
  if (table.commonCase !== '') parts.push(`<p class="note">${esc(r('group.everyPoint', { case: table.commonCase }))}</p>`)
  if (rows.length > 0) parts.push(htmlTable(table.header.map(esc), rows, table.numeric))
  else parts.push(`<p class="bad">${esc(r('group.noPoint'))}</p>`)
  const notes = [...statisticsNotes(group.runs, loc), ...runNotes(group.runs, loc)]
  if (notes.length > 0) parts.push(`<ul class="note">${notes.map((n) => `<li>${esc(n)}</li>`).join('')}</ul>`)
  const significance = significanceTable(group.runs, loc)
  if (significance) {
    parts.push(`<h3>${esc(r('sections.significance'))}</h3><p class="note">${esc(significance.intro)}</p>`, htmlTable(significance.header.map(esc), escRows(significance.rows), significance.numeric))
    for (const note of significance.notes) parts.push(`<p class="note">${esc(note)}</p>`)
  }
  const extras = extrasTable(group.runs, loc)
  if (extras) parts.push(`<h3>${esc(r('sections.otherFigures'))}</h3>${htmlTable(extras.header.map(esc), escRows(extras.rows), extras.numeric)}`)
  const lock = globalLockSection(group.runs, loc)
  if (lock) {
    parts.push(`<h3>${esc(lock.title)}</h3><p class="note">${esc(lock.intro)}</p>`)
    if (lock.rows.length > 0) parts.push(htmlTable(lock.header.map(esc), escRows(lock.rows), lock.numeric))
    if (lock.notes.length > 0) parts.push(`<ul class="note">${lock.notes.map((n) => `<li>${esc(n)}</li>`).join('')}</ul>`)
  }
  const convoy = convoySection(group.runs, loc.t, loc.fmt.fixed)
  if (convoy) {
    parts.push(`<h3>${esc(convoy.title)}</h3>`, htmlTable(convoy.header.map(esc), escRows(convoy.rows), convoy.numeric))
    parts.push(`<p class="note">${esc(convoy.note)}</p><p><strong>${esc(loc.t('charts.whatThisShows'))}:</strong> ${esc(convoy.explain)}</p>`)
  }
  for (const t of runExtraTables(group.runs, loc)) parts.push(`<h3>${esc(t.title)}</h3>${htmlTable(t.header.map(esc), escRows(t.rows))}`)
  parts.push('</section>')
  return parts.join('\n')
}

function explanationsSection(loc: ExportLocale): string {
  const items = explanations(loc).map(([term, text]) => `<dt>${esc(term)}</dt><dd>${esc(text)}</dd>`)
  return `<section id="explanations"><h2>${esc(loc.r('sections.howToRead'))}</h2><dl class="explain">${items.join('')}</dl></section>`
}

export function reportToHtml(report: Report, locale: Locale = 'en', opts: MachineRowOptions = {}): string {
  const loc = exportLocale(locale)
  const title = reportTitle(report, loc)
  const measured = loc.r('meta.measured', { lab: report.machine.versions.lab, date: report.createdAt })
  const body = [
    `<header><h1>${esc(title)}</h1>`,
    `<p class="meta">${esc(measured)} ${esc(plural(loc, 'meta.runs', report.runs.length))}</p></header>`,
    // A claims report is the workshop handout: its verdicts come first (claims-html.ts).
    claimsHtmlSection(report, loc),
    machineSection(report, loc, opts),
    warningsSection(report, loc),
    ...groupRuns(report).map((group, i) => groupSection(report, group, i, loc)),
    explanationsSection(loc),
    `<footer>${esc(loc.r('meta.footer'))}</footer>`,
  ]
  return htmlPage(title, body.filter((b) => b !== '').join('\n'), locale)
}

export const htmlExporter: Exporter = {
  format: 'html',
  extension: 'html',
  mimeType: 'text/html',
  binary: false,
  export: async (report, opts) => reportToHtml(report, opts.locale, { includeHostname: opts.includeHostname === true }),
}
