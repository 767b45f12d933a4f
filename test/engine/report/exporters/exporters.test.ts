/**
 * Every exporter over fixed reports, as file snapshots (open the .html ones in a browser to see
 * them), plus what a snapshot cannot show: escaping of hostile strings, RFC 4180 shape, the
 * formula guard, the registry and the transport shape.
 */
import { describe, expect, it } from 'vitest'
import { EXPORT_FORMATS } from '../../../../src-shared/api'
import type { Report, Run } from '../../../../src-shared/report'
import { reportToCsv } from '../../../../src-main/engine/report/exporters/csv'
import { csvField, escapeHtml, escapeMarkdown, safeFileStem } from '../../../../src-main/engine/report/exporters/escape'
import { reportToHtml } from '../../../../src-main/engine/report/exporters/html'
import { EXPORTERS, exportFileName, exportReport, renderExport } from '../../../../src-main/engine/report/exporters/index'
import { reportToJson } from '../../../../src-main/engine/report/exporters/json'
import { reportToMarkdown } from '../../../../src-main/engine/report/exporters/markdown'
import { parseReportText } from '../../../../src-main/engine/report/read-report'
import { makeReport, makeRun } from '../../../fixtures/report-fixture'
import { microReport, suiteReport } from '../report-samples'
import { parseCsv } from './csv-parse'

const SAMPLES: [string, () => Report][] = [
  ['fixture', () => makeReport()],
  ['suite', suiteReport],
  ['micro', microReport],
]

describe.each(SAMPLES)('exports of the %s report', (name, make) => {
  it('JSON', async () => {
    await expect(reportToJson(make())).toMatchFileSnapshot(`__snapshots__/${name}.json`)
  })
  it('CSV', async () => {
    await expect(reportToCsv(make())).toMatchFileSnapshot(`__snapshots__/${name}.csv`)
  })
  it('Markdown', async () => {
    await expect(reportToMarkdown(make())).toMatchFileSnapshot(`__snapshots__/${name}.md`)
  })
  it('HTML', async () => {
    await expect(reportToHtml(make())).toMatchFileSnapshot(`__snapshots__/${name}.html`)
  })
})

describe('JSON export', () => {
  it.each(SAMPLES)('round-trips the %s report through import unchanged', (_, make) => {
    const report = make()
    expect(parseReportText(reportToJson(report), 'export.json')).toEqual(report)
  })

  it('refuses an invalid report', () => {
    expect(() => reportToJson({ ...makeReport(), createdAt: 5 } as unknown as Report)).toThrow(/createdAt/)
  })
})

const HOSTILE = '<script>alert(1)</script><img src=x onerror=alert(2)>"\'&'

function hostileReport(): Report {
  const run = makeRun({ error: `=HYPERLINK("http://evil")${HOSTILE}`, status: 'failed' })
  return makeReport({
    label: `[click](javascript:alert(1)) ${HOSTILE}`,
    machine: { ...makeReport().machine, cpuModel: `@SUM(A1) ${HOSTILE}`, hostname: '+cmd|calc' },
    // A field no schema knows (a hand-edited file): exporters must escape whatever a config holds.
    runs: [{ ...run, config: { ...run.config, note: `-2+3 ${HOSTILE}\nnew line | pipe` } } as unknown as Run],
    warnings: [{ code: 'outliers', runId: run.id, workers: 2, message: `${HOSTILE} *bold* \`code\`` }],
  })
}

describe('escaping', () => {
  it('HTML shows every report string as text: no tag, no attribute, no script from the file', () => {
    const html = reportToHtml(hostileReport())
    expect(html).not.toContain('<script')
    expect(html).not.toContain('<img')
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(html).toContain('&quot;&#39;&amp;')
    // Once the escaped copies are removed, nothing of the hostile markup is left anywhere.
    expect(html.replaceAll(escapeHtml(HOSTILE), '')).not.toMatch(/onerror|alert\(2\)/)
  })

  it('HTML carries a CSP that forbids scripts and loads', () => {
    const html = reportToHtml(makeReport())
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1]
    expect(csp).toMatch(/^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+'; img-src 'none'/)
    expect(html).not.toMatch(/<script|<link|src=|href=/i)
  })

  it('Markdown cannot start a link, an HTML tag or a new line from report text', () => {
    const md = reportToMarkdown(hostileReport())
    expect(md).not.toMatch(/(^|[^\\])\[click\]/)
    expect(md).not.toMatch(/(^|[^\\])<script/)
    expect(md).toContain('\\<script\\>')
    expect(md).not.toContain('\nnew line')
    expect(escapeMarkdown('a|b')).toBe('a\\|b')
  })

  it('CSV neutralises cells a spreadsheet would run as a formula', () => {
    const rows = parseCsv(reportToCsv(hostileReport()))
    const header = rows[0]!
    const row = rows[1]!
    const cell = (name: string) => row[header.indexOf(name)]
    expect(cell('cpu_model')).toMatch(/^'@SUM/)
    expect(cell('error')).toMatch(/^'=HYPERLINK/)
    expect(cell('config.note')).toMatch(/^'-2\+3/)
    for (const value of row) if (typeof value === 'string' && value !== '') expect(value).not.toMatch(/^[=+@\t\r]/)
  })

  it('keeps numbers numeric, even negative ones', () => {
    expect(csvField(-0.5)).toBe('-0.5')
    expect(csvField('-0.5')).toBe("'-0.5")
    expect(csvField(Number.NaN)).toBe('')
    expect(csvField('a "quoted", value')).toBe('"a ""quoted"", value"')
    expect(escapeHtml(`<a href="x">'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&lt;/a&gt;')
  })
})

describe('CSV shape', () => {
  it.each(SAMPLES)('the %s report: RFC 4180 rows of equal width, one per point per run', (_, make) => {
    const report = make()
    const text = reportToCsv(report)
    expect(text.endsWith('\r\n')).toBe(true)
    const rows = parseCsv(text)
    const width = rows[0]!.length
    expect(rows.every((r) => r.length === width)).toBe(true)
    const points = report.runs.reduce((n, r) => n + Math.max(1, r.points.length), 0)
    expect(rows).toHaveLength(1 + points)
  })

  it('gives a run without points a row, so a failure is not just missing', () => {
    const rows = parseCsv(reportToCsv(makeReport({ runs: [makeRun({ points: [], status: 'failed', error: 'boom' })] })))
    expect(rows).toHaveLength(2)
    expect(rows[1]![rows[0]!.indexOf('status')]).toBe('failed')
    expect(rows[1]![rows[0]!.indexOf('error')]).toBe('boom')
  })

  it('puts every setting and option in a column', () => {
    const header = parseCsv(reportToCsv(makeReport()))[0]!
    for (const column of ['serialization', 'warmup', 'repeat', 'task_timeout_ms', 'config.lo', 'config.hi', 'config.method', 'config.chunking', 'config.chunksPerWorker']) {
      expect(header).toContain(column)
    }
  })
})

describe('registry', () => {
  it('has one exporter per ExportFormat, each keyed by its own format', () => {
    expect(Object.keys(EXPORTERS).sort()).toEqual([...EXPORT_FORMATS].sort())
    for (const format of EXPORT_FORMATS) expect(EXPORTERS[format].format).toBe(format)
  })

  it('names files from the label and time, with only safe characters', () => {
    expect(exportFileName(makeReport({ label: 'Alice / laptop <1>' }), 'html')).toBe('Alice-laptop-1-2024-01-01T00-00-02.html')
    expect(exportFileName(makeReport({ label: undefined }), 'csv')).toBe('conlab-2024-01-01T00-00-02.csv')
    expect(safeFileStem('../../etc/passwd')).toBe('etc-passwd')
  })

  it('returns text formats as UTF-8 and PDF as base64 for the transports', async () => {
    const md = await exportReport(makeReport(), 'md')
    expect(md).toMatchObject({ fileName: 'fixture-2024-01-01T00-00-02.md', mimeType: 'text/markdown', encoding: 'utf8' })
    expect(md.data).toBe(reportToMarkdown(makeReport()))
    let printed = ''
    const pdf = await exportReport(makeReport(), 'pdf', {
      printToPdf: async (html) => {
        printed = html
        return new TextEncoder().encode('%PDF-1.7 fake')
      },
    })
    expect(printed).toBe(reportToHtml(makeReport()))
    expect(pdf).toMatchObject({ mimeType: 'application/pdf', encoding: 'base64' })
    expect(Buffer.from(pdf.data, 'base64').toString()).toBe('%PDF-1.7 fake')
  })

  it('validates a report that came over a transport before exporting it', async () => {
    const bad = { ...makeReport(), runs: [{ ...makeRun(), points: 'nope' }] } as unknown as Report
    await expect(renderExport(bad, 'html')).rejects.toThrow(/Cannot export an invalid report: runs\.0\.points/)
    const absurd = makeReport({ runs: [makeRun({ points: [{ ...makeRun().points[0]!, workers: 10_000_000 }] })] })
    await expect(renderExport(absurd, 'csv')).rejects.toThrow(/runs\.0\.points\.0\.workers/)
  })

  it('refuses a printer that does not return a PDF', async () => {
    await expect(renderExport(makeReport(), 'pdf', { printToPdf: async () => new Uint8Array([60, 104, 116]) })).rejects.toThrow(/not a PDF/)
  })
})
