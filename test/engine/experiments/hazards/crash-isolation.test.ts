/**
 * Crash isolation with real hosts, threads and processes: every fault in each kind of worker
 * leaves this (the lab's) process alive and no process of the host's group behind; what the
 * result says follows what happened (an abort in a thread ends its host, in a child process it
 * does not), and the verdict is a function of the observation, shown both ways. No duration.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { CRASH_FAULTS, type CrashFigures } from '../../../../src-shared/crash-report'
import { ReportSchema } from '../../../../src-shared/report'
import { crashVerdict, runCrashCase } from '../../../../src-main/engine/experiments/hazards/crash-case'
import { runSuite } from '../../../../src-main/engine/session'
import { formatReportTable } from '../../../../src-main/engine/report/text/report-table'
import { wordingFor } from '../../../../src-main/engine/report/text/wording'
import { survivors } from '../../../helpers/processes'

/** Processes whose process group is `pgid` (Linux /proc; empty elsewhere). */
function groupMembers(pgid: number): number[] {
  let entries: string[] = []
  try {
    entries = readdirSync('/proc').filter((e) => /^\d+$/.test(e))
  } catch {
    return []
  }
  return entries.flatMap((entry) => {
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      return Number(fields[2]) === pgid && fields[0] !== 'Z' ? [Number(entry)] : []
    } catch {
      return []
    }
  })
}

async function crashCase(kind: 'thread' | 'process', fault: (typeof CRASH_FAULTS)[number]): Promise<CrashFigures> {
  let hostPid = 0
  const figures = await runCrashCase({ kind, fault, siblings: 2, siblingMs: 300, heapLimitMb: 24, timeoutMs: 20_000, onHost: (pid) => (hostPid = pid) }, new AbortController().signal)
  expect(hostPid).toBeGreaterThan(0)
  expect(await survivors([hostPid, ...groupMembers(hostPid)])).toEqual([])
  expect(groupMembers(hostPid)).toEqual([])
  return figures
}

describe('crash isolation cases', () => {
  for (const kind of ['thread', 'process'] as const) {
    it(`every fault in a ${kind}: the lab lives on, nothing of the host is left, the verdict follows what was seen`, async () => {
      const seen = new Map<string, CrashFigures>()
      for (const fault of CRASH_FAULTS) {
        const f = await crashCase(kind, fault)
        seen.set(fault, f)
        expect(f.started, fault).toBe(true)
        expect(f.timedOut, fault).toBe(false)
        expect(f.verdict, fault).toBe(crashVerdict(f))
        // This process is the lab: it is still here to count.
        expect(process.exitCode ?? 0).toBe(0)
      }
      // A caught task error ends no worker; the pool goes on without a replacement.
      expect(seen.get('throw')).toMatchObject({ worker: { outcome: 'task-error' }, host: { survived: true }, pool: { replaced: false, probeCompleted: true }, verdict: 'harmed-no-one' })
      for (const fault of ['uncaught', 'exit', 'oom'] as const) {
        expect(seen.get(fault), fault).toMatchObject({ worker: { outcome: 'ended' }, host: { survived: true }, pool: { replaced: true, probeCompleted: true }, siblings: { completed: 2 } })
      }
      expect(seen.get('exit')!.worker).toMatchObject({ code: 3 })
      const abort = seen.get('abort')!
      if (kind === 'thread') {
        // The tutorials' claim, observed: a native abort in one thread ends its whole process.
        expect(abort).toMatchObject({ host: { survived: false, signal: 'SIGABRT' }, siblings: { completed: 0 }, verdict: 'took-host-down' })
      } else {
        expect(abort).toMatchObject({ host: { survived: true }, worker: { outcome: 'ended', signal: 'SIGABRT' }, siblings: { completed: 2 }, verdict: 'harmed-no-one' })
      }
    })
  }
})

describe('crashVerdict', () => {
  const base: Omit<CrashFigures, 'verdict'> = {
    fault: 'abort',
    kind: 'process',
    started: true,
    timedOut: false,
    host: { survived: true, code: 0, signal: null },
    worker: { outcome: 'ended', code: null, signal: 'SIGABRT' },
    siblings: { total: 2, completed: 2 },
    pool: { replaced: true, probeCompleted: true },
    elapsedMs: 1,
  }
  it('is read from the observation, not from the kind of worker', () => {
    expect(crashVerdict(base)).toBe('harmed-no-one')
    expect(crashVerdict({ ...base, kind: 'thread' })).toBe('harmed-no-one')
    expect(crashVerdict({ ...base, host: { survived: false, code: null, signal: 'SIGABRT' } })).toBe('took-host-down')
    expect(crashVerdict({ ...base, siblings: { total: 2, completed: 1 } })).toBe('harmed-siblings')
    expect(crashVerdict({ ...base, pool: { replaced: true, probeCompleted: false } })).toBe('harmed-siblings')
    expect(crashVerdict({ ...base, timedOut: true })).toBe('inconclusive')
    expect(crashVerdict({ ...base, started: false })).toBe('inconclusive')
  })
})

describe('crash-isolation workload', () => {
  it('runs through the suite: points per fault and runtime, a report that parses, tables in en and zh-CN', async () => {
    const workload = { workload: 'crash-isolation' as const, faults: ['exit' as const, 'abort' as const], siblings: 1, siblingMs: 100 }
    const report = await runSuite([{ workload, runtimes: ['thread', 'process'], repeat: 1, warmup: 0 }])
    expect(ReportSchema.safeParse(JSON.parse(JSON.stringify(report))).success).toBe(true)
    expect(report.runs.map((r) => `${r.runtime}:${r.status}`)).toEqual(['thread:completed', 'process:completed'])
    expect(report.runs.map((r) => r.points.map((p) => `${p.variant}:${p.crash?.verdict}`))).toEqual([
      ['exit:harmed-no-one', 'abort:took-host-down'],
      ['exit:harmed-no-one', 'abort:harmed-no-one'],
    ])
    const table = formatReportTable(report)
    expect(table).toContain('Crash isolation — a fault in one worker; what survived?')
    expect(table).toContain('a crashing worker thread took its process down')
    expect(table).toContain('a crashing child process harmed no one')
    expect(formatReportTable(report, wordingFor('zh-CN'))).toContain('崩溃的工作线程拖垮了整个进程')
  })
})
