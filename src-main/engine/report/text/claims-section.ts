/**
 * The verdict table `conlab claims`, `conlab run` and `conlab history show` print for a report
 * with claims, first: claim, verdict, then why and the cited figures, wrapped so that the whole
 * table fits 100 terminal columns (Chinese characters count two, as in columns.ts).
 */
import type { ClaimVerdict } from '../../../../src-shared/claims/claim-verdict'
import type { Report } from '../../../../src-shared/report'
import { claimVerdictShown } from './claims-words'
import { ENGLISH, type Wording, displayWidth, padEnd } from './columns'

export const CLAIMS_TABLE_WIDTH = 100
const GAP = '  '
const VERDICT_MAX = 22

/**
 * Greedy wrap by display width: Latin text breaks at spaces, CJK text between any two characters;
 * a word longer than the line is cut.
 */
export function wrapText(text: string, width: number): string[] {
  const tokens = text.match(/[\u2e80-\u9fff\uff00-\uffef]|[^\s\u2e80-\u9fff\uff00-\uffef]+|\s+/gu) ?? []
  const lines: string[] = []
  let line = ''
  const push = () => {
    if (line.trim() !== '') lines.push(line.trimEnd())
    line = ''
  }
  for (const token of tokens) {
    if (/^\s+$/.test(token)) {
      if (line !== '') line += ' '
      continue
    }
    let rest = token
    while (displayWidth(line) + displayWidth(rest) > width) {
      if (line.trim() !== '') {
        push()
        continue
      }
      // One word wider than the line: cut it where it fills the line.
      let cut = ''
      for (const char of rest) {
        if (displayWidth(cut + char) > width) break
        cut += char
      }
      lines.push(cut)
      rest = rest.slice(cut.length)
    }
    line += rest
  }
  push()
  return lines.length > 0 ? lines : ['']
}

function rowsOf(verdicts: readonly ClaimVerdict[], w: Wording): { claim: string; verdict: string; because: string; items: string[] }[] {
  return verdicts.map((v) => {
    const shown = claimVerdictShown(w.t, v)
    return { claim: v.claim, verdict: shown.verdict, because: shown.because, items: [...shown.figures, ...(shown.tested ? [shown.tested] : [])] }
  })
}

export function formatClaimsTable(verdicts: readonly ClaimVerdict[], w: Wording = ENGLISH, width = CLAIMS_TABLE_WIDTH): string {
  const { t } = w
  const rows = rowsOf(verdicts, w)
  const header = [t('claims.report.claim'), t('claims.report.verdict'), t('claims.report.why')]
  const claimWidth = Math.max(displayWidth(header[0]!), ...rows.map((r) => displayWidth(r.claim)))
  const verdictWidth = Math.min(VERDICT_MAX, Math.max(displayWidth(header[1]!), ...rows.map((r) => displayWidth(r.verdict))))
  const whyWidth = Math.max(20, width - claimWidth - verdictWidth - 2 * GAP.length)
  const line = (cells: string[]) => cells.map((c, i) => (i < 2 ? padEnd(c, [claimWidth, verdictWidth][i]!) : c)).join(GAP).trimEnd()
  const out = [t('claims.cli.verdictsTitle'), line(header), ['─'.repeat(claimWidth), '─'.repeat(verdictWidth), '─'.repeat(whyWidth)].join(GAP)]
  for (const row of rows) {
    const verdict = wrapText(row.verdict, verdictWidth)
    // A cited figure's continuation lines stay under its text, not under its bullet.
    const why = [...wrapText(row.because, whyWidth), ...row.items.flatMap((item) => wrapText(item, whyWidth - 2).map((l, i) => `${i === 0 ? '·' : ' '} ${l}`))]
    for (let i = 0; i < Math.max(verdict.length, why.length); i++) out.push(line([i === 0 ? row.claim : '', verdict[i] ?? '', why[i] ?? '']))
  }
  return out.join('\n')
}

/** The report's claims section for the text table ('' without claims). */
export function claimsTextSection(report: Report, w: Wording = ENGLISH): string {
  return report.claims && report.claims.length > 0 ? formatClaimsTable(report.claims, w) : ''
}
