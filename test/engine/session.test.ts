/** The whole engine on a tiny prime search: real threads, real child processes, a real report. */
import { describe, expect, it } from 'vitest'
import type { RunEvent } from '../../src-shared/events'
import { ReportSchema } from '../../src-shared/report'
import { ConfigError, runSuite } from '../../src-main/engine/session'
import { childPidsOf, survivors } from '../helpers/processes'

const tiny = {
  workload: { workload: 'prime' as const, hi: 2_000_000, chunking: 'dynamic' as const, chunksPerWorker: 2 },
  workers: [1, 2],
  repeat: 2,
  warmup: 1,
}

describe('runSuite', () => {
  it('measures main, thread and process and folds everything into a valid report', async () => {
    const events: RunEvent[] = []
    const report = await runSuite([{ ...tiny, runtimes: ['process', 'thread', 'main'] }], { onEvent: (e) => events.push(e), label: 'test-box' })

    expect(() => ReportSchema.parse(report)).not.toThrow()
    expect(report.label).toBe('test-box')
    // The baseline runs first whatever order was asked, so others can be compared with it.
    expect(report.runs.map((r) => r.runtime)).toEqual(['main', 'process', 'thread'])
    for (const run of report.runs) {
      expect(run.status).toBe('completed')
      expect(run.overhead?.emptyTaskRoundTripUs.n).toBeGreaterThan(0)
      for (const point of run.points) {
        expect(point.check).toMatchObject({ ok: true, actual: 148933, expected: 148933, source: 'single-thread' })
        expect(point.samplesMs).toHaveLength(2)
        expect(point.timeline?.length).toBeGreaterThan(0)
      }
    }
    const [main, processRun, threadRun] = report.runs
    expect(main!.points.map((p) => p.workers)).toEqual([1])
    expect(threadRun!.points.map((p) => p.workers)).toEqual([1, 2])
    expect(threadRun!.points[0]!.speedup).toBe(1)
    expect(threadRun!.points[1]!.speedupVsBaseline).toBeGreaterThan(0)
    expect(processRun!.settings.serialization).toBe('advanced')
    expect(threadRun!.settings.serialization).toBe('structured-clone')
    expect(processRun!.points[1]!.cpu!.userMs).toBeGreaterThan(0)

    expect(events[0]).toMatchObject({ type: 'suite-started' })
    expect(events.at(-1)).toMatchObject({ type: 'suite-finished' })
    const progress = events.flatMap((e) => (e.type === 'progress' ? [e.progress] : []))
    expect(progress.at(-1)!.done).toBe(progress.at(-1)!.total)
    expect(events.filter((e) => e.type === 'point')).toHaveLength(5)
  })

  it('keeps partial results on cancel, marks the run aborted and leaves no child process', async () => {
    const controller = new AbortController()
    const seen: number[] = []
    // Sequential: the process run's first point completes before the thread run measured anything.
    const report = await runSuite([{ ...tiny, workload: { workload: 'prime', hi: 20_000_000 }, runtimes: ['process', 'thread'], repeat: 3, order: 'sequential' }], {
      signal: controller.signal,
      onEvent: (event) => {
        if (event.type === 'progress' && event.progress.phase === 'measure') seen.push(...childPidsOf(process.pid))
        if (event.type === 'point') controller.abort('test cancel')
      },
    })
    // Every run of the configuration starts (and measures its overhead) before the schedule.
    expect(report.runs.map((r) => [r.runtime, r.status, r.points.length])).toEqual([
      ['process', 'aborted', 1],
      ['thread', 'aborted', 0],
    ])
    expect(() => ReportSchema.parse(report)).not.toThrow()
    expect(seen.length).toBeGreaterThan(0)
    expect(await survivors([...new Set(seen)])).toEqual([])
    expect(childPidsOf(process.pid).filter((pid) => seen.includes(pid))).toEqual([])
  })

  it('rejects a bad configuration with a message naming the field', async () => {
    await expect(runSuite([{ ...tiny, runtimes: ['thread'], repeat: 0 }])).rejects.toThrow(ConfigError)
    await expect(runSuite([{ ...tiny, runtimes: ['thread'], repeat: 0 }])).rejects.toThrow(/repeat/)
    await expect(runSuite([])).rejects.toThrow(/Nothing to run/)
  })

  it('refuses the utility runtime outside the desktop app, as a failed run with the reason', async () => {
    const report = await runSuite([{ ...tiny, runtimes: ['utility'], workers: [1], repeat: 1, warmup: 0 }])
    expect(report.runs[0]).toMatchObject({ status: 'failed', error: expect.stringMatching(/desktop app/) })
  })
})
