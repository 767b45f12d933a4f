/**
 * The claims section of the Markdown export, first: a summary table, then per claim its quote,
 * verdict, why, cited figures and what was tested. Every text from the report is escaped.
 */
import type { Report } from '../../../../src-shared/report'
import { claimHeadline, claimVerdictShown } from '../text/claims-words'
import { escapeMarkdown as md } from './escape'
import type { ExportLocale } from './locale'

/** Three plain columns (markdown.ts's markdownTable would import this file back: a cycle). */
function table(rows: string[][]): string {
  return rows.map((row, i) => `| ${row.map(md).join(' | ')} |${i === 0 ? '\n| --- | --- | --- |' : ''}`).join('\n')
}

export function claimsMarkdownSection(report: Report, loc: ExportLocale): string[] {
  const verdicts = report.claims ?? []
  if (verdicts.length === 0) return []
  const { t } = loc
  const out: string[] = [`## ${md(t('claims.report.title'))}`, '', md(t('claims.report.intro')), '']
  const rows = verdicts.map((v) => {
    const shown = claimVerdictShown(t, v)
    return [claimHeadline(t, v.claim).title, shown.verdict, shown.because]
  })
  out.push(table([[t('claims.report.claim'), t('claims.report.verdict'), t('claims.report.because')], ...rows]), '')
  for (const v of verdicts) {
    const head = claimHeadline(t, v.claim)
    const shown = claimVerdictShown(t, v)
    out.push(`### ${md(head.title)} (\`${v.claim}\`)`, '')
    if (head.original) out.push(`> **${md(t('claims.report.original'))}**${md(loc.r('colon'))}“${md(head.original)}”`, '>')
    if (head.translation) out.push(`> **${md(t('claims.report.translation'))}**${md(loc.r('colon'))}“${md(head.translation)}”`, '')
    if (head.source) out.push(md(`${t('claims.report.source')}${loc.r('colon')}${head.source}`), '')
    out.push(`**${md(t('claims.report.verdict'))}${md(loc.r('colon'))}${md(shown.verdict)}** — ${md(shown.because)}`, '')
    const items = [...shown.figures, ...(shown.tested ? [shown.tested] : [])]
    if (items.length > 0) out.push(...items.map((f) => `- ${md(f)}`), '')
  }
  return out
}
