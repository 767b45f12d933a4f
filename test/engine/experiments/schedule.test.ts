/**
 * The schedule: deterministic for a seed, every point gets exactly its repetitions, and with the
 * real engine (a tiny prime search on threads and processes) the repetitions of both runtimes are
 * interleaved round by round in the recorded order. No test here asserts on a duration.
 */
import { describe, expect, it } from 'vitest'
import type { RunEvent } from '../../../src-shared/events'
import { type Report, ReportSchema } from '../../../src-shared/report'
import { planSchedule, pointKey } from '../../../src-main/engine/experiments/schedule'
import { runSuite } from '../../../src-main/engine/session'
import { childPidsOf, survivors } from '../../helpers/processes'

const points = [
  { runtime: 'main' as const, workers: 1 },
  { runtime: 'thread' as const, workers: 1 },
  { runtime: 'thread' as const, workers: 2 },
  { runtime: 'process' as const, workers: 1 },
  { runtime: 'process' as const, workers: 2 },
]

describe('planSchedule', () => {
  it('is the same for the same seed and differs for another', () => {
    const a = planSchedule(points, 'interleaved', 1, 5, 1234)
    expect(planSchedule(points, 'interleaved', 1, 5, 1234)).toEqual(a)
    expect(planSchedule(points, 'interleaved', 1, 5, 4321).schedule.rounds).not.toEqual(a.schedule.rounds)
  })

  it('gives every point its warm-ups first, then exactly its repetitions, one per round', () => {
    const { schedule, steps } = planSchedule(points, 'interleaved', 2, 5, 7)
    expect(schedule.points).toEqual(points.map(pointKey))
    expect(schedule.rounds).toHaveLength(7)
    for (const round of schedule.rounds!) expect([...round].sort()).toEqual([0, 1, 2, 3, 4])
    expect(steps.slice(0, 10).every((s) => s.phase === 'warmup')).toBe(true)
    for (const [i] of points.entries()) {
      const measured = steps.filter((s) => s.point === i && s.phase === 'measure')
      expect(measured.map((s) => s.repetition)).toEqual([1, 2, 3, 4, 5])
      expect(measured.map((s) => s.round)).toEqual([0, 1, 2, 3, 4])
    }
  })

  it('keeps one point to the end before the next when sequential', () => {
    const { schedule, steps } = planSchedule(points, 'sequential', 1, 2, 7)
    expect(schedule.rounds).toBeUndefined()
    expect(steps.map((s) => s.point)).toEqual([0, 0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4])
  })
})

const tiny = {
  workload: { workload: 'prime' as const, hi: 300_000 },
  runtimes: ['thread' as const, 'process' as const],
  workers: [1, 2],
  repeat: 3,
  warmup: 1,
  seed: 99,
}

/** Every measured sample of the report, in the order it started. */
function samplesInOrder(report: Report): Array<{ key: string; round: number }> {
  return report.runs
    .flatMap((run) => run.points.flatMap((p) => p.samplesMs.map((_, i) => ({ key: `${run.runtime}:${p.workers}`, round: p.samplesRound![i]!, at: p.samplesStartedAtMs![i]! }))))
    .sort((x, y) => x.at - y.at)
    .map(({ key, round }) => ({ key, round }))
}

describe('an interleaved sweep', () => {
  it('takes the repetitions of both runtimes round by round, in the recorded order', async () => {
    const events: RunEvent[] = []
    const report = await runSuite([tiny], { onEvent: (e) => events.push(e) })
    expect(() => ReportSchema.parse(report)).not.toThrow()
    const [threadRun, processRun] = report.runs
    expect(threadRun!.schedule).toEqual(processRun!.schedule)
    const schedule = threadRun!.schedule!
    expect(schedule).toMatchObject({ order: 'interleaved', seed: 99, warmups: 1, repeats: 3 })
    expect(schedule).toEqual(planSchedule(schedule.points.map((k) => ({ runtime: k.split(':')[0] as 'thread', workers: Number(k.split(':')[1]) })), 'interleaved', 1, 3, 99).schedule)

    for (const run of report.runs) {
      expect(run.status).toBe('completed')
      for (const p of run.points) {
        expect(p.samplesMs).toHaveLength(3)
        expect(p.samplesRound).toEqual([0, 1, 2])
        expect(p.samplesStartedAtMs).toHaveLength(3)
      }
    }
    // The executed order is the recorded one: measured rounds after the warm-up round.
    const expected = schedule.rounds!.slice(1).flatMap((round, r) => round.map((i) => ({ key: schedule.points[i]!, round: r })))
    expect(samplesInOrder(report)).toEqual(expected)
    // Both runtimes within every round, not one after the other.
    for (let r = 0; r < 3; r++) expect(new Set(samplesInOrder(report).filter((s) => s.round === r).map((s) => s.key.split(':')[0]))).toEqual(new Set(['thread', 'process']))

    // Events: both runs start before any measurement, points come complete, runs finish at the end.
    const kinds = events.map((e) => (e.type === 'progress' ? `progress:${e.progress.phase}` : e.type))
    expect(kinds.lastIndexOf('run-started')).toBeLessThan(kinds.indexOf('progress:warmup'))
    expect(kinds.indexOf('point')).toBeGreaterThan(kinds.lastIndexOf('progress:warmup'))
    expect(events.filter((e) => e.type === 'point')).toHaveLength(4)
    expect(kinds.indexOf('run-finished')).toBeGreaterThan(kinds.lastIndexOf('point'))
    const progress = events.flatMap((e) => (e.type === 'progress' ? [e.progress] : []))
    expect(progress.at(-1)!.done).toBe(progress.at(-1)!.total)
    expect(progress.at(-1)!.total).toBe(2 * (1 + 2 * (1 + 3)))
  })

  it('compares threads with processes at each worker count', async () => {
    const report = await runSuite([{ ...tiny, runtimes: ['main', 'thread', 'process'] }])
    const [main, threadRun, processRun] = report.runs
    expect(main!.points[0]!.comparisons).toBeUndefined()
    expect(threadRun!.points.map((p) => p.comparisons!.map((c) => c.against))).toEqual([[{ runtime: 'main', workers: 1 }], [{ runtime: 'main', workers: 1 }]])
    expect(processRun!.points[1]!.comparisons!.map((c) => c.against)).toEqual([
      { runtime: 'main', workers: 1 },
      { runtime: 'thread', workers: 2 },
    ])
    // 3 against 3 cannot reach p < 0.05 with an exact rank test.
    for (const c of processRun!.points.flatMap((p) => p.comparisons!)) expect(c.verdict).toBe('too-few-repetitions')
    expect(main!.points[0]!.stats).toMatchObject({ ciMethod: 'range', ciUnavailable: 'few-samples' })
    expect(threadRun!.points[0]).toMatchObject({ speedupCi95: null, speedupCiUnavailable: 'reference-itself' })
    expect(threadRun!.points[1]).toMatchObject({ speedupCi95: null, speedupCiUnavailable: 'few-samples' })
  })

  it('keeps the completed points and aborts every run on a cancel mid-schedule, leaving no process', async () => {
    const controller = new AbortController()
    const seen: number[] = []
    let measured = 0
    const report = await runSuite([{ ...tiny, repeat: 4 }], {
      signal: controller.signal,
      onEvent: (event) => {
        if (event.type !== 'progress' || event.progress.phase !== 'measure') return
        seen.push(...childPidsOf(process.pid))
        if (++measured === 10) controller.abort('test cancel')
      },
    })
    expect(report.runs.map((r) => r.status)).toEqual(['aborted', 'aborted'])
    // Mid-schedule no point has all its repetitions yet: none is kept half-measured.
    expect(report.runs.flatMap((r) => r.points)).toEqual([])
    expect(() => ReportSchema.parse(report)).not.toThrow()
    expect(seen.length).toBeGreaterThan(0)
    expect(await survivors([...new Set(seen)])).toEqual([])
  })
})

describe('a sequential sweep', () => {
  it('measures one runtime to the end before the next', async () => {
    const report = await runSuite([{ ...tiny, order: 'sequential' }])
    expect(report.runs[0]!.schedule).toMatchObject({ order: 'sequential', seed: 99 })
    expect(samplesInOrder(report).map((s) => s.key)).toEqual(['thread:1', 'thread:1', 'thread:1', 'thread:2', 'thread:2', 'thread:2', 'process:1', 'process:1', 'process:1', 'process:2', 'process:2', 'process:2'])
  })
})
