/**
 * The primitives experiment in global-lock mode (issue 16) through the real engine: every part's
 * checks still hold and no thread waits out its bound (each wait on a primitive lets the lock go),
 * the thread parts' points carry the lock figures, their words are shown, and a cancel ends
 * threads blocked under the lock. No duration and no latency is asserted.
 */
import { describe, expect, it } from 'vitest'
import { ReportSchema } from '../../../src-shared/report'
import { runSuite } from '../../../src-main/engine/session'
import { formatReportTable } from '../../../src-main/engine/report/text/report-table'
import { wordingFor } from '../../../src-main/engine/report/text/wording'

const SMALL = { threads: 3, acquiresPerThread: 40, sectionSpins: 500, waiters: [1, 2], items: 200, capacities: [1, 8], barrierPhases: 3, phaseSpins: 2000, waitTimeoutMs: 20_000 }

describe('primitives under the global lock', () => {
  it('every part checked, thread parts carry the lock figures', async () => {
    const report = await runSuite([{ workload: { workload: 'primitives', ...SMALL }, runtimes: ['thread'], repeat: 2, warmup: 1, globalLock: true, switchIntervalMs: 0 }])
    expect(ReportSchema.safeParse(JSON.parse(JSON.stringify(report))).success).toBe(true)
    const run = report.runs[0]!
    expect(run.status, run.error).toBe('completed')
    expect(run.settings.globalLock).toEqual({ switchIntervalMs: 0 })
    const parts = new Set(run.points.map((p) => p.primitive?.part))
    expect([...parts]).toEqual(['semaphore', 'event', 'condition', 'barrier', 'queue'])
    for (const p of run.points) {
      expect(p.check.ok, p.variant).toBe(true)
      // The shared-memory parts ran on the pool under the lock; the message queues run their own threads.
      const pooled = p.primitive?.part !== 'queue' || p.primitive.mechanism === 'shared-queue'
      if (pooled) {
        expect(p.globalLock, p.variant).toBeDefined()
        // Several threads met on one primitive: at least one took the lock from another.
        expect(p.globalLock!.handOvers, p.variant).toBeGreaterThanOrEqual(1)
      }
    }
    const table = formatReportTable(report)
    expect(table).toMatch(/ {2}thread: .+: \d+ hand-overs, wait per thread [\d./]+ ms\n/)
    expect(table).toContain('a woken thread must take it back before it runs')
    expect(formatReportTable(report, wordingFor('zh-CN'))).toContain('被唤醒的线程必须先重新拿到它')
  })

  it('a cancel ends threads inside a semaphore under the lock', async () => {
    const controller = new AbortController()
    const report = await runSuite(
      [{ workload: { workload: 'primitives', parts: ['semaphore'], threads: 4, acquiresPerThread: 100_000, sectionSpins: 100_000, waitTimeoutMs: 60_000 }, runtimes: ['thread'], repeat: 1, warmup: 0, globalLock: true, switchIntervalMs: 1000 }],
      { signal: controller.signal, onEvent: (event) => (event.type === 'run-started' ? setTimeout(() => controller.abort(), 200) : undefined) },
    )
    expect(report.runs[0]!.status).toBe('aborted')
  })
})
