/**
 * Issue 13, item 8 leftovers: the legend of an exported chart keeps every name whole, the ideal
 * line is the app's (linear up to the core count, then flat), workers are numbered from 1 as in
 * the app, the prime count itself is shown; and the host name is exported only when asked for,
 * through LabApi.exportReport, `conlab export --include-hostname` and `conlab run --format`.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { executeExport } from '../../../../src-main/cli/export-command'
import { type RunCommand, createProgram } from '../../../../src-main/cli/program'
import { writeRunOutputs } from '../../../../src-main/cli/run-outputs'
import { LabService } from '../../../../src-main/engine/lab-service'
import { reportToHtml } from '../../../../src-main/engine/report/exporters/html'
import { exportLocale } from '../../../../src-main/engine/report/exporters/locale'
import { reportToMarkdown } from '../../../../src-main/engine/report/exporters/markdown'
import { reportToJson } from '../../../../src-main/engine/report/exporters/json'
import { barChartSvg } from '../../../../src-main/engine/report/exporters/svg/bar-chart'
import { HEIGHT, WIDTH, textWidth } from '../../../../src-main/engine/report/exporters/svg/frame'
import { lineChartSvg } from '../../../../src-main/engine/report/exporters/svg/line-chart'
import { timelineChartSvg } from '../../../../src-main/engine/report/exporters/svg/timeline-chart'
import { LAB_CALL_ARGS } from '../../../../src-shared/lab-call-args'
import { makeMachine, makeReport, makeRun } from '../../../fixtures/report-fixture'
import { onCleanup } from '../../../helpers/cleanup'
import { newLabService } from '../../../helpers/lab'

const LONG = ['Main thread, async tasks in flight (64 B payload)', 'Worker threads, structured clone (64 B payload)', 'Child processes, advanced serialization (64 B payload)']

/** Each legend item's x and text, and the picture's height from its viewBox. */
function legendOf(svg: string) {
  const items = [...svg.matchAll(/<g class="legend-item"><line x1="([\d.]+)"[^>]*\/><text x="[\d.]+" y="([\d.]+)"[^>]*>([^<]*)<\/text><\/g>/g)]
  const height = Number(/viewBox="0 0 \d+ ([\d.]+)"/.exec(svg)![1])
  return { height, items: items.map((m) => ({ x: Number(m[1]), y: Number(m[2]), name: m[3]! })) }
}

describe('the exported charts', () => {
  it('wraps a legend of long names into rows, every name whole and inside the picture', () => {
    const series = LONG.map((name, i) => ({ name, color: '#123456', points: [{ x: 1, y: i + 1 }, { x: 2, y: i + 2 }] }))
    const { height, items } = legendOf(lineChartSvg({ id: 'l', title: 'T', xLabel: 'x', yLabel: 'y', series }))
    expect(items.map((i) => i.name)).toEqual(LONG)
    for (const item of items) expect(item.x + 26 + textWidth(item.name)).toBeLessThanOrEqual(WIDTH)
    expect(new Set(items.map((i) => i.y)).size).toBeGreaterThan(1)
    expect(height).toBeGreaterThan(HEIGHT)
    const bars = legendOf(barChartSvg({ id: 'b', title: 'T', xLabel: 'x', yLabel: 'y', categories: ['a'], series: LONG.map((name) => ({ name, color: '#000', values: [{ y: 1 }] })) }))
    expect(bars.items.map((i) => i.name)).toEqual(LONG)
  })

  it('keeps short names on one row, the picture at its usual size', () => {
    const series = ['thread', 'process'].map((name) => ({ name, color: '#000', points: [{ x: 1, y: 1 }] }))
    const { height, items } = legendOf(lineChartSvg({ id: 'l', title: 'T', xLabel: 'x', yLabel: 'y', series }))
    expect(new Set(items.map((i) => i.y)).size).toBe(1)
    expect(height).toBe(HEIGHT)
  })

  it('draws the ideal as the app does: linear up to the core count, flat past it', () => {
    const points = [1, 2, 4, 8].map((x) => ({ x, y: Math.min(x, 2) * 0.9 }))
    const svg = lineChartSvg({ id: 'i', title: 'T', xLabel: 'x', yLabel: 'y', series: [{ name: 'thread', color: '#000', points }], ideal: { cores: 2 } })
    const ideal = /<polyline class="ideal" points="([^"]+)"/.exec(svg)![1]!.split(' ').map((p) => p.split(',').map(Number) as [number, number])
    expect(ideal).toHaveLength(3)
    const [start, corner, end] = ideal
    expect(corner![1]).toBeLessThan(start![1]) // rising (SVG y grows downwards)
    expect(end![1]).toBe(corner![1]) // flat past the cores
    expect(svg).toContain('ideal (linear up to 2 cores)')
  })

  it('numbers the timeline workers from 1, as the app does', () => {
    const spans = [
      { worker: 0, startMs: 0, endMs: 5, label: 'a' },
      { worker: 1, startMs: 0, endMs: 6, label: 'b' },
    ]
    const svg = timelineChartSvg({ id: 't', title: 'T', spans, color: '#000' })
    expect(svg).toContain('>worker 1<')
    expect(svg).toContain('>worker 2<')
    expect(svg).not.toContain('worker 0')
  })
})

describe('the prime count in HTML and Markdown', () => {
  it('shows pi(hi) with the count, in both languages', () => {
    const report = makeReport()
    expect(reportToMarkdown(report)).toContain('π(1,000,000) = 78,498 primes')
    expect(reportToHtml(report)).toContain('π(1,000,000) = 78,498 primes')
    expect(reportToMarkdown(report, 'zh-CN')).toContain('π(1,000,000) = 78,498 个素数')
  })

  it('names the range when it does not start at 0, and says nothing for other workloads', () => {
    const run = makeRun({ config: { workload: 'prime', lo: 1_000_000, hi: 2_000_000, method: 'sieve', chunking: 'dynamic', chunksPerWorker: 4 } })
    expect(reportToHtml(makeReport({ runs: [run] }))).toContain('78,498 primes in [1,000,000, 2,000,000)')
    expect(reportToHtml(makeReport({ runs: [run] }), 'zh-CN')).toContain('[1,000,000, 2,000,000) 中有 78,498 个素数')
    const other = makeRun({ workload: 'spawn', config: { workload: 'spawn' } })
    expect(reportToHtml(makeReport({ runs: [other] }))).not.toContain('class="answer"')
    expect(exportLocale('en').r('group.primeCountPi', { x: '1', count: '0' })).not.toContain('group.')
  })
})

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'conlab-hostname-'))
  return onCleanup(dir, (d) => rm(d, { recursive: true, force: true }))
}

const silent = { stdout: { write: () => true }, stderr: { write: () => true } }

describe('the host name, only when asked for', () => {
  const report = () => makeReport({ machine: makeMachine({ hostname: 'alice-laptop' }) })

  it('LabApi.exportReport takes includeHostname as its fourth argument', async () => {
    expect(LAB_CALL_ARGS.exportReport.safeParse([report(), 'md', 'en', true]).success).toBe(true)
    expect(LAB_CALL_ARGS.exportReport.safeParse([report(), 'md', 'en', 'yes']).success).toBe(false)
    const service: LabService = await newLabService()
    try {
      const without = await service.exportReport(report(), 'md', 'en')
      const withName = await service.exportReport(report(), 'md', 'en', true)
      if (!without.ok || !withName.ok) throw new Error('export failed')
      expect(without.value.data).not.toContain('alice-laptop')
      expect(withName.value.data).toContain('alice-laptop')
    } finally {
      await service.dispose()
    }
  })

  it('conlab export writes it with --include-hostname only', async () => {
    const dir = await tempDir()
    const source = join(dir, 'r.json')
    await writeFile(source, reportToJson(report()))
    expect(await executeExport({ report: source, formats: ['md'], out: join(dir, 'a.md') }, silent)).toBe(0)
    expect(await readFile(join(dir, 'a.md'), 'utf8')).not.toContain('alice-laptop')
    expect(await executeExport({ report: source, formats: ['md'], out: join(dir, 'b.md'), includeHostname: true }, silent)).toBe(0)
    expect(await readFile(join(dir, 'b.md'), 'utf8')).toContain('alice-laptop')
  })

  it('conlab run --format … --include-hostname passes it to the extra formats', async () => {
    let command: RunCommand | undefined
    await createProgram(async (c) => void (command = c)).parseAsync(['node', 'conlab', 'run', '--workload', 'prime', '--format', 'md', '--include-hostname'])
    expect(command?.includeHostname).toBe(true)
    await createProgram(async (c) => void (command = c)).parseAsync(['node', 'conlab', 'run', '--workload', 'prime', '--format', 'md'])
    expect(command?.includeHostname).toBe(false)
    const dir = await tempDir()
    const opts = { reportPath: join(dir, 'r.json'), formats: ['md'] as const, history: false }
    expect(await writeRunOutputs(report(), { ...opts, includeHostname: true }, silent)).toBe(true)
    expect(await readFile(join(dir, 'r.md'), 'utf8')).toContain('alice-laptop')
    expect(await writeRunOutputs(report(), opts, silent)).toBe(true)
    expect(await readFile(join(dir, 'r.md'), 'utf8')).not.toContain('alice-laptop')
  })
})
