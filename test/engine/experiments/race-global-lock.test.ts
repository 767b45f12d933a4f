/**
 * The race in global-lock mode (issue 16) through the real engine: the exact variants stay exact,
 * the threads of a point share one lock (a hand-over is certain: the second racer can reach the
 * start gate only once the first let the lock go there), each process has its own (never handed
 * over), the setting and figures are recorded and shown, and a cancel ends racers blocked on the
 * Mutex or the lock. No lost-update count and no duration is asserted (noise).
 */
import { describe, expect, it } from 'vitest'
import { RunConfigSchema } from '../../../src-shared/config'
import { GLOBAL_LOCK_WORKLOADS } from '../../../src-shared/global-lock-mode'
import { ReportSchema } from '../../../src-shared/report'
import { runSuite } from '../../../src-main/engine/session'
import { formatReportTable } from '../../../src-main/engine/report/text/report-table'
import { wordingFor } from '../../../src-main/engine/report/text/wording'
import { childPidsOf, survivors } from '../../helpers/processes'

describe('race under the global lock', () => {
  it('exact variants exact, lock figures per point, threads hand over, processes never', async () => {
    const workload = { workload: 'race' as const, workerCounts: [2], increments: 3000, messageIncrements: 30, gap: 20 }
    const report = await runSuite([{ workload, runtimes: ['thread', 'process'], repeat: 2, warmup: 1, globalLock: true, switchIntervalMs: 0 }])
    expect(ReportSchema.safeParse(JSON.parse(JSON.stringify(report))).success).toBe(true)
    const [thread, process_] = report.runs
    expect(thread?.points.map((p) => p.variant)).toEqual(['unsafe', 'atomic', 'mutex', 'get-set', 'add'])
    for (const run of report.runs) {
      expect(run.status, run.error).toBe('completed')
      expect(run.settings.globalLock).toEqual({ switchIntervalMs: 0 })
      for (const p of run.points) {
        expect(p.check.ok).toBe(true)
        if (p.race!.exact) expect(p.race!.lost).toBe(0)
        expect(p.globalLock, `${run.runtime} ${p.variant}`).toBeDefined()
        expect(p.globalLock!.waitMsByWorker).toHaveLength(2)
        if (run.runtime === 'thread') expect(p.globalLock!.handOvers).toBeGreaterThanOrEqual(1)
        else expect(p.globalLock!.handOvers).toBe(0)
      }
    }
    expect(process_?.points.map((p) => p.variant)).toEqual(['get-set', 'add'])

    const table = formatReportTable(report)
    expect(table).toContain('global lock on (CPython GIL emulation, switch interval 0 ms)')
    expect(table).toMatch(/ {2}thread: Unsafe \(load, work, store\), 2 workers: \d+ hand-overs, wait per worker [\d.]+\/[\d.]+ ms\n/)
    expect(table).toContain('The exact variants stay exact.')
    expect(formatReportTable(report, wordingFor('zh-CN'))).toContain('精确的变体仍然精确')
  })

  it('off by default: no setting, no figures', async () => {
    const report = await runSuite([{ workload: { workload: 'race', workerCounts: [2], increments: 500, gap: 0, variants: ['atomic'] }, runtimes: ['thread'], repeat: 1, warmup: 0 }])
    expect(report.runs[0]!.settings.globalLock).toBeUndefined()
    expect(report.runs[0]!.points[0]!.globalLock).toBeUndefined()
  })

  it('a cancel ends racers contending for the Mutex under the lock, leaving no child', async () => {
    const controller = new AbortController()
    const report = await runSuite(
      [{ workload: { workload: 'race', workerCounts: [2], increments: 2_000_000, gap: 2000, variants: ['mutex'] }, runtimes: ['thread'], repeat: 3, warmup: 0, globalLock: true, switchIntervalMs: 1000 }],
      { signal: controller.signal, onEvent: (event) => (event.type === 'run-started' ? setTimeout(() => controller.abort(), 200) : undefined) },
    )
    expect(report.runs[0]!.status).toBe('aborted')
    expect(await survivors(childPidsOf(process.pid))).toEqual([])
  })

  it('the setting is accepted for every shared-state experiment and still refused for the other micro-experiments', () => {
    const shared = ['race', 'locks', 'primitives', 'shared-vs-messages'] as const
    expect(GLOBAL_LOCK_WORKLOADS).toEqual(expect.arrayContaining([...shared]))
    for (const workload of shared) expect(RunConfigSchema.safeParse({ workload: { workload }, runtimes: ['thread'], globalLock: true }).success).toBe(true)
    for (const workload of ['context-switch', 'deadlock'] as const) {
      expect(RunConfigSchema.safeParse({ workload: { workload }, runtimes: ['thread'], globalLock: true }).success).toBe(false)
    }
  })
})
