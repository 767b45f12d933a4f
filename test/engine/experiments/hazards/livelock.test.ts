/**
 * Livelock through runSuite on real threads, beside the deadlock: the polite workers with a fixed
 * back-off retry many times per completion and spin all along (work counted in iterations and in
 * thread CPU time), while a deadlocked worker uses next to no CPU; a random back-off completes
 * more. Counts and CPU time only, never wall time.
 */
import { describe, expect, it } from 'vitest'
import { runSuite } from '../../../../src-main/engine/session'
import { formatReportTable } from '../../../../src-main/engine/report/text/report-table'

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0)

describe('livelock experiment', () => {
  it('fixed back-off: busy, retries far above completions; random back-off completes more; the deadlock idles', async () => {
    const report = await runSuite([
      { workload: { workload: 'livelock' }, runtimes: ['thread'], repeat: 2, warmup: 0 },
      { workload: { workload: 'deadlock', workers: 2, variants: ['naive'], pairs: 5, pollMs: 50 }, runtimes: ['thread'], repeat: 2, warmup: 0 },
    ])
    const [live, dead] = report.runs
    expect(live!.status, live!.error).toBe('completed')
    expect(dead!.status, dead!.error).toBe('completed')
    const [fixed, random] = live!.points.map((p) => p.livelock!)
    expect(fixed!.variant).toBe('fixed')
    const fixedRetries = sum(fixed!.retriesPerWorker)
    const fixedDone = sum(fixed!.completionsPerWorker)
    // Retries outnumber completions many times over: busy, no progress.
    expect(fixedRetries).toBeGreaterThan(3 * Math.max(1, fixedDone))
    for (const spins of fixed!.spinsPerWorker) expect(spins).toBeGreaterThan(1000)
    expect(sum(random!.completionsPerWorker)).toBeGreaterThan(fixedDone)
    // CPU time, thread by thread: the livelocked workers burn it, the deadlocked ones sleep.
    const liveCpu = fixed!.cpuMsPerWorker
    const deadCpu = dead!.points[0]!.deadlock!.cpuMsPerWorker
    if (process.platform === 'linux') {
      expect(sum(liveCpu as number[])).toBeGreaterThan(sum(deadCpu as number[]))
      expect(sum(liveCpu as number[])).toBeGreaterThan(0)
    }
    const table = formatReportTable(report)
    expect(table).toContain('Livelock — two polite workers')
    expect(table).toContain('retries per completion')
  })
})
