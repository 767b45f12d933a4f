/**
 * Deadlock through runSuite on real threads: the naive ring deadlocks and the wait-for graph finds
 * the cycle (not the wait bound), the fixed variants never deadlock over many repetitions, a cancel
 * in the middle of a deadlock ends it, and no worker thread outlives a run. Counts only, never a
 * duration. On processes: deadlock-processes.test.ts.
 */
import { readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { ReportSchema } from '../../../../src-shared/report'
import { runSuite } from '../../../../src-main/engine/session'
import { formatReportTable } from '../../../../src-main/engine/report/text/report-table'
import { wordingFor } from '../../../../src-main/engine/report/text/wording'

/** OS threads of this process (Linux); a worker thread that survived would stay among them. */
const threadCount = (): number => readdirSync('/proc/self/task').length

async function threadsBackTo(before: number): Promise<number> {
  for (let i = 0; i < 100 && threadCount() > before; i++) await new Promise((resolve) => setTimeout(resolve, 50))
  return threadCount()
}

describe('deadlock experiment', () => {
  it('detects the naive ring’s deadlock from the wait-for graph, reports the cycle, and leaves no worker behind', async () => {
    const before = threadCount()
    const report = await runSuite([
      { workload: { workload: 'deadlock', workers: 2, variants: ['naive'], pairs: 5, detectBoundMs: 2000 }, runtimes: ['thread'], repeat: 3, warmup: 0 },
      { workload: { workload: 'deadlock', workers: 3, variants: ['naive'], pairs: 5 }, runtimes: ['thread'], repeat: 2, warmup: 0 },
    ])
    expect(ReportSchema.safeParse(JSON.parse(JSON.stringify(report))).success).toBe(true)
    const [pair, ring] = report.runs
    for (const run of [pair!, ring!]) {
      expect(run.status, run.error).toBe('completed')
      const d = run.points[0]!.deadlock!
      // Found by the graph every time: within the bound, never by a wait running out.
      expect(d.deadlocked).toBe(d.repetitions)
      expect(d.foundByGraph).toBe(d.repetitions)
      expect(d.foundByTimeout).toBe(0)
      expect([...d.cycle!.workers].sort()).toEqual(Array.from({ length: d.workers }, (_, i) => i))
      // Worker i waits for lock i+1, held by worker i+1: round the ring.
      d.cycle!.workers.forEach((w, i) => expect(d.cycle!.locks[i]).toBe((w + 1) % d.workers))
      // The traced repetition's graph is kept with the cycle drawn.
      expect(run.lanes?.graph?.cycle?.workers).toHaveLength(d.workers)
    // As it stood when the cycle was confirmed: every worker holds one lock and waits for the next (a read after the abort would be bare).
    expect(run.lanes?.graph?.holds).toHaveLength(d.workers)
    expect(run.lanes?.graph?.waits).toHaveLength(d.workers)
    }
    const table = formatReportTable(report)
    expect(table).toContain('Deadlock — workers take two locks each, in a ring')
    expect(table).toMatch(/cycle worker \d waits for lock [AB] → worker \d waits for lock [AB], back to the start/)
    expect(formatReportTable(report, wordingFor('zh-CN'))).toContain('循环等待')
    expect(await threadsBackTo(before)).toBeLessThanOrEqual(before)
  })

  it('the fixed variants never deadlock over many repetitions, and every pair completes', async () => {
    const report = await runSuite([{ workload: { workload: 'deadlock', workers: 3, variants: ['ordered', 'try-backoff'], pairs: 4, pauseMs: 1 }, runtimes: ['thread'], repeat: 25, warmup: 0 }])
    const run = report.runs[0]!
    expect(run.status, run.error).toBe('completed')
    expect(run.points.map((p) => p.variant)).toEqual(['ordered', 'try-backoff'])
    for (const p of run.points) {
      expect(p.deadlock!.deadlocked).toBe(0)
      expect(p.deadlock!.pairs).toBe(3 * 4 * 25)
      expect(p.check.ok).toBe(true)
      expect(p.deadlock!.usPerPair).not.toBeNull()
    }
  })

  it('a cancel in the middle of a deadlock ends it, and every worker is gone', async () => {
    const before = threadCount()
    const abort = new AbortController()
    let cancelled = false
    const report = await runSuite(
      // Read every 100 ms: the cycle stands a whole poll before it is confirmed, and the cancel lands first.
      [{ workload: { workload: 'deadlock', workers: 2, variants: ['naive'], pairs: 5, pollMs: 100, detectBoundMs: 60_000 }, runtimes: ['thread'], repeat: 1, warmup: 0 }],
      {
        signal: abort.signal,
        onEvent: (event) => {
          // The traced repetition streams its graph: cancel once both workers wait, before the lab ends it.
          const graph = event.type === 'lanes' ? event.lanes.graph : undefined
          if (!cancelled && graph && graph.waits.length === 2 && graph.cycle === undefined) {
            cancelled = true
            abort.abort()
          }
        },
      },
    )
    expect(cancelled).toBe(true)
    expect(report.runs[0]!.status).toBe('aborted')
    expect(await threadsBackTo(before)).toBeLessThanOrEqual(before)
  })
})
