/**
 * sleep's convoy mode (issue 16) through the real engine on threads, with and without the global
 * lock: a sleeper beside a busy loop, its wake-ups counted and timed. Only counts and signs are
 * asserted, never a duration: how late a wake-up is depends on the machine.
 */
import { describe, expect, it } from 'vitest'
import { RunConfigSchema, describeZodError } from '../../../src-shared/config'
import { runSuite } from '../../../src-main/engine/session'
import { countedLateness } from '../../../src-main/engine/experiments/sleep-convoy'
import { reportToMarkdown } from '../../../src-main/engine/report/exporters/markdown'
import { reportToHtml } from '../../../src-main/engine/report/exporters/html'
import { formatReportTable } from '../../../src-main/engine/report/text/report-table'
import { wordingFor } from '../../../src-main/engine/report/text/wording'

describe('sleep convoy mode', () => {
  it.each([true, false])('times the sleeper beside a busy thread (global lock %s)', async (globalLock) => {
    const report = await runSuite([
      { workload: { workload: 'sleep', tasks: 12, ms: 3, mode: 'convoy' }, runtimes: ['thread'], workers: [1, 2], repeat: 2, warmup: 0, globalLock, switchIntervalMs: 2 },
    ])
    const run = report.runs[0]!
    expect(run.status).toBe('completed')
    const [alone, beside] = run.points
    // Alone, nothing ran beside the sleeper: nothing counted.
    expect(alone!.convoy).toEqual({ wakeUps: 0, lateMs: null })
    expect(beside!.check).toMatchObject({ ok: true, expected: 2, actual: 2 })
    const convoy = beside!.convoy!
    expect(convoy.wakeUps).toBeGreaterThan(0)
    expect(convoy.wakeUps).toBeLessThanOrEqual(24)
    for (const ms of [convoy.lateMs!.median, convoy.lateMs!.p90, convoy.lateMs!.p99]) expect(ms).toBeGreaterThanOrEqual(0)
    expect(convoy.lateMs!.median).toBeLessThanOrEqual(convoy.lateMs!.p99)
    if (globalLock) expect(beside!.globalLock!.handOvers).toBeGreaterThan(0)
    else expect(beside!.globalLock).toBeUndefined()
    // Every output shows the table, the lock's setting and what it shows (CPython's GIL), in both languages.
    const lockCell = globalLock ? 'on (2 ms)' : 'off'
    for (const text of [formatReportTable(report), reportToMarkdown(report), reportToHtml(report)]) {
      expect(text).toContain('Convoy effect: an I/O-bound thread beside CPU-bound ones')
      expect(text).toContain(lockCell)
      expect(text).toContain('convoy effect of CPython’s GIL')
    }
    for (const text of [formatReportTable(report, wordingFor('zh-CN')), reportToMarkdown(report, 'zh-CN')]) expect(text).toContain('护航效应：CPU 密集线程旁边的 I/O 密集线程')
  })

  it('counts only wake-ups that ended before the last busy task did, never a negative lateness', () => {
    const timing = (end: number) => ({ wallMs: 1, cpuUserUs: 0, cpuSystemUs: 0, startedAtEpochMs: 0, endedAtEpochMs: end })
    const late = countedLateness([
      [
        { result: { kind: 'sleep', waitedMs: 9, wakeUps: { lateMs: [0.5, 0, 2, 4], atEpochMs: [10, 20, 30, 40] } }, timing: timing(40), slot: 0, roundTripMs: 1 },
        { result: { kind: 'busy', checksum: 1 }, timing: timing(25), slot: 1, roundTripMs: 1 },
        { result: { kind: 'busy', checksum: 1 }, timing: timing(31), slot: 2, roundTripMs: 1 },
      ],
    ])
    expect(late).toEqual([0.5, 0, 2])
  })

  it('refuses the convoy mode on the main thread with one clear line', () => {
    const parsed = RunConfigSchema.safeParse({ workload: { workload: 'sleep', mode: 'convoy' }, runtimes: ['main', 'thread'] })
    expect(parsed.success).toBe(false)
    const text = describeZodError(parsed.error!)
    expect(text).toMatch(/^runtimes: the convoy mode runs a sleeping worker beside busy ones/)
    expect(text).not.toMatch(/\n/)
    expect(RunConfigSchema.safeParse({ workload: { workload: 'sleep', mode: 'convoy' }, runtimes: ['thread', 'process'], globalLock: true }).success).toBe(true)
  })
})
