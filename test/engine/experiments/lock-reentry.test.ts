/**
 * lock-reentry through runSuite with real worker threads and, where found, Debian's python3:
 * the outcome counts of every probe (never a duration). CPython's own Lock and RLock: re-entry
 * times out on a Lock and succeeds on an RLock, another thread's timed acquire times out on both,
 * a foreign release is allowed by a Lock and refused by an RLock. The lab's Mutex and
 * RecursiveMutex the same, except that the lab's Mutex refuses a foreign release too. Child
 * processes say why they are not measured; without an interpreter the thread run still runs.
 */
import { existsSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { runSuite } from '../../../src-main/engine/session'
import { formatReportTable } from '../../../src-main/engine/report/text/report-table'
import { wordingFor } from '../../../src-main/engine/report/text/wording'
import { ReportSchema, type Run } from '../../../src-shared/report'
import { notApplicable } from '../../../src-shared/not-applicable'

const PYTHON = '/usr/bin/python3'
const R = 3
const workload = { workload: 'lock-reentry' as const, repetitions: R, timeoutMs: 20, boundMs: 5000 }

/** `lock/probe` -> the outcome every repetition ended in (or the counts when they differ). */
function outcomes(run: Run): Record<string, string> {
  const seen: Record<string, string> = {}
  for (const p of run.points) {
    const f = p.lockReentry!
    const all = Object.entries(f.outcomes).filter(([, n]) => n > 0)
    seen[`${f.lock}/${f.probe}`] = all.length === 1 && all[0]![1] === R ? all[0]![0] : JSON.stringify(f.outcomes)
  }
  return seen
}

describe('lock-reentry', () => {
  it('probes the lab’s Mutex and RecursiveMutex in worker threads; processes say why not', async () => {
    const report = await runSuite([{ workload, runtimes: ['thread', 'process'], repeat: 1, warmup: 0 }])
    expect(ReportSchema.safeParse(JSON.parse(JSON.stringify(report))).success).toBe(true)
    const [thread, processRun] = report.runs
    expect(thread!.status).toBe('completed')
    expect(thread!.points.every((p) => p.lockReentry?.api === 'lab')).toBe(true)
    expect(outcomes(thread!)).toEqual({
      'lock/reenter': 'timed-out',
      'rlock/reenter': 'acquired',
      'lock/other-thread': 'timed-out',
      'rlock/other-thread': 'timed-out',
      'lock/foreign-release': 'refused',
      'rlock/foreign-release': 'refused',
    })
    for (const p of thread!.points) expect(p.lockReentry!.timedOutWaitMs === null).toBe(p.lockReentry!.outcomes['timed-out'] === 0)
    expect(processRun!.points).toEqual([])
    expect(processRun!.unavailable?.map((u) => u.what)).toEqual(['lock-reentry'])
    const table = formatReportTable(report)
    expect(table).toContain('re-entry succeeded 3 of 3')
    expect(table).toContain('the lab’s Mutex and RecursiveMutex')
    expect(formatReportTable(report, wordingFor('zh-CN'))).toContain('重入成功 3/3')
  })

  it('is not applicable to py-process and py-async: CPython threads run it', () => {
    const found = notApplicable({ workload: { workload: 'lock-reentry' }, runtimes: ['py-thread', 'py-process', 'py-async'] }, [])
    expect(found.filter((f) => f.field.startsWith('runtimes.')).map((f) => [f.field, f.reason])).toEqual([
      ['runtimes.py-process', 'no-python-kernel'],
      ['runtimes.py-async', 'no-python-kernel'],
    ])
  })

  it('without an interpreter leaves py-thread out with a coded warning and still runs the threads', async () => {
    const report = await runSuite([{ workload: { ...workload, repetitions: 1 }, runtimes: ['thread', 'py-thread'], python: '/nonexistent/python3', repeat: 1, warmup: 0 }])
    expect(report.runs.map((r) => [r.runtime, r.status])).toEqual([['thread', 'completed']])
    expect(report.warnings.map((w) => w.code)).toContain('python-not-found')
  })

  it.each(['thread', 'py-thread'] as const)('a cancel while %s probes ends the run, whatever is blocked', async (runtime) => {
    if (runtime === 'py-thread' && !existsSync(PYTHON)) return
    const abort = new AbortController()
    const long = { workload: 'lock-reentry' as const, repetitions: 50, timeoutMs: 500, boundMs: 30_000 }
    const report = await runSuite([{ workload: long, runtimes: [runtime], python: PYTHON, repeat: 1, warmup: 0 }], {
      signal: abort.signal,
      // The first probe (a Lock's owner re-entering) times out 50 times over 25 s: cancel inside it.
      onEvent: (event) => {
        if (event.type === 'run-started') setTimeout(() => abort.abort(), 300)
      },
    })
    expect(report.runs.map((r) => [r.runtime, r.status])).toEqual([[runtime, 'aborted']])
    expect(report.runs[0]!.points).toEqual([])
  }, 15_000)

  it.runIf(existsSync(PYTHON))('probes CPython’s own threading.Lock and threading.RLock', async () => {
    const report = await runSuite([{ workload, runtimes: ['py-thread'], python: PYTHON, repeat: 1, warmup: 0 }])
    const [run] = report.runs
    expect([run!.runtime, run!.status, run!.error]).toEqual(['py-thread', 'completed', undefined])
    expect(run!.settings.python?.implementation).toBe('CPython')
    expect(run!.points.every((p) => p.lockReentry?.api === 'cpython')).toBe(true)
    expect(outcomes(run!)).toEqual({
      'lock/reenter': 'timed-out',
      'rlock/reenter': 'acquired',
      'lock/other-thread': 'timed-out',
      'rlock/other-thread': 'timed-out',
      'lock/foreign-release': 'released',
      'rlock/foreign-release': 'refused',
    })
    expect(formatReportTable(report)).toContain('threading.RLock')
  })
})
