/** LabService with real prime runs: queue order, cancel, events, history, import, export and compare. */
import { describe, expect, it } from 'vitest'
import { RUNTIME_NAMES } from '../../src-shared/config'
import { MAX_COMPARED_REPORTS, type SuiteEvent } from '../../src-shared/api'
import type { Comparison } from '../../src-shared/comparison'
import { type Report, ReportSchema } from '../../src-shared/report'
import { dispatchLabCall } from '../../src-main/engine/lab-dispatch'
import type { UtilityForkFn } from '../../src-main/engine/runtimes/utility-runtime'
import { childPidsOf, survivors } from '../helpers/processes'
import { makeMachine, makePoint, makeReport, makeRun } from '../fixtures/report-fixture'
import { NODE_RUNTIMES, isType, longSuite, newLabService, nextEvent, tinySuite } from '../helpers/lab'

function record(service: { onSuiteEvent(l: (e: SuiteEvent) => void): () => void }): SuiteEvent[] {
  const events: SuiteEvent[] = []
  service.onSuiteEvent((e) => events.push(e))
  return events
}

describe('LabService', () => {
  it('refuses a bad configuration with a message naming the field, and queues nothing', async () => {
    const service = await newLabService()
    const bad = await service.enqueueSuite([{ ...tinySuite()[0]!, repeat: 0 }])
    expect(bad).toMatchObject({ ok: false, message: expect.stringMatching(/Run 1: repeat/) })
    expect(await service.enqueueSuite([])).toMatchObject({ ok: false, message: expect.stringMatching(/Nothing to run/) })
    expect(await service.listQueue()).toEqual([])
  })

  it('offers the utility runtime only when utilityProcess.fork is injected', async () => {
    const plain = await newLabService()
    expect(await plain.getRuntimes()).toEqual(NODE_RUNTIMES)
    const refused = await plain.enqueueSuite([{ ...tinySuite()[0]!, runtimes: ['utility'] }])
    expect(refused).toMatchObject({ ok: false, message: expect.stringMatching(/"utility" runtime is not available/) })

    // Stands in for Electron's utilityProcess.fork, which cannot run here; it is never called.
    const electronFork: UtilityForkFn = () => {
      throw new Error('not in Electron')
    }
    const app = await newLabService({ utilityFork: electronFork, machineExtra: { electron: '42.0.0', chrome: '140.0' } })
    // The runtimes keep their catalogue order (RUNTIME_NAMES), utility among them.
    expect(await app.getRuntimes()).toEqual(RUNTIME_NAMES)
    expect((await app.getMachine()).versions).toMatchObject({ electron: '42.0.0', chrome: '140.0' })
  })

  it('runs suites one at a time in order, streams their events and saves each report to the history', async () => {
    const service = await newLabService()
    const events = record(service)
    const first = await service.enqueueSuite(tinySuite('thread'), 'first')
    const second = await service.enqueueSuite(tinySuite('main'))
    if (!first.ok || !second.ok) throw new Error('enqueue failed')
    // The queue was empty, so the first suite starts at once.
    expect(first.value).toMatchObject({ label: 'first', state: 'running' })
    expect(second.value).toMatchObject({ label: 'Suite 2', state: 'queued' })
    expect((await service.listQueue()).map((s) => [s.suiteId, s.state])).toEqual([
      [first.value.suiteId, 'running'],
      [second.value.suiteId, 'queued'],
    ])

    await service.idle()
    const order = events.filter((e) => e.event.type.startsWith('suite-')).map((e) => [e.suiteId, e.event.type])
    expect(order).toEqual([
      [first.value.suiteId, 'suite-started'],
      [first.value.suiteId, 'suite-finished'],
      [second.value.suiteId, 'suite-started'],
      [second.value.suiteId, 'suite-finished'],
    ])
    // Inner events carry the queue's id too, not runSuite's own.
    for (const e of events) if ('suiteId' in e.event) expect(e.event.suiteId).toBe(e.suiteId)
    expect(events.some((e) => e.suiteId === first.value.suiteId && e.event.type === 'point')).toBe(true)

    const finished = events.find(isType(first.value.suiteId, 'suite-finished'))!.event
    if (finished.type !== 'suite-finished') throw new Error('unreachable')
    expect(() => ReportSchema.parse(finished.report)).not.toThrow()
    expect(finished.report.label).toBe('first')
    expect(finished.report.runs[0]).toMatchObject({ runtime: 'thread', status: 'completed' })
    expect(finished.report.host).toMatchObject({ resolutionMs: expect.any(Number), samples: expect.any(Number) })
    expect(finished.report.host!.eventLoopDelayMs.max).toBeGreaterThanOrEqual(finished.report.host!.eventLoopDelayMs.p50)

    expect((await service.listQueue()).map((s) => s.state)).toEqual(['completed', 'completed'])
    const history = await service.listHistory()
    expect(history).toHaveLength(2)
    const saved = history.find((h) => h.state === 'ok' && h.title.includes('first')) ?? history[0]!
    const opened = await service.openHistory(saved.id)
    expect(opened.ok).toBe(true)
  })

  it('a suite whose runs all failed ends failed, not completed (issue 11, hole 6)', async () => {
    const service = await newLabService()
    // Far more work than the 10 ms a task may take: every task times out and the run fails.
    const failing = [{ workload: { workload: 'prime' as const, hi: 200_000_000 }, runtimes: ['thread' as const], workers: [1], repeat: 1, warmup: 0, taskTimeoutMs: 10 }]
    const queued = await service.enqueueSuite(failing)
    if (!queued.ok) throw new Error(queued.message)
    await service.idle()
    const [suite] = await service.listQueue()
    expect(suite).toMatchObject({ state: 'failed', outcome: 'failed' })
    const [entry] = await service.listHistory()
    expect(entry).toMatchObject({ state: 'ok', outcome: 'failed', aborted: false })
  })

  it('removes a cancelled queued suite and stops a cancelled running one, keeping its partial report', async () => {
    const service = await newLabService()
    const events = record(service)
    // Subscribed before enqueueing: the first events may come before enqueueSuite's answer.
    const measuring = nextEvent((l) => service.onSuiteEvent(l), (e) => e.event.type === 'progress' && e.event.progress.phase === 'measure')
    const running = await service.enqueueSuite(longSuite('process'))
    const waiting = await service.enqueueSuite(tinySuite())
    if (!running.ok || !waiting.ok) throw new Error('enqueue failed')

    await service.cancelSuite(waiting.value.suiteId)
    expect((await service.listQueue()).map((s) => [s.suiteId, s.state])).toEqual([
      [running.value.suiteId, 'running'],
      [waiting.value.suiteId, 'aborted'],
    ])

    expect((await measuring).suiteId).toBe(running.value.suiteId)
    const children = childPidsOf(process.pid)
    expect(children.length).toBeGreaterThan(0)
    await service.cancelSuite(running.value.suiteId)
    await service.idle()

    const finished = events.find(isType(running.value.suiteId, 'suite-finished'))?.event
    if (finished?.type !== 'suite-finished') throw new Error('no suite-finished after cancel')
    expect(finished.report.runs[0]).toMatchObject({ status: 'aborted' })
    expect((await service.listQueue())[0]).toMatchObject({ suiteId: running.value.suiteId, state: 'aborted' })
    // The cancelled queued suite never ran: not one event for it.
    expect(events.filter((e) => e.suiteId === waiting.value.suiteId)).toEqual([])
    expect(await service.listHistory()).toMatchObject([{ state: 'ok', aborted: true }])
    expect(await survivors(children)).toEqual([])
  })

  it('imports a report text and exports it, answering bad input with a message', async () => {
    const service = await newLabService()
    const done = nextEvent((l) => service.onSuiteEvent(l), (e) => e.event.type === 'suite-finished')
    await service.enqueueSuite(tinySuite('main'), 'export-me')
    const finished = (await done).event
    if (finished.type !== 'suite-finished') throw new Error('unreachable')

    const csv = await service.exportReport(finished.report, 'csv')
    expect(csv).toMatchObject({ ok: true, value: { encoding: 'utf8', fileName: expect.stringMatching(/\.csv$/) } })
    const json = await service.exportReport(finished.report, 'json')
    if (!json.ok) throw new Error(json.message)
    const imported = await service.importReport('mine.json', json.value.data)
    expect(imported).toMatchObject({ ok: true, value: { label: 'export-me' } })

    expect(await service.importReport('broken.json', '{"nope": ')).toMatchObject({ ok: false, message: expect.stringMatching(/broken\.json/) })
    expect(await service.openHistory('no-such-id')).toMatchObject({ ok: false })
  })

  it('hands exports to the injected save step and reports a cancelled dialog', async () => {
    const saved: string[] = []
    let answer: string | null = '/somewhere/report.md'
    const service = await newLabService({
      saveExport: async (file) => {
        saved.push(file.fileName)
        return answer
      },
    })
    const done = nextEvent((l) => service.onSuiteEvent(l), (e) => e.event.type === 'suite-finished')
    await service.enqueueSuite(tinySuite('main'))
    const finished = (await done).event
    if (finished.type !== 'suite-finished') throw new Error('unreachable')

    expect(await service.exportReport(finished.report, 'md')).toMatchObject({ ok: true, value: { savedPath: '/somewhere/report.md' } })
    answer = null
    expect(await service.exportReport(finished.report, 'md')).toEqual({ ok: false, message: 'Export cancelled' })
    expect(saved).toHaveLength(2)
  })

  it('on dispose drops the queue, stops the running suite and refuses new work', async () => {
    const service = await newLabService()
    const events = record(service)
    const started = nextEvent((l) => service.onSuiteEvent(l), (e) => e.event.type === 'run-started')
    const running = await service.enqueueSuite(longSuite('thread'))
    const queued = await service.enqueueSuite(tinySuite())
    if (!running.ok || !queued.ok) throw new Error('enqueue failed')
    expect((await started).suiteId).toBe(running.value.suiteId)

    await service.dispose()
    expect(events.filter((e) => e.suiteId === queued.value.suiteId)).toEqual([])
    expect(events.find(isType(running.value.suiteId, 'suite-finished'))).toBeDefined()
    expect((await service.listQueue()).map((s) => s.state)).toEqual(['aborted', 'aborted'])
    expect(await service.enqueueSuite(tinySuite())).toMatchObject({ ok: false, message: /shutting down/ })
  })
})

/** A second machine exactly twice as fast on the thread run, with other warm-up settings on the process run. */
function twoMachines(): [Report, Report] {
  const processRun = (warmup: number) => makeRun({ id: `prime-process-${warmup}`, runtime: 'process', settings: { serialization: 'advanced', warmup, repeat: 3, taskTimeoutMs: 120_000 } })
  const half = (workers: 1 | 2) => {
    const p = makePoint(workers)
    const s = p.stats
    return { ...p, samplesMs: p.samplesMs.map((v) => v / 2), stats: { ...s, median: s.median / 2, mean: s.mean / 2, stddev: s.stddev / 2, min: s.min / 2, max: s.max / 2, ci95: [s.ci95[0] / 2, s.ci95[1] / 2] as [number, number] } }
  }
  const laptop = makeReport({ label: 'laptop', runs: [makeRun(), processRun(1)] })
  const desktop = makeReport({ label: 'desktop', machine: makeMachine({ hostname: 'desktop', logicalCores: 16 }), runs: [makeRun({ points: [half(1), half(2)] }), processRun(5)] })
  return [laptop, desktop]
}

function value<T>(outcome: { ok: true; value: T } | { ok: false; message: string }): T {
  if (!outcome.ok) throw new Error(outcome.message)
  return outcome.value
}

describe('LabService.compareReports', () => {
  it('compares where the settings match, gives ratios (no interval below 5 repetitions) and lists the mismatch', async () => {
    const service = await newLabService()
    const c = value(await service.compareReports(twoMachines()))
    expect(c.machines.map((m) => m.label)).toEqual(['laptop', 'desktop'])
    expect(c.baselineIndex).toBe(0)
    // The thread run matches: one group, the desktop twice as fast at each worker count.
    expect(c.groups.map((g) => g.runtime)).toEqual(['thread', 'process', 'process'])
    const thread = c.groups[0]!
    const cell = thread.rows[1]!.cells[1]!
    if (cell.state !== 'measured') throw new Error('expected a measured cell')
    expect(cell.relative).toBeCloseTo(2, 12)
    // 3 repetitions a point: a ratio but no interval, and a test that cannot tell (issue 14).
    expect(cell.relativeCi95).toBeNull()
    expect(cell.significance).toMatchObject({ verdict: 'too-few-repetitions', nA: 3, nB: 3 })
    // The process runs differ in warm-up: each machine's cell says "other settings", and why is listed.
    expect(c.groups[1]!.rows[0]!.cells[1]).toEqual({ state: 'not-measured', why: 'other-settings' })
    expect(c.mismatches).toEqual([{ workload: 'prime', runtime: 'process', fields: [{ field: 'warmup', values: ['1', '5'] }] }])
    expect(c.summaries[1]!.geomeanRelative).toBeCloseTo(2, 12)
    expect(c.summaries[1]!.comparedPoints).toBe(2)
  })

  it('takes the baseline by index or label, and answers a bad one or too few reports with a message', async () => {
    const service = await newLabService()
    const reports = twoMachines()
    const byIndex = value(await service.compareReports(reports, { index: 1 }))
    expect(byIndex.baselineIndex).toBe(1)
    const cell = byIndex.groups[0]!.rows[0]!.cells[0]!
    expect(cell.state === 'measured' && cell.relative).toBeCloseTo(0.5, 12)
    expect(value(await service.compareReports(reports, { label: 'desktop' })).baselineIndex).toBe(1)
    expect(await service.compareReports(reports, { label: 'nobody' })).toMatchObject({ ok: false, message: expect.stringMatching(/no report is labelled "nobody"/) })
    expect(await service.compareReports(reports, { index: 7 })).toMatchObject({ ok: false, message: expect.stringMatching(/out of range/) })
    expect(await service.compareReports([reports[0]])).toMatchObject({ ok: false, message: expect.stringMatching(/at least two/) })
    const many = Array.from({ length: MAX_COMPARED_REPORTS + 1 }, () => reports[0])
    expect(await service.compareReports(many)).toMatchObject({ ok: false, message: expect.stringMatching(/At most 50/) })
  })
})

describe('compareReports through the dispatch', () => {
  it('checks the reports with the report schema, the count and the baseline before the service sees them', async () => {
    const service = await newLabService()
    const reports = twoMachines()
    const good = await dispatchLabCall(service, 'compareReports', [reports, { label: 'desktop' }])
    expect(good.ok && (good.value as { ok: true; value: Comparison }).value.baselineIndex).toBe(1)
    // A JSON round trip drops an omitted baseline; the first report is the baseline then.
    const plain = await dispatchLabCall(service, 'compareReports', [JSON.parse(JSON.stringify(reports))])
    expect(plain).toMatchObject({ ok: true, value: { ok: true, value: { baselineIndex: 0 } } })

    const broken = { ...reports[1], runs: [{ ...reports[1].runs[0], status: 'sort of' }] }
    expect(await dispatchLabCall(service, 'compareReports', [[reports[0], broken]])).toMatchObject({ ok: false, message: expect.stringMatching(/Bad arguments for compareReports/) })
    expect(await dispatchLabCall(service, 'compareReports', [reports, { index: -1 }])).toMatchObject({ ok: false, message: expect.stringMatching(/Bad arguments/) })
    expect(await dispatchLabCall(service, 'compareReports', [reports, { index: 0, label: 'x' }])).toMatchObject({ ok: false, message: expect.stringMatching(/Bad arguments/) })
    expect(await dispatchLabCall(service, 'compareReports', ['not a list'])).toMatchObject({ ok: false, message: expect.stringMatching(/Bad arguments/) })
    const tooMany = Array.from({ length: MAX_COMPARED_REPORTS + 1 }, () => reports[0])
    expect(await dispatchLabCall(service, 'compareReports', [tooMany])).toMatchObject({ ok: false, message: expect.stringMatching(/Bad arguments for compareReports/) })
  })
})
