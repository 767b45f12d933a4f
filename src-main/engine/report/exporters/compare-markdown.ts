/**
 * A comparison as Markdown: per group of comparable runs, a table with one column per machine,
 * then the mismatches and notes. For pasting into a workshop's course page or issue.
 */
import type { Comparison } from '../compare'
import { COMPARE_EXPLANATION, cellText, groupSettingsText, groupTitle, mismatchText, rowLabel, summaryText } from './compare-text'
import { escapeMarkdown as md } from './escape'
import { markdownTable } from './markdown'
import { machineRows } from './rows'

export function comparisonToMarkdown(c: Comparison): string {
  const baseline = c.machines[c.baselineIndex]?.label ?? ''
  const out: string[] = ['# Machine comparison', '', `Baseline: **${md(baseline)}**. ${md(COMPARE_EXPLANATION)}`, '']
  out.push('## Summary', '', ...c.machines.map((_, i) => `- ${md(summaryText(c, i))}`), '')

  out.push('## Machines', '')
  const panels = c.machines.map((m) => new Map(machineRows(m.machine)))
  const keys = [...new Set(panels.flatMap((p) => [...p.keys()]))]
  out.push(markdownTable(['', ...c.machines.map((m) => m.label)], [...keys.map((k) => [k, ...panels.map((p) => p.get(k) ?? '–')]), ['Report created', ...c.machines.map((m) => m.createdAt)]]), '')

  for (const group of c.groups) {
    out.push(`## ${md(groupTitle(group))}`, '', md(groupSettingsText(group)), '')
    const header = [group.rows.some((r) => r.caseLabel !== '') ? 'case · workers' : 'workers', ...c.machines.map((m) => m.label)]
    out.push(markdownTable(header, group.rows.map((r) => [rowLabel(r), ...r.cells.map(cellText)]), (i) => i > 0), '')
  }
  if (c.mismatches.length > 0) out.push('## Not compared', '', ...c.mismatches.map((m) => `- ${md(mismatchText(c, m))}`), '')
  if (c.notes.length > 0) out.push('## Notes', '', ...c.notes.map((n) => `- ${md(n)}`), '')
  return `${out.join('\n').trimEnd()}\n`
}
