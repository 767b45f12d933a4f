/**
 * The race through runSuite on real threads and processes at a tiny size: the exact variants are
 * exact, every total is at most what was expected, the process run says why it lacks the
 * shared-memory variants, the main thread is not applicable, and neither the owner server's socket
 * nor any worker outlives a run or a cancel. No duration and no chance loss is asserted.
 */
import { readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { describe, expect, it } from 'vitest'
import { ReportSchema } from '../../../src-shared/report'
import { notApplicable } from '../../../src-shared/not-applicable'
import { runSuite } from '../../../src-main/engine/session'
import { formatReportTable } from '../../../src-main/engine/report/text/report-table'
import { CheckFailedError, interruptedRun } from '../../../src-main/engine/experiments/experiment'
import { OWNER_DIR_PREFIX } from '../../../src-main/engine/experiments/shared-state/owner-server'
import { overlapShare, raceCheck } from '../../../src-main/engine/experiments/shared-state/race-point'
import { wordingFor } from '../../../src-main/engine/report/text/wording'
import { childPidsOf, survivors } from '../../helpers/processes'

const ownerDirs = () => readdirSync(tmpdir()).filter((name) => name.startsWith(`${OWNER_DIR_PREFIX}${process.pid}-`))

describe('race experiment', () => {
  it('races on threads and processes: exact variants exact, the rest never above the total', async () => {
    const workload = { workload: 'race' as const, workerCounts: [2, 3], increments: 3000, messageIncrements: 40, gap: 5 }
    const report = await runSuite([{ workload, runtimes: ['main', 'thread', 'process'], repeat: 2, warmup: 1 }])
    expect(ReportSchema.safeParse(JSON.parse(JSON.stringify(report))).success).toBe(true)
    // The main thread alone cannot race: no run, and the reason is the micro-experiments' one.
    expect(report.runs.map((r) => r.runtime)).toEqual(['thread', 'process'])
    expect(notApplicable({ workload: { workload: 'race' }, runtimes: ['main'] }, ['main', 'thread', 'process'])).toContainEqual({ field: 'runtimes.main', reason: 'workers-only' })
    const [thread, process_] = report.runs as [(typeof report.runs)[number], (typeof report.runs)[number]]
    for (const run of report.runs) expect(run.status, run.error).toBe('completed')

    expect(thread.points.map((p) => `${p.variant}:${p.workers}`)).toEqual(['unsafe:2', 'atomic:2', 'mutex:2', 'get-set:2', 'add:2', 'unsafe:3', 'atomic:3', 'mutex:3', 'get-set:3', 'add:3'])
    expect(process_.points.map((p) => `${p.variant}:${p.workers}`)).toEqual(['get-set:2', 'add:2', 'get-set:3', 'add:3'])
    expect(process_.unavailable?.map((u) => u.what)).toEqual(['unsafe', 'atomic', 'mutex'])
    expect(process_.unavailable?.[0]?.reason).toMatch(/cannot share memory/)

    for (const run of report.runs) {
      for (const p of run.points) {
        const race = p.race!
        const k = p.variant === 'get-set' || p.variant === 'add' ? 40 : 3000
        expect(race.expected).toBe(p.workers * k * 2)
        expect(race.actual + race.lost).toBe(race.expected)
        expect(race.lostByRepetition).toHaveLength(2)
        expect(p.samplesMs).toHaveLength(p.workers * 2)
        expect(p.check).toEqual({ expected: race.expected, actual: race.actual, ok: true, source: 'known-value' })
        expect(race.exact).toBe(['atomic', 'mutex', 'add'].includes(p.variant!))
        if (race.exact) expect(race.lost).toBe(0)
        expect(race.nsPerIncrement.ci95[0]).toBeLessThanOrEqual(race.nsPerIncrement.median)
        expect(race.overlapShare).toBeGreaterThanOrEqual(0)
        expect(race.overlapShare).toBeLessThanOrEqual(1)
      }
    }

    const table = formatReportTable(report)
    expect(table).toContain('Race — N workers each add 1 to one counter K times')
    expect(table).toContain('check: every exact variant reached its expected total; no variant exceeded it ✓')
    expect(table).toContain('process: unsafe, atomic, mutex not measured: Node processes cannot share memory')
    const chinese = formatReportTable(report, wordingFor('zh-CN'))
    expect(chinese).toContain('丢失 %')
    expect(chinese).toContain('持有者：add 消息')
    expect(chinese).toContain('进程：未测量 unsafe, atomic, mutex')

    expect(ownerDirs()).toEqual([])
    expect(await survivors(childPidsOf(process.pid))).toEqual([])
  })

  it('a cancel mid-race stops the racers, closes the owner server and removes its socket', async () => {
    const abort = new AbortController()
    const seen: string[] = []
    const report = await runSuite(
      [{ workload: { workload: 'race', workerCounts: [2], increments: 2_000_000, messageIncrements: 50_000, gap: 200, variants: ['mutex', 'get-set'] }, runtimes: ['thread', 'process'], repeat: 3, warmup: 0 }],
      {
        signal: abort.signal,
        onEvent: (event) => {
          seen.push(event.type)
          // Cancel once the first run has started: its racers are then contending for the lock.
          if (event.type === 'run-started') setTimeout(() => abort.abort(), 300)
        },
      },
    )
    expect(report.runs[0]?.status).toBe('aborted')
    expect(seen).toContain('run-finished')
    expect(ownerDirs()).toEqual([])
    expect(await survivors(childPidsOf(process.pid))).toEqual([])
  })

  it('a failed run still closes the owner server and removes its socket', async () => {
    // 50 000 round trips cannot finish within a 10 ms task timeout: the pool fails the task.
    const report = await runSuite([{ workload: { workload: 'race', workerCounts: [2], messageIncrements: 50_000, variants: ['get-set'] }, runtimes: ['process'], repeat: 1, warmup: 0, taskTimeoutMs: 10 }])
    expect(report.runs.map((r) => r.status)).toEqual(['failed'])
    expect(report.runs[0]!.error).toMatch(/10 ms/)
    expect(ownerDirs()).toEqual([])
    expect(await survivors(childPidsOf(process.pid))).toEqual([])
  })

  it('measures how much the loops overlapped: all running over any running', () => {
    const loop = (loopStartEpochMs: number, loopEndEpochMs: number) => ({ loopStartEpochMs, loopEndEpochMs })
    expect(overlapShare([loop(0, 10), loop(0, 10)])).toBe(1)
    expect(overlapShare([loop(0, 10), loop(5, 15)])).toBeCloseTo(5 / 15)
    // One after the other: nothing could be lost.
    expect(overlapShare([loop(0, 10), loop(10, 20)])).toBe(0)
    expect(overlapShare([loop(0, 10), loop(12, 20)])).toBe(0)
    expect(overlapShare([])).toBe(0)
  })

  it('an exact variant that lost an update fails the run with a clear message', () => {
    expect(raceCheck('atomic', 4000, 3999)).toEqual({ expected: 4000, actual: 3999, ok: false, source: 'known-value' })
    expect(raceCheck('unsafe', 4000, 2100)).toMatchObject({ ok: true })
    expect(raceCheck('get-set', 4000, 4001)).toMatchObject({ ok: false })
    const failed = interruptedRun(new CheckFailedError('race mutex', raceCheck('mutex', 4000, 3998)), new AbortController().signal)
    expect(failed).toMatchObject({ status: 'failed', error: 'Check failed: race mutex: wrong answer — expected 4000, got 3998 (known-value)' })
    expect(failed.errorMessage).toMatchObject({ code: 'checkFailed', inner: { code: 'wrongAnswer', params: { expected: '4000', actual: '3998' } } })
  })
})
