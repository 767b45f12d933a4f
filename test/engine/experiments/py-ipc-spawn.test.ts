/**
 * IPC latency and spawn cost on CPython, through runSuite with a real interpreter (Debian's
 * python3): every round trip answered with its counter + 1 and the whole payload, every start
 * method the OS offers measured (or the one the config names), the interpreter and start method
 * recorded beside the figures, and a cancel mid-ping-pong leaves no process of the interpreter's
 * (its multiprocessing partner included). No duration is asserted.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runSuite } from '../../../src-main/engine/session'
import { formatReportTable } from '../../../src-main/engine/report/text/report-table'
import { notApplicable } from '../../../src-shared/not-applicable'
import { childPidsOf, survivors } from '../../helpers/processes'
import { ONLY_PY_ASYNC, expectCompletedRuns, pythonRuntimeFindings } from '../../helpers/python-runtimes'

const PYTHON = '/usr/bin/python3'
const OFFERED = existsSync(PYTHON) ? execFileSync(PYTHON, ['-c', 'import multiprocessing as m; print(" ".join(m.get_all_start_methods()))'], { encoding: 'utf8' }).trim().split(' ') : []

function descendants(pid: number): number[] {
  const children = childPidsOf(pid)
  return [...children, ...children.flatMap(descendants)]
}
const cmdline = (pid: number) => {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ')
  } catch {
    return ''
  }
}

describe('CPython ping-pong and spawn: applicability', () => {
  it('offers py-thread and py-process for ipc-latency and spawn, py-async not', () => {
    for (const workload of ['ipc-latency', 'spawn']) {
      expect(pythonRuntimeFindings(workload)).toEqual(ONLY_PY_ASYNC)
    }
    // Only Node mechanisms chosen: nothing for CPython to measure; one of its own: it runs.
    expect(notApplicable({ workload: { workload: 'ipc-latency', mechanisms: ['atomics'] }, runtimes: ['py-thread'] }, [])).toContainEqual({ field: 'runtimes.py-thread', reason: 'no-python-kernel' })
    expect(notApplicable({ workload: { workload: 'ipc-latency', mechanisms: ['py-process-pipe'] }, runtimes: ['py-thread', 'py-process'] }, []).map((f) => f.field)).toEqual(['runtimes.py-thread', 'workers'])
  })
})

describe.runIf(existsSync(PYTHON))('CPython ping-pong and spawn on a real interpreter', () => {
  it('ping-pongs through Queue and Event (threads) and Queue, Pipe and Event (processes), every round trip checked', async () => {
    const workload = { workload: 'ipc-latency' as const, payloads: [0, 64, 65_536], samples: 20, warmup: 3 }
    const report = await runSuite([{ workload, runtimes: ['thread', 'py-thread', 'py-process'], python: PYTHON }])
    expectCompletedRuns(report, ['thread', 'py-thread', 'py-process'])
    const [thread, pyThread, pyProcess] = report.runs
    expect(thread!.points.every((p) => !p.mechanism?.startsWith('py-'))).toBe(true)
    const cases = (run: typeof pyThread) => run!.points.map((p) => `${p.mechanism}:${p.payloadBytes}`)
    expect(cases(pyThread)).toEqual(['py-thread-queue:0', 'py-thread-queue:64', 'py-thread-queue:65536', 'py-thread-event:0', 'py-thread-event:64', 'py-thread-event:65536'])
    expect(cases(pyProcess)).toEqual(['queue', 'pipe', 'event'].flatMap((m) => [0, 64, 65_536].map((b) => `py-process-${m}:${b}`)))
    for (const run of [pyThread!, pyProcess!]) {
      expect(run.settings.python?.version).toMatch(/^3\./)
      for (const p of run.points) {
        expect(p.check).toMatchObject({ ok: true, expected: 20, actual: 20 })
        expect(p.latencyUs?.count).toBe(20)
        expect(p.settings?.warmupRoundTrips).toBe(3)
      }
    }
    expect(pyProcess!.points.every((p) => String(p.settings?.serialization).endsWith(pyProcess!.settings.python!.startMethod!))).toBe(true)
    const table = formatReportTable(report)
    for (const m of ['py-thread-queue', 'py-thread-event', 'py-process-queue', 'py-process-pipe', 'py-process-event']) expect(table).toContain(m)
  })

  it('times a thread start and a process start under every start method offered, each figure checked', async () => {
    const report = await runSuite([{ workload: { workload: 'spawn', samples: 3 }, runtimes: ['py-thread', 'py-process'], python: PYTHON }])
    expect(report.runs.map((r) => [r.runtime, r.status, r.error])).toEqual([
      ['py-thread', 'completed', undefined],
      ['py-process', 'completed', undefined],
    ])
    const [pyThread, pyProcess] = report.runs
    expect(pyThread!.points.map((p) => [p.variant, p.settings?.startMethod])).toEqual([['cold-ready', 'threading']])
    expect(OFFERED.length).toBeGreaterThan(0)
    expect(pyProcess!.points.map((p) => [p.variant, p.settings?.startMethod])).toEqual(OFFERED.map((m) => [`cold-ready-${m}`, m]))
    for (const p of [...pyThread!.points, ...pyProcess!.points]) {
      expect(p.check).toMatchObject({ ok: true, expected: 3, actual: 3 })
      expect(p.samplesMs).toHaveLength(3)
    }
    const table = formatReportTable(report)
    for (const m of OFFERED) expect(table).toContain(m)
    // One row per start method, none for the process runtime as a whole (it has no figure of its own).
    expect(table.split('\n').filter((l) => l.startsWith('py-process')).map((l) => /start method (\w+)/.exec(l)?.[1])).toEqual(OFFERED)
  })

  it("measures only the config's start method when it names one", async () => {
    const report = await runSuite([{ workload: { workload: 'spawn', samples: 2 }, runtimes: ['py-process'], python: PYTHON, startMethod: 'spawn' }])
    expect(report.runs[0]!.points.map((p) => p.variant)).toEqual(['cold-ready-spawn'])
    expect(report.runs[0]!.settings.python?.startMethod).toBe('spawn')
  })

  it('counts a round trip intact only when the partner answers counter + 1 with the whole payload', () => {
    // The thread partner of conlab_pingpong.py replaced by one that echoes the counter unchanged, then one that drops a byte.
    const script = [
      'import sys',
      `sys.path.insert(0, ${JSON.stringify(join(process.cwd(), 'src-workers', 'python'))})`,
      'import conlab_pingpong as p',
      'task = dict(racers="thread", mechanism="queue", payloadBytes=64, samples=5, warmup=0, maxMs=5000, timeoutMs=5000)',
      'def same(inbox, outbox, timeout):',
      '    while True:',
      '        c, data = inbox.get(timeout=timeout)',
      '        if c == p.STOP: return',
      '        outbox.put((c, data))',
      'def short(inbox, outbox, timeout):',
      '    while True:',
      '        c, data = inbox.get(timeout=timeout)',
      '        if c == p.STOP: return',
      '        outbox.put((c + 1, data[1:]))',
      'answers = []',
      'for echo in (p.queue_echo, same, short):',
      '    p.queue_echo = echo',
      '    answers.append(p.run_pingpong(task, Exception)["intact"])',
      'print(answers)',
    ].join('\n')
    expect(execFileSync(PYTHON, ['-c', script], { encoding: 'utf8' }).trim()).toBe('[5, 0, 0]')
  })

  it('cancel mid-ping-pong: the run is aborted and no process of the interpreter is left, its partner included', async () => {
    const controller = new AbortController()
    let seen: number[] = []
    const workload = { workload: 'ipc-latency' as const, mechanisms: ['py-process-pipe' as const], payloads: [64], samples: 100_000, warmup: 0, maxMsPerPoint: 600_000 }
    const run = runSuite([{ workload, runtimes: ['py-process'], python: PYTHON, startMethod: 'spawn', taskTimeoutMs: 3_600_000 }], { signal: controller.signal })
    // Spawned children say so on their command line: the pool's process and the ping-pong partner.
    for (let i = 0; i < 400 && !controller.signal.aborted; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50))
      seen = descendants(process.pid)
      if (seen.filter((pid) => cmdline(pid).includes('spawn_main')).length >= 2) controller.abort('test cancel')
    }
    expect(controller.signal.aborted).toBe(true)
    const report = await run
    expect(report.runs.map((r) => [r.runtime, r.status])).toEqual([['py-process', 'aborted']])
    expect(await survivors(seen)).toEqual([])
  })
})
