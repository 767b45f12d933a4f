/**
 * Starvation through runSuite on real threads at a tiny size: a barging and a FIFO point, each
 * thread's share summing to the whole, the counts summing to the acquisitions made, mutual
 * exclusion checked, a process runtime told why it cannot run; and the pure figures against
 * hand-computed values. Which lock is fairer is the finding and is not asserted (2 noisy cores).
 */
import { describe, expect, it } from 'vitest'
import { ReportSchema } from '../../../../src-shared/report'
import type { LocksResult } from '../../../../src-shared/protocol'
import { runSuite } from '../../../../src-main/engine/session'
import { starvationOf } from '../../../../src-main/engine/experiments/starvation'
import { formatReportTable } from '../../../../src-main/engine/report/text/report-table'
import { wordingFor } from '../../../../src-main/engine/report/text/wording'

const result = (acquisitions: number, waitsUs: number[]): LocksResult => ({ kind: 'locks', outcome: 'done', acquisitions, waitsUs, startUs: 0, endUs: 1, sink: 0 })

describe('starvationOf', () => {
  it('sums counts over repetitions, shares of the total, longest waits, threads under half a fair share', () => {
    const reps = [
      { results: [result(8, [1, 2]), result(1, [50]), result(1, [3])], taken: 10 },
      { results: [result(7, [4]), result(2, [9, 70]), result(1, [5])], taken: 10 },
    ]
    const s = starvationOf(reps, 3)
    expect(s.total).toBe(20)
    expect(s.shares).toEqual([15 / 20, 3 / 20, 2 / 20])
    expect(s.waitMaxUsPerWorker).toEqual([4, 70, 5])
    // Fair share 1/3; half of it is 1/6 ≈ 0.167: 0.15 and 0.10 are below.
    expect(s.starvedThreads).toBe(2)
  })
})

describe('starvation workload', () => {
  it('runs barging then FIFO on threads: shares sum to the whole, counts to the acquisitions', async () => {
    const workload = { workload: 'starvation' as const, threads: 3, acquisitions: 1500, maxRepetitionMs: 2000 }
    const report = await runSuite([{ workload, runtimes: ['thread', 'process'], repeat: 2, warmup: 0 }])
    expect(ReportSchema.safeParse(JSON.parse(JSON.stringify(report))).success).toBe(true)
    const [thread, proc] = report.runs
    expect(thread!.status, thread!.error).toBe('completed')
    expect(thread!.points.map((p) => p.variant)).toEqual(['barging', 'fifo'])
    for (const p of thread!.points) {
      const s = p.starvation!
      expect(s.shares).toHaveLength(3)
      expect(s.shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9)
      expect(p.locks!.acquisitionsPerWorker.reduce((a, b) => a + b, 0)).toBe(s.total)
      expect(p.operations).toBe(s.total)
      expect(p.check.ok).toBe(true)
      expect(p.check.actual).toBe(s.total)
    }
    expect(proc!.points).toEqual([])
    expect(proc!.unavailable?.[0]?.what).toBe('threads-only')
    const table = formatReportTable(report)
    expect(table).toContain('Starvation — 3 threads hammer one lock: who gets it?')
    expect(table).toContain('mutual exclusion held')
    expect(formatReportTable(report, wordingFor('zh-CN'))).toContain('饥饿——3 个线程争抢同一把锁')
  })
})
