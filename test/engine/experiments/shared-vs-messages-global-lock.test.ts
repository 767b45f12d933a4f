/**
 * Shared memory vs messages in global-lock mode (issue 16) through the real engine: every way's
 * total stays exact on threads and processes (waits for an answer let the lock go: no thread
 * sits on it while its owner needs it), the threads of a point hand it over (certain: the second
 * client reaches the start gate only once the first let the lock go there), each process keeps
 * its own, the figures and words are shown, and a cancel leaves no child. No duration.
 */
import { describe, expect, it } from 'vitest'
import { ReportSchema } from '../../../src-shared/report'
import { runSuite } from '../../../src-main/engine/session'
import { formatReportTable } from '../../../src-main/engine/report/text/report-table'
import { wordingFor } from '../../../src-main/engine/report/text/wording'
import { childPidsOf, survivors } from '../../helpers/processes'

describe('shared-vs-messages under the global lock', () => {
  it('every way exact, lock figures per point, threads hand over, processes never', async () => {
    const report = await runSuite([{ workload: { workload: 'shared-vs-messages', updaters: [2], updates: 300 }, runtimes: ['thread', 'process'], repeat: 2, warmup: 1, globalLock: true, switchIntervalMs: 0 }])
    expect(ReportSchema.safeParse(JSON.parse(JSON.stringify(report))).success).toBe(true)
    const [thread, process_] = report.runs
    expect(thread?.points.map((p) => p.variant)).toEqual(['shared-memory', 'owner-messages', 'main-owner'])
    expect(process_?.points.map((p) => p.variant)).toEqual(['owner-messages', 'main-owner'])
    for (const run of report.runs) {
      expect(run.status, run.error).toBe('completed')
      expect(run.settings.globalLock).toEqual({ switchIntervalMs: 0 })
      for (const p of run.points) {
        expect(p.check).toMatchObject({ ok: true, expected: 600, actual: 600 })
        expect(p.globalLock, `${run.runtime} ${p.variant}`).toBeDefined()
        // Clients, and the owner worker in the owner way.
        expect(p.globalLock!.waitMsByWorker).toHaveLength(p.variant === 'owner-messages' ? 3 : 2)
        if (run.runtime === 'thread') expect(p.globalLock!.handOvers).toBeGreaterThanOrEqual(1)
        else expect(p.globalLock!.handOvers).toBe(0)
      }
    }
    const table = formatReportTable(report)
    expect(table).toMatch(/ {2}thread: .+, 2 workers: \d+ hand-overs, wait per worker [\d./]+ ms\n/)
    expect(table).toContain('the message ways keep overlapping their waits')
    expect(formatReportTable(report, wordingFor('zh-CN'))).toContain('消息方式的等待仍然可以重叠')
    expect(await survivors(childPidsOf(process.pid))).toEqual([])
  })

  it('a cancel ends clients and owner under the lock, leaving no child', async () => {
    const controller = new AbortController()
    const report = await runSuite(
      [{ workload: { workload: 'shared-vs-messages', updaters: [2], updates: 1_000_000, ways: ['shared-memory', 'owner-messages'] }, runtimes: ['thread', 'process'], repeat: 2, warmup: 0, globalLock: true, switchIntervalMs: 1000 }],
      { signal: controller.signal, onEvent: (event) => (event.type === 'run-started' ? setTimeout(() => controller.abort(), 200) : undefined) },
    )
    expect(report.runs[0]!.status).toBe('aborted')
    expect(await survivors(childPidsOf(process.pid))).toEqual([])
  })
})
