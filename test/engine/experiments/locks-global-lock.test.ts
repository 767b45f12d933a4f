/**
 * The locks experiment in global-lock mode (issue 16) through the real engine: every wait mode and
 * order still keeps mutual exclusion exact and completes (a thread waiting for the Mutex, asleep
 * or spinning, lets the global lock go), the threads of a point hand the lock over (certain: the
 * second thread can reach the start line only once the first let the lock go there), the figures
 * and words are recorded, and a cancel ends threads contending under both locks. No duration.
 */
import { describe, expect, it } from 'vitest'
import { ReportSchema } from '../../../src-shared/report'
import { runSuite } from '../../../src-main/engine/session'
import { formatReportTable } from '../../../src-main/engine/report/text/report-table'
import { wordingFor } from '../../../src-main/engine/report/text/wording'

describe('locks under the global lock', () => {
  it('every mode stays exclusive and completes; each point carries the lock figures', async () => {
    const workload = { workload: 'locks' as const, threads: [2], criticalWork: [0, 2000], outsideWork: 200, acquisitions: 400, maxRepetitionMs: 30_000 }
    const report = await runSuite([{ workload, runtimes: ['thread', 'process'], repeat: 2, warmup: 0, globalLock: true, switchIntervalMs: 0 }])
    expect(ReportSchema.safeParse(JSON.parse(JSON.stringify(report))).success).toBe(true)
    const [thread, process_] = report.runs
    expect(thread?.status, thread?.error).toBe('completed')
    expect(thread?.settings.globalLock).toEqual({ switchIntervalMs: 0 })
    expect(thread?.points).toHaveLength(2 * 6)
    for (const p of thread!.points) {
      expect(p.check.ok, `${p.variant} ${p.locks?.criticalWork}`).toBe(true)
      expect(p.locks!.truncatedRepetitions).toBe(0)
      expect(p.globalLock!.handOvers).toBeGreaterThanOrEqual(1)
      expect(p.globalLock!.waitMsByWorker).toHaveLength(2)
    }
    // Processes have no shared memory for the Mutex: not measured, as without the lock.
    expect(process_?.unavailable?.map((u) => u.what)).toEqual(['threads-only'])

    const table = formatReportTable(report)
    expect(table).toMatch(/ {2}thread: .+, critical section 2000, 2 threads: \d+ hand-overs, wait per thread [\d.]+\/[\d.]+ ms\n/)
    expect(table).toContain('the two locks together')
    expect(formatReportTable(report, wordingFor('zh-CN'))).toContain('两把锁合在一起')
  })

  it('a cancel ends threads contending under both locks', async () => {
    const controller = new AbortController()
    const workload = { workload: 'locks' as const, threads: [2], waits: ['spin' as const], orders: ['barging' as const], criticalWork: [100_000], acquisitions: 200_000, maxRepetitionMs: 60_000 }
    const report = await runSuite([{ workload, runtimes: ['thread'], repeat: 3, warmup: 0, globalLock: true, switchIntervalMs: 1000 }], {
      signal: controller.signal,
      onEvent: (event) => (event.type === 'run-started' ? setTimeout(() => controller.abort(), 200) : undefined),
    })
    expect(report.runs[0]!.status).toBe('aborted')
  })
})
