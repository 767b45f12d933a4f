/**
 * The claims x machines table of a comparison, for the terminal, Markdown and HTML: each cell the
 * machine's verdict in the reader's language, a row whose machines disagree marked.
 */
import type { Comparison, ComparisonClaimRow } from '../../../../src-shared/comparison'
import { claimVerdictShown } from '../text/claims-words'
import { escapeHtml as esc, escapeMarkdown as md } from './escape'
import { htmlTable } from './html-page'
import type { ExportLocale } from './locale'

function cells(row: ComparisonClaimRow, loc: ExportLocale): string[] {
  return row.verdicts.map((v) => (v === null ? loc.t('claims.report.notRun') : claimVerdictShown(loc.t, v).verdict))
}

/** Plain rows (header first) for a text table: claim, one verdict per machine, the mark. */
export function claimsCompareRows(c: Comparison, loc: ExportLocale): string[][] {
  const rows = c.claims ?? []
  if (rows.length === 0) return []
  const header = [loc.t('claims.report.claim'), ...c.machines.map((m) => m.label), '']
  return [header, ...rows.map((row) => [row.claim, ...cells(row, loc), row.differs ? `! ${loc.t('claims.report.differs')}` : ''])]
}

export function claimsCompareMarkdown(c: Comparison, loc: ExportLocale): string[] {
  const rows = claimsCompareRows(c, loc)
  if (rows.length === 0) return []
  const [header, ...body] = rows
  const line = (r: string[], strong: boolean) => `| ${r.map((cell) => (strong && cell !== '' ? `**${md(cell)}**` : md(cell))).join(' | ')} |`
  return [
    `## ${md(loc.t('claims.report.compareTitle'))}`,
    '',
    md(loc.t('claims.report.compareIntro')),
    '',
    line(header!, false),
    `|${header!.map(() => ' --- ').join('|')}|`,
    ...body.map((r, i) => line(r, c.claims?.[i]?.differs === true)),
    '',
  ]
}

export function claimsCompareHtml(c: Comparison, loc: ExportLocale): string {
  const rows = c.claims ?? []
  if (rows.length === 0) return ''
  const header = [loc.t('claims.report.claim'), ...c.machines.map((m) => m.label), ''].map(esc)
  const body = rows.map((row) => {
    const mark = (text: string) => (row.differs ? `<span class="bad">${esc(text)}</span>` : esc(text))
    return [`<span class="code">${esc(row.claim)}</span>`, ...cells(row, loc).map(mark), row.differs ? `<strong class="bad" data-differs="true">${esc(loc.t('claims.report.differs'))}</strong>` : '']
  })
  return `<section id="claims">` + `<h2>${esc(loc.t('claims.report.compareTitle'))}</h2><p class="note">${esc(loc.t('claims.report.compareIntro'))}</p>${htmlTable(header, body)}</section>`
}
