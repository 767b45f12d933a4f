/**
 * The daemon workload with real hosts, threads, processes and python3: after every round the lab
 * has ended each survivor itself and no pid the host reported is left; the outcomes are counted,
 * and only the structural facts that hold everywhere are asserted: a thread never survives its
 * process, and a forked (attached) child whose parent is SIGKILLed lives on, adopted, until the
 * lab ends it. No duration is asserted.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import hostEntry from '../../../src-workers/hazards/daemon-host?modulePath'
import { type DaemonHostCommand, runDaemonRound } from '../../../src-main/engine/experiments/daemon-case'
import { daemonFigures } from '../../../src-main/engine/experiments/daemon'
import { runSuite } from '../../../src-main/engine/session'
import { formatReportTable } from '../../../src-main/engine/report/text/report-table'
import { wordingFor } from '../../../src-main/engine/report/text/wording'
import { DAEMON_THREAD_KINDS, type DaemonExit, type DaemonKind } from '../../../src-shared/daemon-report'
import { ReportSchema } from '../../../src-shared/report'
import { isAlive, survivors } from '../../helpers/processes'

const NODE_HOST: DaemonHostCommand = { command: process.execPath, args: [hostEntry], env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' } }
const PYTHON = ['/usr/bin/python3', '/usr/local/bin/python3'].find(existsSync)
const PYTHON_HOST: DaemonHostCommand | undefined = PYTHON ? { command: PYTHON, args: ['-u', join(import.meta.dirname, '../../../src-workers/python/conlab_daemon_host.py')], env: process.env } : undefined
const OPTIONS = { lifetimeMs: 4000, holdMs: 300, observeMs: 300 }

async function round(host: DaemonHostCommand, kinds: DaemonKind[], exit: DaemonExit) {
  const pids: number[] = []
  const result = await runDaemonRound({ host, kinds, exit, ...OPTIONS, onPid: (pid) => pids.push(pid) }, new AbortController().signal)
  // The lab's guarantee: nothing the host started is left once the round is over.
  expect(pids.length).toBeGreaterThan(0)
  expect(await survivors(pids, 5)).toEqual([])
  return result
}

describe('daemon rounds', () => {
  it('a SIGKILLed Node host: its worker thread dies with it, its forked and detached children live on until the lab ends them', async () => {
    const r = await round(NODE_HOST, ['worker-thread', 'fork-child', 'detached-child'], 'sigkill')
    expect(r).toMatchObject({ ready: true, timedOut: false })
    expect(r.seen.get('worker-thread')).toMatchObject({ survived: false, endedByLab: false })
    expect(r.seen.get('fork-child')).toMatchObject({ survived: true, endedByLab: true })
    for (const seen of r.seen.values()) expect(isAlive(seen.pid)).toBe(false)
  })

  it('a Node host that exits: no thread survives, every survivor is ended by the lab', async () => {
    const r = await round(NODE_HOST, ['worker-thread', 'fork-child', 'detached-child'], 'normal')
    expect(r).toMatchObject({ ready: true, timedOut: false })
    expect(r.seen.get('worker-thread')?.survived).toBe(false)
    for (const seen of r.seen.values()) expect(seen.endedByLab).toBe(seen.survived)
  })

  it.runIf(PYTHON_HOST)('CPython hosts: no threading.Thread survives, daemon or not; a killed host leaves its processes to the lab', async () => {
    for (const exit of ['normal', 'sigkill'] as const) {
      const threads = await round(PYTHON_HOST!, ['py-daemon-thread', 'py-thread'], exit)
      expect(threads).toMatchObject({ ready: true, timedOut: false })
      for (const kind of ['py-daemon-thread', 'py-thread'] as const) expect(threads.seen.get(kind)?.survived, `${kind} ${exit}`).toBe(false)
      // A normal exit waits for the non-daemon thread to finish its work and drops the daemon one:
      // counted from their own last words, never from a duration.
      if (exit === 'normal') expect([...threads.ranToEnd]).toEqual(['py-thread'])
      const processes = await round(PYTHON_HOST!, ['py-daemon-process', 'py-process'], exit)
      expect(processes).toMatchObject({ ready: true, timedOut: false })
      for (const seen of processes.seen.values()) expect(seen.endedByLab).toBe(seen.survived)
      // Killed, the host runs no exit handler: a non-daemon process is adopted and lives on.
      if (exit === 'sigkill') expect(processes.seen.get('py-process')).toMatchObject({ survived: true, endedByLab: true })
    }
  })

  it('a cancel mid-round counts nothing and leaves nothing: the host and what it started are ended', async () => {
    const pids: number[] = []
    const cancel = new AbortController()
    // The normal way: the host exits by itself, its children would live on for their lifetime.
    const onPid = (pid: number) => {
      pids.push(pid)
      if (pids.length === 2) cancel.abort()
    }
    await expect(runDaemonRound({ host: NODE_HOST, kinds: ['fork-child', 'detached-child'], exit: 'normal', ...OPTIONS, onPid }, cancel.signal)).rejects.toThrow()
    expect(pids.length).toBeGreaterThanOrEqual(2)
    expect(await survivors(pids, 5)).toEqual([])
  })

  it('counts rounds into figures: survived k of the observed rounds, missed rounds said', () => {
    const seen = (survived: boolean) => new Map([['fork-child' as const, { pid: 1, survived, endedByLab: survived }]])
    const f = daemonFigures('fork-child', 'normal', [
      { ready: true, timedOut: false, exitDelayMs: 10, seen: seen(true), ranToEnd: new Set() },
      { ready: true, timedOut: false, exitDelayMs: 400, seen: seen(false), ranToEnd: new Set(['fork-child']) },
      { ready: false, timedOut: true, exitDelayMs: null, seen: new Map(), ranToEnd: new Set() },
    ], OPTIONS)
    expect(f).toMatchObject({ rounds: 3, observed: 2, survived: 1, endedByLab: 1, heldExit: 1, missed: ['host-timed-out'] })
  })
})

describe('daemon experiment', () => {
  it('runs every runtime through the session: counted points, a thread never survives, tables in both languages', async () => {
    const runtimes = PYTHON ? (['thread', 'process', 'py-thread', 'py-process'] as const) : (['thread', 'process'] as const)
    const workload = { workload: 'daemon' as const, rounds: 2, lifetimeMs: 3000, holdMs: 200, observeMs: 200 }
    const report = await runSuite([{ workload, runtimes: [...runtimes], repeat: 1, warmup: 0, ...(PYTHON ? { python: PYTHON } : {}) }])
    expect(ReportSchema.safeParse(JSON.parse(JSON.stringify(report))).success).toBe(true)
    expect(report.runs.map((r) => `${r.runtime}:${r.status}`)).toEqual(runtimes.map((r) => `${r}:completed`))
    const figures = report.runs.flatMap((r) => r.points.flatMap((p) => (p.daemon ? [p.daemon] : [])))
    expect(report.runs.flatMap((r) => r.unavailable ?? [])).toEqual([])
    expect(figures.length).toBe(PYTHON ? 14 : 6)
    for (const f of figures) {
      expect(f.observed, `${f.kind} ${f.exit}`).toBe(2)
      expect(f.endedByLab).toBe(f.survived)
      if (DAEMON_THREAD_KINDS.includes(f.kind)) expect(f.survived, f.kind).toBe(0)
    }
    expect(figures.find((f) => f.kind === 'fork-child' && f.exit === 'sigkill')?.survived).toBe(2)
    const table = formatReportTable(report)
    expect(table).toContain('Daemon — the host ends; what is still alive?')
    expect(table).toContain('2 of 2')
    expect(formatReportTable(report, wordingFor('zh-CN'))).toContain('宿主结束后，谁还活着')
  })
})
