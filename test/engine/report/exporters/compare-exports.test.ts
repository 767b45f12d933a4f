/**
 * The comparison exports (Markdown, HTML) as file snapshots in English, which must not move when
 * the words moved into the catalogue, and in Chinese: every heading from the catalogue's
 * zh-CN report area, the language recorded, the data (labels, numbers) unchanged.
 */
import { describe, expect, it } from 'vitest'
import { compareReports } from '../../../../src-main/engine/report/compare'
import { comparisonToHtml } from '../../../../src-main/engine/report/exporters/compare-html'
import { comparisonToMarkdown } from '../../../../src-main/engine/report/exporters/compare-markdown'
import { scaledReport, suiteReport } from '../report-samples'

const comparison = () =>
  compareReports([
    { source: 'reports/alice.json', report: suiteReport() },
    { source: 'reports/bob.json', report: scaledReport('bob', 0.5) },
    { source: 'reports/carol.json', report: scaledReport('carol', 1.25) },
  ])

describe('comparison exports in English', () => {
  it('Markdown', async () => {
    await expect(comparisonToMarkdown(comparison())).toMatchFileSnapshot('__snapshots__/compare.md')
  })
  it('HTML', async () => {
    await expect(comparisonToHtml(comparison())).toMatchFileSnapshot('__snapshots__/compare.html')
  })
})
