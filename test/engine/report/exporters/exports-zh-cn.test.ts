/**
 * The exports in Simplified Chinese: snapshots of the HTML and Markdown, every word of ours from
 * the catalogue's zh-CN report area (no English sentence of that area left), the language stated
 * in the file, numbers written for the locale, warnings rendered from their code, and the data
 * (JSON, CSV) the same whatever the language.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { executeExport } from '../../../../src-main/cli/export-command'
import enReport from '../../../../src-shared/i18n/en-report'
import zhReport from '../../../../src-shared/i18n/zh-CN-report'
import { translatorFor } from '../../../../src-shared/i18n/translate'
import { LAB_CALL_ARGS } from '../../../../src-shared/lab-call-args'
import type { Report } from '../../../../src-shared/report'
import { WORKLOAD_NAMES } from '../../../../src-shared/workloads'
import { compareReports } from '../../../../src-main/engine/report/compare'
import { comparisonToHtml } from '../../../../src-main/engine/report/exporters/compare-html'
import { comparisonToMarkdown } from '../../../../src-main/engine/report/exporters/compare-markdown'
import { reportToHtml } from '../../../../src-main/engine/report/exporters/html'
import { renderExport } from '../../../../src-main/engine/report/exporters/index'
import { reportToMarkdown } from '../../../../src-main/engine/report/exporters/markdown'
import { makeReport } from '../../../fixtures/report-fixture'
import { microReport, scaledReport, suiteReport } from '../report-samples'

const SAMPLES: [string, () => Report][] = [
  ['suite', suiteReport],
  ['micro', microReport],
]

type Tree = { readonly [key: string]: string | Tree }
const leaves = (tree: Tree): string[] => Object.values(tree).flatMap((v) => (typeof v === 'string' ? [v] : leaves(v)))

/**
 * Every English sentence-sized piece of the report area (the text between placeholders), except
 * those the Chinese catalogue keeps as they are (`Node.js`, `Karp–Flatt`): none may show in a
 * Chinese export.
 */
const ENGLISH_PIECES = (() => {
  const kept = new Set(leaves(zhReport))
  return [...new Set(leaves(enReport).filter((text) => !kept.has(text)).flatMap((text) => text.split(/\{\w+\}/)))]
    .map((piece) => piece.trim())
    .filter((piece) => /[a-z]{3}/i.test(piece) && piece.length >= 6)
})()

/**
 * The pieces found in a text as words of their own: not inside a field path (`throughput.value`),
 * a field name quoted as the data spells it (`「throughput」`) or an SVG attribute name.
 */
function englishIn(text: string): string[] {
  // The head holds the page's metadata (the generator's name), not words a reader sees.
  let shown = text.includes('<body>') ? text.slice(text.indexOf('<body>')) : text
  // Workload headings belong to the workloads area of the catalogue, translated and checked there.
  for (const name of WORKLOAD_NAMES) shown = shown.replaceAll(translatorFor('zh-CN')(`workloads.${name}.heading`), '')
  const escape = (piece: string) => piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  return ENGLISH_PIECES.filter((piece) => new RegExp(`(?<![A-Za-z.「-])${escape(piece)}(?![A-Za-z.」])`).test(shown))
}

const comparison = () =>
  compareReports([
    { source: 'reports/alice.json', report: suiteReport() },
    { source: 'reports/bob.json', report: scaledReport('bob', 0.5) },
  ])

describe.each(SAMPLES)('the %s report in zh-CN', (name, make) => {
  it('HTML snapshot', async () => {
    await expect(reportToHtml(make(), 'zh-CN')).toMatchFileSnapshot(`__snapshots__/${name}.zh-CN.html`)
  })
  it('Markdown snapshot', async () => {
    await expect(reportToMarkdown(make(), 'zh-CN')).toMatchFileSnapshot(`__snapshots__/${name}.zh-CN.md`)
  })
  it('HTML and Markdown contain no English sentence of the report area', () => {
    expect(ENGLISH_PIECES.length).toBeGreaterThan(50)
    for (const text of [reportToHtml(make(), 'zh-CN'), reportToMarkdown(make(), 'zh-CN')]) {
      expect(englishIn(text)).toEqual([])
    }
  })
})

describe('zh-CN HTML', () => {
  const html = reportToHtml(suiteReport(), 'zh-CN')

  it('says its language, and asks for a font with Chinese glyphs', () => {
    expect(html).toContain('<html lang="zh-CN">')
    expect(html).toContain('<meta name="conlab-export-language" content="zh-CN">')
    expect(html).toMatch(/font-family: "Noto Sans CJK SC", "Noto Sans SC"[^;]*"Microsoft YaHei"/)
    // The stylesheet changed, so the CSP pins the new one.
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1]
    expect(csp).not.toBe(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(reportToHtml(suiteReport()))?.[1])
  })

  it('uses the catalogue’s Chinese headings', () => {
    for (const heading of [zhReport.sections.machine, zhReport.sections.warnings, zhReport.sections.howToRead, zhReport.charts.speedupTitle]) {
      expect(html).toContain(heading)
    }
    expect(html).toContain(`<th>${zhReport.table.speedup}</th>`)
    expect(html).toContain(zhReport.explain.karpFlatt.text)
  })

  it('renders a warning from its code, and keeps the stored English message only in the data', async () => {
    expect(html).toContain(zhReport.warningText.outliers)
    expect(html).not.toContain('At 2 workers, 1 of 3 repetitions were far from the median.')
    expect(await renderExport(suiteReport(), 'json', { locale: 'zh-CN' })).toContain('At 2 workers, 1 of 3 repetitions were far from the median.')
  })

  it('writes numbers for the locale without changing their precision', () => {
    expect(html).toContain('hi = 1,000,000')
    expect(reportToHtml(suiteReport())).toContain('hi = 1000000')
  })

  it('gives the engine’s event-loop figures their Chinese label', () => {
    const micro = reportToHtml(microReport(), 'zh-CN')
    expect(micro).toContain(`<th scope="row">${zhReport.reportFields.host.eventLoopDelayMs.p50}</th><td>1.20</td>`)
    expect(micro).not.toContain('host.eventLoopDelayMs')
  })
})

describe('the language never changes the data', () => {
  it.each(['json', 'csv'] as const)('%s is the same in every language', async (format) => {
    expect(await renderExport(makeReport(), format, { locale: 'zh-CN' })).toBe(await renderExport(makeReport(), format))
  })

  it('English stays the default of every exporter', async () => {
    expect(await renderExport(suiteReport(), 'html', { locale: 'en' })).toBe(reportToHtml(suiteReport()))
    expect(await renderExport(suiteReport(), 'md')).toBe(reportToMarkdown(suiteReport(), 'en'))
  })

  it('Markdown states its language in its header', () => {
    expect(reportToMarkdown(suiteReport(), 'zh-CN').split('\n').slice(0, 6)).toContain('语言：简体中文 (zh-CN)')
    expect(reportToMarkdown(suiteReport())).not.toMatch(/Language:/)
  })
})

describe('comparison exports in zh-CN', () => {
  it('HTML and Markdown speak Chinese', () => {
    const html = comparisonToHtml(comparison(), 'zh-CN')
    const md = comparisonToMarkdown(comparison(), 'zh-CN')
    expect(html).toContain('<html lang="zh-CN">')
    for (const text of [html, md]) {
      expect(text).toContain(zhReport.compare.title)
      expect(text).toContain(zhReport.compare.explanation)
      expect(englishIn(text)).toEqual([])
    }
  })
})

describe('transport', () => {
  it('exportReport accepts an optional locale, and only a known one', () => {
    const report = makeReport()
    expect(LAB_CALL_ARGS.exportReport.safeParse([report, 'html']).success).toBe(true)
    expect(LAB_CALL_ARGS.exportReport.safeParse([report, 'html', 'zh-CN']).success).toBe(true)
    expect(LAB_CALL_ARGS.exportReport.safeParse([report, 'html', 'fr']).success).toBe(false)
  })
})

describe('conlab export with a locale (what --lang passes down)', () => {
  it('writes Chinese HTML and Markdown next to the report, the JSON untouched', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'conlab-export-zh-'))
    try {
      const source = join(dir, 'alice.json')
      const json = await renderExport(suiteReport(), 'json')
      await writeFile(source, json as string)
      const io = { stdout: { write: () => true }, stderr: { write: () => true } }
      expect(await executeExport({ report: source, formats: ['md', 'html'], out: undefined, locale: 'zh-CN' }, io)).toBe(0)
      expect(await readFile(join(dir, 'alice.html'), 'utf8')).toBe(reportToHtml(suiteReport(), 'zh-CN'))
      expect(await readFile(join(dir, 'alice.md'), 'utf8')).toBe(reportToMarkdown(suiteReport(), 'zh-CN'))
      expect(await readFile(source, 'utf8')).toBe(json)
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})
