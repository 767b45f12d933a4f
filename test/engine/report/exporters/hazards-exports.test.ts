/**
 * The deadlock's and livelock's figures in every export, from a real tiny run: Markdown, HTML and
 * CSV carry how often each variant deadlocked and how it was found, and the livelock's retries,
 * completions and work per worker.
 */
import { describe, expect, it } from 'vitest'
import { runSuite } from '../../../../src-main/engine/session'
import { renderExport } from '../../../../src-main/engine/report/exporters'

describe('hazard exports', () => {
  it('show deadlock counts and livelock work against progress in Markdown, HTML and CSV', async () => {
    const report = await runSuite([
      { workload: { workload: 'deadlock', variants: ['naive', 'ordered'], pairs: 2 }, runtimes: ['thread'], repeat: 1, warmup: 0 },
      { workload: { workload: 'livelock', variants: ['fixed'], durationMs: 60 }, runtimes: ['thread'], repeat: 1, warmup: 0 },
    ])
    const md = String(await renderExport(report, 'md'))
    const html = String(await renderExport(report, 'html'))
    const csv = String(await renderExport(report, 'csv'))
    for (const text of [md, html, csv]) {
      for (const field of ['deadlock.deadlocked', 'deadlock.foundByGraph', 'deadlock.pairs', 'livelock.retriesPerWorker', 'livelock.completionsPerWorker']) expect(text).toContain(field)
    }
    expect(md).toContain('Deadlock (two locks in opposite order, detected from the wait-for graph)')
    const header = csv.split('\r\n')[0]!.split(',')
    const rows = csv.trim().split('\r\n').slice(1).map((line) => line.split(','))
    const col = (name: string) => header.indexOf(name)
    expect(rows.find((r) => r[col('variant')] === 'naive')![col('deadlock.deadlocked')]).toBe('1')
    expect(rows.find((r) => r[col('variant')] === 'ordered')![col('deadlock.deadlocked')]).toBe('0')
  })
})
