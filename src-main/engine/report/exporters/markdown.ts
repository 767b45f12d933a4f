/**
 * Markdown a person can paste into an issue, a chat or a course page (GitHub-flavoured tables).
 * Every string from the report is escaped, so a label such as `<img src=x>` or `[link](...)`
 * shows as the text it is. Every word of ours comes from the catalogue, in the export's language.
 */
import type { Locale } from '../../../../src-shared/i18n/locales'
import type { Report } from '../../../../src-shared/report'
import { answerNote } from './answer'
import { claimsMarkdownSection } from './claims-markdown'
import { globalLockSection } from './global-lock-rows'
import { convoySection } from '../convoy-rows'
import { escapeMarkdown as md } from './escape'
import { groupRuns, reportTitle, workloadTitle } from './figures'
import { exportLocale, fillMarkup } from './locale'
import { significanceTable, statisticsNotes } from './point-cells'
import {
  configText,
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

/** Cells are escaped here; `numeric` columns are right-aligned. */
export function markdownTable(header: string[], rows: string[][], numeric: (column: number) => boolean = () => false): string {
  const align = header.map((_, i) => (numeric(i) ? '--:' : '---'))
  return [header.map(md), align, ...rows.map((r) => r.map(md))].map((row) => `| ${row.join(' | ')} |`).join('\n')
}

export function reportToMarkdown(report: Report, locale: Locale = 'en', opts: MachineRowOptions = {}): string {
  const loc = exportLocale(locale)
  const { r } = loc
  const out: string[] = [`# ${md(reportTitle(report, loc))}`, '']
  out.push(md(r('meta.measured', { lab: report.machine.versions.lab, date: report.createdAt })), '')
  // Which language the export was written in (English, the original, is the default and left unsaid).
  if (locale !== 'en') out.push(md(r('meta.language', { language: `${r('language')} (${locale})` })), '')
  out.push(...claimsMarkdownSection(report, loc))
  out.push(`## ${md(r('sections.machine'))}`, '', markdownTable(['', ''], [...machineRows(report.machine, loc, opts), ...reportExtraRows(report, loc)]), '')

  for (const group of groupRuns(report)) {
    out.push(`## ${md(workloadTitle(group.workload, loc))}`, '', md(r('group.options', { options: configText(group.config, loc) })), '')
    const answer = answerNote(group, loc)
    if (answer !== null) out.push(`**${md(answer)}**`, '')
    const table = resultTable(group.runs, loc)
    if (table.commonCase !== '') out.push(md(r('group.everyPoint', { case: table.commonCase })), '')
    if (table.rows.length > 0) out.push(markdownTable(table.header, table.rows.map((row) => row.cells), table.numeric), '')
    else out.push(md(r('group.noPoint')), '')
    for (const run of group.runs) out.push(`- ${md(r('group.settingsFor', { runtime: runShown(run, loc), settings: settingsText(run, loc) }))}`)
    for (const note of [...statisticsNotes(group.runs, loc), ...runNotes(group.runs, loc)]) out.push(`- ${md(note)}`)
    out.push('')
    const significance = significanceTable(group.runs, loc)
    if (significance) {
      out.push(`### ${md(r('sections.significance'))}`, '', md(significance.intro), '', markdownTable(significance.header, significance.rows, significance.numeric), '')
      for (const note of significance.notes) out.push(md(note), '')
    }
    const extras = extrasTable(group.runs, loc)
    if (extras) out.push(`### ${md(r('sections.otherFigures'))}`, '', markdownTable(extras.header, extras.rows, extras.numeric), '')
    const lock = globalLockSection(group.runs, loc)
    if (lock) {
      out.push(`### ${md(lock.title)}`, '', md(lock.intro), '')
      if (lock.rows.length > 0) out.push(markdownTable(lock.header, lock.rows, lock.numeric), '')
      for (const note of lock.notes) out.push(`- ${md(note)}`)
      if (lock.notes.length > 0) out.push('')
    }
    const convoy = convoySection(group.runs, loc.t, loc.fmt.fixed)
    if (convoy) out.push(`### ${md(convoy.title)}`, '', markdownTable(convoy.header, convoy.rows, convoy.numeric), '', md(convoy.note), '', `**${md(loc.t('charts.whatThisShows'))}:** ${md(convoy.explain)}`, '')
    for (const t of runExtraTables(group.runs, loc)) out.push(`### ${md(t.title)}`, '', markdownTable(t.header, t.rows), '')
  }

  if (report.warnings.length > 0) {
    out.push(`## ${md(r('sections.warnings'))}`, '')
    const line = r('warnings.markdownLine')
    for (const w of report.warnings) {
      out.push(`- ${fillMarkup(line, md, { code: `**${md(w.code)}**`, place: md(warningPlace(report, w, loc)), message: md(warningMessage(w, loc)) })}`)
    }
    out.push('')
  }
  return `${out.join('\n').trimEnd()}\n`
}

export const markdownExporter: Exporter = {
  format: 'md',
  extension: 'md',
  mimeType: 'text/markdown',
  binary: false,
  export: async (report, opts) => reportToMarkdown(report, opts.locale, { includeHostname: opts.includeHostname === true }),
}
