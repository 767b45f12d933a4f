/**
 * A report with claims in every export (issue 18): the verdicts come first, in the reader's
 * language (claimVerdictWords), with the stored English where a code is unknown; the HTML handout
 * draws the evidence inline and loads nothing; CSV keeps one rectangular table; the text table
 * fits 100 columns in Chinese too; compare shows claim x machine and marks a disagreement.
 */
import { describe, expect, it } from 'vitest'
import type { ClaimVerdict } from '../../../../src-shared/claims/claim-verdict'
import { type Report, ReportSchema } from '../../../../src-shared/report'
import { compareReports } from '../../../../src-main/engine/report/compare'
import { comparisonToHtml } from '../../../../src-main/engine/report/exporters/compare-html'
import { comparisonToMarkdown } from '../../../../src-main/engine/report/exporters/compare-markdown'
import { reportToCsv } from '../../../../src-main/engine/report/exporters/csv'
import { reportToHtml } from '../../../../src-main/engine/report/exporters/html'
import { reportToMarkdown } from '../../../../src-main/engine/report/exporters/markdown'
import { formatComparisonTable } from '../../../../src-main/cli/compare-command'
import { displayWidth, wordingFor } from '../../../../src-main/engine/report/text/columns'
import { formatReportTable } from '../../../../src-main/engine/report/text/report-table'
import { wrapText } from '../../../../src-main/engine/report/text/claims-section'
import { parseCsv } from './csv-parse'
import { scaledReport, suiteReport } from '../report-samples'

const LONG = 'Thread and process switches cost the same order of microseconds here, far from the tutorial’s claim, with intervals that do not overlap at all on this machine.'

function verdict(claim: ClaimVerdict['claim'], v: ClaimVerdict['verdict'], english: string): ClaimVerdict {
  return {
    claim,
    verdict: v,
    // A code no catalogue has: every display falls back to the stored English.
    because: { code: 'testOnlyCode', params: { n: 1 } },
    figures: [{ code: 'testOnlyFigure' }],
    runIds: [],
    english,
    evidence: { unit: 'us', bars: [{ label: { code: 'thread' }, value: 3.5, interval: [3, 4] }, { label: { code: 'process' }, value: 4.2, interval: [3.9, 4.6] }] },
  }
}

function claimsReport(base: Report = suiteReport(), v: ClaimVerdict['verdict'] = 'does-not-hold'): Report {
  const report: Report = {
    ...base,
    runs: base.runs.map((run, i) => (i === 0 ? { ...run, claims: ['switch-cost'] } : run)),
    claims: [verdict('switch-cost', v, LONG), verdict('deadlock', 'holds', 'A cycle of waits deadlocked 5 of 5 times.')],
  }
  return ReportSchema.parse(report)
}

describe('a report with claims', () => {
  it('HTML: the claims section comes first, translated verdicts, inline evidence, nothing loaded', () => {
    for (const [locale, word] of [['en', 'does not hold'], ['zh-CN', '不成立']] as const) {
      const html = reportToHtml(claimsReport(), locale)
      const claims = html.indexOf('<section id="claims">')
      expect(claims).toBeGreaterThan(0)
      expect(claims).toBeLessThan(html.indexOf('<section id="machine">'))
      expect(html).toContain(word)
      expect(html).toContain('data-claim="switch-cost" data-verdict="does-not-hold"')
      expect(html).toContain('Thread and process switches cost the same order')
      expect(html.match(/<svg class="chart claim-evidence"/g)).toHaveLength(2)
      expect(html).not.toMatch(/\b(src|href)=/)
    }
  })

  it('Markdown: the claims section before the machine', () => {
    const en = reportToMarkdown(claimsReport())
    expect(en.indexOf('## Claims')).toBeGreaterThan(0)
    expect(en.indexOf('## Claims')).toBeLessThan(en.indexOf('## Machine'))
    expect(en).toMatch(/^\| [^|\n]+ \| does not hold \| /m)
    const zh = reportToMarkdown(claimsReport(), 'zh-CN')
    expect(zh.indexOf('## 论断')).toBeLessThan(zh.indexOf('## 机器'))
    expect(zh).toContain('不成立')
  })

  it('CSV: run rows say their claims, one row per verdict, still one rectangle', () => {
    const rows = parseCsv(reportToCsv(claimsReport()))
    const header = rows[0]!
    expect(header.slice(-4)).toEqual(['run_claims', 'claim', 'verdict', 'claim_english'])
    expect(new Set(rows.map((r) => r.length)).size).toBe(1)
    const col = (name: string) => header.indexOf(name)
    const verdicts = rows.slice(1).filter((r) => r[col('claim')] !== '')
    expect(verdicts.map((r) => [r[col('claim')], r[col('verdict')], r[col('run_id')]])).toEqual([['switch-cost', 'does-not-hold', ''], ['deadlock', 'holds', '']])
    expect(verdicts[0]![col('claim_english')]).toBe(LONG)
    expect(rows.some((r) => r[col('run_claims')] === 'switch-cost')).toBe(true)
    // A report without claims keeps its columns as before.
    expect(parseCsv(reportToCsv(suiteReport()))[0]).not.toContain('claim')
  })

  it('text table: the verdicts first, every line within 100 columns, in Chinese too', () => {
    for (const locale of ['en', 'zh-CN'] as const) {
      const text = formatReportTable(claimsReport(), wordingFor(locale))
      const firstSection = text.split('\n\n')[0]!
      expect(firstSection).toMatch(/switch-cost/)
      for (const line of firstSection.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(100)
      expect(firstSection).toContain(locale === 'en' ? 'does not hold' : '不成立')
    }
    expect(wrapText('教程说线程切换需要十毫秒左右，这里测得的是微秒', 10).every((l) => displayWidth(l) <= 10)).toBe(true)
  })
})

describe('compare with claims', () => {
  const comparison = () =>
    compareReports([
      { source: 'alice.json', report: claimsReport(suiteReport(), 'does-not-hold') },
      { source: 'bob.json', report: claimsReport(scaledReport('bob', 0.5), 'holds') },
    ])

  it('a claim x machine table, the disagreement marked, in every format', () => {
    const c = comparison()
    expect(c.claims?.map((r) => [r.claim, r.verdicts.map((v) => v?.verdict), r.differs])).toEqual([
      ['switch-cost', ['does-not-hold', 'holds'], true],
      ['deadlock', ['holds', 'holds'], false],
    ])
    const table = formatComparisonTable(c)
    expect(table).toMatch(/switch-cost\s+does not hold\s+holds\s+! differs/)
    expect(table).not.toMatch(/deadlock.*differs/)
    expect(comparisonToMarkdown(c)).toContain('| **switch-cost** | **does not hold** | **holds** | **! differs** |')
    const html = comparisonToHtml(c, 'zh-CN')
    expect(html).toContain('data-differs="true"')
    expect(html).toContain('各台机器上的论断')
    // Reports without claims: no claims part at all.
    expect(compareReports([{ source: 'a', report: suiteReport() }, { source: 'b', report: scaledReport('bob', 0.5) }]).claims).toBeUndefined()
  })
})
