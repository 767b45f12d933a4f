/**
 * A comparison as Markdown: per group of comparable runs, a table with one column per machine,
 * then the mismatches and notes. For pasting into a workshop's course page or issue.
 */
import type { Locale } from '../../../../src-shared/i18n/locales'
import type { Comparison } from '../compare'
import { claimsCompareMarkdown } from './claims-compare-views'
import { cellText, compareExplanation, groupSettingsText, groupTitle, mismatchText, rowLabel, summaryText } from './compare-text'
import { escapeMarkdown as md } from './escape'
import { exportLocale, fillMarkup } from './locale'
import { markdownTable } from './markdown'
import { machineRows } from './rows'

export function comparisonToMarkdown(c: Comparison, locale: Locale = 'en'): string {
  const loc = exportLocale(locale)
  const { r } = loc
  const baseline = c.machines[c.baselineIndex]?.label ?? ''
  const out: string[] = [`# ${md(r('compare.title'))}`, '']
  out.push(`${fillMarkup(r('compare.baseline'), md, { baseline: `**${md(baseline)}**` })} ${md(compareExplanation(loc))}`, '')
  // Which language the export was written in (English, the original, is the default and left unsaid).
  if (locale !== 'en') out.push(md(r('meta.language', { language: `${r('language')} (${locale})` })), '')
  out.push(`## ${md(r('compare.summary'))}`, '', ...c.machines.map((_, i) => `- ${md(summaryText(c, i, loc))}`), '')

  // The verdicts lead, as in a claims report (claims-compare-views.ts).
  out.push(...claimsCompareMarkdown(c, loc))
  out.push(`## ${md(r('compare.machines'))}`, '')
  const panels = c.machines.map((m) => new Map(machineRows(m.machine, loc)))
  const keys = [...new Set(panels.flatMap((p) => [...p.keys()]))]
  const created = [r('compare.reportCreated'), ...c.machines.map((m) => m.createdAt)]
  out.push(markdownTable(['', ...c.machines.map((m) => m.label)], [...keys.map((k) => [k, ...panels.map((p) => p.get(k) ?? '–')]), created]), '')

  for (const group of c.groups) {
    out.push(`## ${md(groupTitle(group, loc))}`, '', md(groupSettingsText(group, loc)), '')
    const header = [group.rows.some((row) => row.caseLabel !== '') ? r('compare.caseWorkers') : r('table.workers'), ...c.machines.map((m) => m.label)]
    out.push(markdownTable(header, group.rows.map((row) => [rowLabel(row), ...row.cells.map((cell) => cellText(cell, loc))]), (i) => i > 0), '')
  }
  if (c.mismatches.length > 0) out.push(`## ${md(r('compare.notCompared'))}`, '', ...c.mismatches.map((m) => `- ${md(mismatchText(c, m, loc))}`), '')
  // Notes are the comparison's own record (data), written in English when it was made.
  if (c.notes.length > 0) out.push(`## ${md(r('compare.notes'))}`, '', ...c.notes.map((n) => `- ${md(n)}`), '')
  return `${out.join('\n').trimEnd()}\n`
}
