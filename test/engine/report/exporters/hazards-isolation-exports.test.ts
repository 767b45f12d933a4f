/**
 * The hazards' figures in every export, from real tiny runs: Markdown, HTML and CSV carry what
 * survived a crash and the verdict, each thread's share under starvation, and the medium's units
 * while the high one waited (or, where it cannot be observed, the reason).
 */
import { describe, expect, it } from 'vitest'
import { runSuite } from '../../../../src-main/engine/session'
import { renderExport } from '../../../../src-main/engine/report/exporters'

describe('hazards exports', () => {
  it('show the crash verdicts, the starvation shares and the priority counts in Markdown, HTML and CSV', async () => {
    const report = await runSuite([
      { workload: { workload: 'crash-isolation', faults: ['abort'], siblings: 1, siblingMs: 100 }, runtimes: ['thread', 'process'], repeat: 1, warmup: 0 },
      { workload: { workload: 'starvation', threads: 2, acquisitions: 500 }, runtimes: ['thread'], repeat: 1, warmup: 0 },
      { workload: { workload: 'priority-inversion', variants: ['inversion'], holdUnits: 10, unitSteps: 50_000 }, runtimes: ['process'], repeat: 1, warmup: 0 },
    ])
    const md = String(await renderExport(report, 'md'))
    const html = String(await renderExport(report, 'html'))
    const csv = String(await renderExport(report, 'csv'))
    const priorityShown = report.runs.some((r) => r.points.some((p) => p.priority))
    for (const text of [md, html, csv]) {
      for (const field of ['crash.verdict', 'crash.host.survived', 'crash.siblings.completed', 'starvation.shares', 'starvation.starvedThreads']) expect(text).toContain(field)
      if (priorityShown) expect(text).toContain('priority.mediumUnitsWhileHighWaited')
    }
    const header = csv.split('\r\n')[0]!.split(',')
    const rows = csv.trim().split('\r\n').slice(1).map((line) => line.split(','))
    const col = (name: string) => header.indexOf(name)
    expect(rows.filter((r) => r[col('crash.verdict')] !== '').map((r) => r[col('crash.verdict')])).toEqual(['took-host-down', 'harmed-no-one'])
  })
})
