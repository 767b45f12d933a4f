/**
 * Markdown a person can paste into an issue, a chat or a course page (GitHub-flavoured tables).
 * Every string from the report is escaped, so a label such as `<img src=x>` or `[link](...)`
 * shows as the text it is.
 */
import type { Report } from '../../../../src-shared/report'
import { escapeMarkdown as md } from './escape'
import { groupRuns, reportTitle, workloadTitle } from './figures'
import {
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

/** Cells are escaped here; `numeric` columns are right-aligned. */
export function markdownTable(header: string[], rows: string[][], numeric: (column: number) => boolean = () => false): string {
  const align = header.map((_, i) => (numeric(i) ? '--:' : '---'))
  return [header.map(md), align, ...rows.map((r) => r.map(md))].map((row) => `| ${row.join(' | ')} |`).join('\n')
}

export function reportToMarkdown(report: Report): string {
  const out: string[] = [`# ${md(reportTitle(report))}`, '']
  out.push(`Measured with Concurrency Lab ${md(report.machine.versions.lab)} on ${md(report.createdAt)}.`, '')
  out.push('## Machine', '', markdownTable(['', ''], [...machineRows(report.machine), ...reportExtraRows(report)]), '')

  for (const group of groupRuns(report)) {
    out.push(`## ${md(workloadTitle(group.workload))}`, '', `Options: ${md(configText(group.config))}`, '')
    const table = resultTable(group.runs)
    if (table.commonCase !== '') out.push(`Every point: ${md(table.commonCase)}`, '')
    if (table.rows.length > 0) out.push(markdownTable(table.header, table.rows.map((r) => r.cells), table.numeric), '')
    else out.push('No point was measured.', '')
    for (const run of group.runs) out.push(`- Settings for ${md(run.runtime)}: ${md(settingsText(run))}`)
    for (const note of runNotes(group.runs)) out.push(`- ${md(note)}`)
    out.push('')
    const extras = extrasTable(group.runs)
    if (extras) out.push('### Other figures', '', markdownTable(extras.header, extras.rows, extras.numeric), '')
    for (const t of runExtraTables(group.runs)) out.push(`### ${md(t.title)}`, '', markdownTable(t.header, t.rows), '')
  }

  if (report.warnings.length > 0) {
    out.push('## Warnings', '')
    for (const w of report.warnings) out.push(`- **${md(w.code)}** (${md(warningPlace(report, w))}): ${md(w.message)}`)
    out.push('')
  }
  return `${out.join('\n').trimEnd()}\n`
}

export const markdownExporter: Exporter = {
  format: 'md',
  extension: 'md',
  mimeType: 'text/markdown',
  binary: false,
  export: async (report) => reportToMarkdown(report),
}
