/**
 * shared-vs-messages through runSuite on real threads and processes, at a tiny size: exact totals
 * for every way, the process runtime's shared-memory way answered as not applicable with its
 * reason, and nothing left behind (worker, owner process, socket directory) after a clean run, a
 * cancel while workers wait, or a worker killed mid-run. No duration is asserted.
 */
import { readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { describe, expect, it } from 'vitest'
import type { RunEvent } from '../../../src-shared/events'
import { ReportSchema } from '../../../src-shared/report'
import { runSuite } from '../../../src-main/engine/session'
import { formatReportTable } from '../../../src-main/engine/report/text/report-table'
import { wordingFor } from '../../../src-main/engine/report/text/columns'
import { childPidsOf, survivors } from '../../helpers/processes'

const ownDirs = () => readdirSync(tmpdir()).filter((name) => name.startsWith(`conlab-svm-${process.pid}-`) || name.startsWith(`conlab-owner-${process.pid}-`))

function watchChildren(): { seen: Set<number>; stop(): void } {
  const seen = new Set<number>()
  const timer = setInterval(() => childPidsOf(process.pid).forEach((pid) => seen.add(pid)), 20)
  return { seen, stop: () => clearInterval(timer) }
}

describe('shared-vs-messages experiment', () => {
  it('every way adds exactly N x K on threads and processes; processes say why shared memory is not theirs', async () => {
    const children = watchChildren()
    const report = await runSuite([{ workload: { workload: 'shared-vs-messages', updaters: [2], updates: 200 }, runtimes: ['thread', 'process'], repeat: 2, warmup: 1 }]).finally(children.stop)
    expect(ReportSchema.safeParse(JSON.parse(JSON.stringify(report))).success).toBe(true)
    expect(report.runs.map((r) => r.runtime)).toEqual(['thread', 'process'])
    const [thread, proc] = report.runs
    for (const run of report.runs) {
      expect(run.status, run.error).toBe('completed')
      for (const p of run.points) {
        expect(p.check).toEqual({ expected: 400, actual: 400, ok: true, source: 'known-value' })
        expect(p.samplesMs).toHaveLength(2)
        expect(p.perUpdateUs?.n).toBe(2)
        expect(p.throughput?.unit).toBe('updates/s')
      }
    }
    expect(thread!.points.map((p) => p.variant)).toEqual(['shared-memory', 'owner-messages', 'main-owner'])
    expect(thread!.points.map((p) => p.settings?.transport)).toEqual(['atomics', 'message-port', 'unix-socket'])
    expect(proc!.points.map((p) => p.variant)).toEqual(['owner-messages', 'main-owner'])
    expect(proc!.points.map((p) => p.settings?.owner)).toEqual(['child-process', 'engine-main-thread'])
    expect(proc!.unavailable).toEqual([{ what: 'shared-memory', reason: expect.stringMatching(/cannot share memory/) }])

    const en = formatReportTable(report)
    expect(en).toContain('multiprocessing.Manager')
    expect(en).toMatch(/process: Shared memory \(Atomics\) not applicable/)
    expect(formatReportTable(report, wordingFor('zh-CN'))).toContain('共享内存（Atomics）')

    expect(await survivors([...children.seen])).toEqual([])
    expect(ownDirs()).toEqual([])
  }, 60_000)

  it('a cancel while clients wait on their owner ends the run, and leaves no worker, owner or socket', async () => {
    const controller = new AbortController()
    const children = watchChildren()
    const events: RunEvent[] = []
    // Far more updates than the test waits for: the cancel lands while every client is mid-loop.
    const run = runSuite([{ workload: { workload: 'shared-vs-messages', updaters: [2], updates: 1_000_000, ways: ['owner-messages', 'main-owner'] }, runtimes: ['process'], repeat: 1, warmup: 0 }], {
      signal: controller.signal,
      onEvent: (e) => events.push(e),
    })
    // Cancel once the owner and both clients exist (three children), i.e. while they talk.
    for (let i = 0; i < 400 && childPidsOf(process.pid).length < 3; i++) await new Promise((resolve) => setTimeout(resolve, 25))
    await new Promise((resolve) => setTimeout(resolve, 100))
    controller.abort()
    const report = await run.finally(children.stop)
    expect(report.runs[0]?.status).toBe('aborted')
    expect(children.seen.size).toBeGreaterThanOrEqual(3)
    expect(await survivors([...children.seen])).toEqual([])
    expect(ownDirs()).toEqual([])
  }, 60_000)

  it('threads waiting at the start gate leave on cancel', async () => {
    const controller = new AbortController()
    const run = runSuite([{ workload: { workload: 'shared-vs-messages', updaters: [3], updates: 1_000_000, ways: ['owner-messages'] }, runtimes: ['thread'], repeat: 1, warmup: 0 }], {
      signal: controller.signal,
      onEvent: (e) => e.type === 'run-started' && setTimeout(() => controller.abort(), 200),
    })
    const report = await run
    expect(report.runs[0]?.status).toBe('aborted')
  }, 60_000)

  it('a client process killed mid-run fails the run with its reason and takes nobody with it', async () => {
    const children = watchChildren()
    const run = runSuite([{ workload: { workload: 'shared-vs-messages', updaters: [2], updates: 1_000_000, ways: ['owner-messages'] }, runtimes: ['process'], repeat: 1, warmup: 0 }])
    let pids: number[] = []
    for (let i = 0; i < 400 && pids.length < 3; i++) {
      await new Promise((resolve) => setTimeout(resolve, 25))
      pids = childPidsOf(process.pid)
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
    process.kill(pids[0]!, 'SIGKILL')
    const report = await run.finally(children.stop)
    expect(report.runs[0]?.status).toBe('failed')
    expect(report.runs[0]?.error).toMatch(/./)
    expect(await survivors([...children.seen])).toEqual([])
    expect(ownDirs()).toEqual([])
  }, 60_000)
})
