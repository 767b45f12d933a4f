/**
 * The run queue as a page sees it after a reload (issue 13): a running suite is listed with its
 * progress and its runs so far, finished ones with how each run ended (no points: the history has
 * them), "Clear finished" forgets them for every page, a rename reaches the queue, and a file I/O
 * folder that is not there is refused before anything runs.
 */
import { describe, expect, it } from 'vitest'
import { ProgressTracker } from '../../src-main/engine/experiments/progress'
import type { ProgressInfo } from '../../src-shared/events'
import { isType, longSuite, newLabService, nextEvent, tinySuite } from '../helpers/lab'

describe('LabService queue listing', () => {
  it('lists a running suite with its progress and runs so far, and a finished one without points', async () => {
    const service = await newLabService()
    const running = await service.enqueueSuite(longSuite('thread'), 'long')
    if (!running.ok) throw new Error(running.message)
    const { suiteId } = running.value
    await nextEvent((l) => service.onSuiteEvent(l), (e) => isType(suiteId, 'progress')(e) && e.event.type === 'progress' && e.event.progress.phase === 'measure')
    const [listed] = await service.listQueue()
    expect(listed).toMatchObject({ suiteId, state: 'running', cancelRequested: false, runs: [{ runtime: 'thread', status: 'running' }] })
    expect(listed!.progress).toMatchObject({ runtime: 'thread', phase: 'measure' })

    await service.cancelSuite(suiteId)
    expect((await service.listQueue())[0]!.cancelRequested).toBe(true)
    await service.idle()
    const [ended] = await service.listQueue()
    expect(ended).toMatchObject({ state: 'aborted', outcome: 'aborted', runs: [{ status: 'aborted', points: [] }] })
  })

  it('forgets finished suites on clearFinished and keeps the queued ones', async () => {
    const service = await newLabService()
    const done = await service.enqueueSuite(tinySuite('main'), 'done')
    if (!done.ok) throw new Error(done.message)
    await service.idle()
    const long = await service.enqueueSuite(longSuite('thread'), 'long')
    const waiting = await service.enqueueSuite(tinySuite('main'), 'waiting')
    if (!long.ok || !waiting.ok) throw new Error('enqueue failed')
    await service.clearFinished()
    expect((await service.listQueue()).map((s) => s.label)).toEqual(['long', 'waiting'])
    await service.cancelSuite(long.value.suiteId)
    await service.idle()
  })

  it('shows a rename in the history under the suite in the queue', async () => {
    const service = await newLabService()
    const queued = await service.enqueueSuite(tinySuite('main'), 'before')
    if (!queued.ok) throw new Error(queued.message)
    await service.idle()
    const [entry] = await service.listHistory()
    const renamed = await service.renameHistory(entry!.id, 'after')
    expect(renamed.ok).toBe(true)
    expect((await service.listQueue()).map((s) => s.label)).toEqual(['after'])
  })

  it('refuses a file I/O folder that does not exist before queueing, in one line', async () => {
    const service = await newLabService()
    const refused = await service.enqueueSuite([{ workload: { workload: 'file-io', directory: '/nonexistent/dir/x' }, runtimes: ['thread', 'process'], workers: [1], repeat: 1 }])
    expect(refused).toEqual({ ok: false, message: 'Run 1: the file I/O directory /nonexistent/dir/x does not exist' })
    expect(await service.listQueue()).toEqual([])
  })
})

describe('ProgressTracker estimate', () => {
  it('gives no time left until 2 units and a tenth of the suite are done, then one from the pace', () => {
    let now = 0
    const seen: ProgressInfo[] = []
    const tracker = new ProgressTracker(40, { now: () => now, epochMs: () => now }, (p) => seen.push(p))
    const at = { runId: 'r', workload: 'prime', runtime: 'thread', phase: 'measure', workers: 1, repetition: 1, repetitions: 1 } as const
    now = 100
    tracker.report(at, 1)
    now = 200
    tracker.report(at, 2)
    expect(seen.map((p) => p.etaMs)).toEqual([null, null])
    now = 4000
    tracker.report(at, 1)
    expect(seen[2]!.etaMs).toBe((4000 / 4) * 36)
  })
})
