/**
 * Livelock through runSuite on real threads and real processes (whose locks the engine's lock
 * server holds), beside the deadlock: the polite workers with a fixed back-off retry far more than
 * they complete and spin all along (work counted in iterations and in CPU time), while a
 * deadlocked worker uses next to no CPU; the random back-off completes. Counts and CPU time only,
 * never wall time.
 *
 * Why the counts cannot flake: with the fixed back-off both workers start each attempt on the same
 * tick of the clock and spin `holdUs` (by the clock, so a preempted spinner still tries on time)
 * before trying the other's lock, which the other then holds. An attempt can only complete when a
 * worker is held up for longer than `holdUs` (40 ms here) at the very moment it should take its
 * own lock; the test needs that to happen in fewer than half of the attempts (on a machine loaded
 * by ten other jobs it happened in about a third, so "twice as many retries" flaked there).
 */
import { describe, expect, it } from 'vitest'
import { runSuite } from '../../../../src-main/engine/session'
import { formatReportTable } from '../../../../src-main/engine/report/text/report-table'
import { childPidsOf } from '../../../helpers/processes'

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0)

/** Long holds against the scheduler's noise; one attempt per 100 ms tick (hold twice = 80 ms). */
const LIVELOCK = { workload: 'livelock', holdUs: 40_000, backoffUs: 100_000, durationMs: 1_000 } as const

describe('livelock experiment', () => {
  it('fixed back-off: busy, retries far above completions, on threads and on processes; random back-off completes; the deadlock idles', async () => {
    const report = await runSuite([
      { workload: { ...LIVELOCK }, runtimes: ['thread', 'process'], repeat: 2, warmup: 0 },
      { workload: { workload: 'deadlock', workers: 2, variants: ['naive'], pairs: 5, pollMs: 50 }, runtimes: ['thread', 'process'], repeat: 2, warmup: 0 },
    ])
    const [liveThreads, liveProcesses, deadThreads, deadProcesses] = report.runs
    for (const [live, dead] of [
      [liveThreads!, deadThreads!],
      [liveProcesses!, deadProcesses!],
    ] as const) {
      expect(live.status, live.error).toBe('completed')
      expect(dead.status, dead.error).toBe('completed')
      const [fixed, random] = live.points.map((p) => p.livelock!)
      expect(fixed!.variant).toBe('fixed')
      expect(random!.variant).toBe('random')
      const fixedRetries = sum(fixed!.retriesPerWorker)
      const fixedDone = sum(fixed!.completionsPerWorker)
      // Retries outnumber completions: busy, little progress (the README shows by how much when quiet).
      expect(fixedRetries, live.runtime).toBeGreaterThan(fixedDone)
      for (const spins of fixed!.spinsPerWorker) expect(spins).toBeGreaterThan(1000)
      // The fix makes progress: about half its attempts complete, so none at all over ~20 is out of reach.
      expect(sum(random!.completionsPerWorker), live.runtime).toBeGreaterThan(0)
      // CPU time per worker: the livelocked workers burn it, the deadlocked ones sleep.
      if (process.platform === 'linux') {
        const liveCpu = sum(fixed!.cpuMsPerWorker as number[])
        expect(liveCpu, live.runtime).toBeGreaterThan(sum(dead.points[0]!.deadlock!.cpuMsPerWorker as number[]))
        expect(liveCpu).toBeGreaterThan(0)
      }
    }
    expect(childPidsOf(process.pid)).toEqual([])
    const table = formatReportTable(report)
    expect(table).toContain('Livelock — two polite workers')
    expect(table).toContain('retries per completion')
  })
})
