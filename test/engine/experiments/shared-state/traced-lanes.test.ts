/**
 * The live lane timeline of the shared-state experiments, through real worker threads: a run
 * streams `lanes` events while it goes and keeps one timeline (the point with the most workers)
 * with spans for every worker and tracing's measured cost; the traced repetition is counted in no
 * figure (samples and operations as without tracing). Never asserts on a duration.
 */
import { describe, expect, it } from 'vitest'
import type { RunEvent } from '../../../../src-shared/events'
import { translateEn } from '../../../../src-shared/i18n/translate'
import { locksLaneLabel, primitivesLaneLabel, raceLaneLabel, sharedVsMessagesLaneLabel } from '../../../../src-shared/lane-labels'
import { ReportSchema, type Run } from '../../../../src-shared/report'
import { runSuite } from '../../../../src-main/engine/session'

const REPEAT = 2

async function runWithEvents(workload: Record<string, unknown>): Promise<{ run: Run; events: RunEvent[] }> {
  const events: RunEvent[] = []
  const report = await runSuite([{ workload: workload as never, runtimes: ['thread'], repeat: REPEAT, warmup: 0 }], { onEvent: (e) => events.push(e) })
  expect(ReportSchema.safeParse(JSON.parse(JSON.stringify(report))).success).toBe(true)
  const run = report.runs[0]!
  expect(run.status, run.error).toBe('completed')
  return { run, events }
}

/** Streamed while the run went, for this run, and the kept timeline covers every worker of its point. */
function checkLanes(run: Run, events: RunEvent[]): void {
  const streamed = events.flatMap((e) => (e.type === 'lanes' ? [e] : []))
  expect(streamed.length).toBeGreaterThan(0)
  expect(streamed.every((e) => e.runId === run.id)).toBe(true)
  // Streamed before the run finished: the view draws them as the run goes.
  const finishedAt = events.findIndex((e) => e.type === 'run-finished')
  expect(events.findIndex((e) => e.type === 'lanes')).toBeLessThan(finishedAt)
  const lanes = run.lanes!
  expect(lanes).toBeDefined()
  expect(lanes.spans.length).toBeGreaterThan(0)
  expect(new Set(lanes.spans.map((s) => s.worker))).toEqual(new Set(Array.from({ length: lanes.workers }, (_, w) => w)))
  for (const s of lanes.spans) expect(s.endMs).toBeGreaterThanOrEqual(s.startMs)
  expect(lanes.costNsPerEvent).toBeGreaterThan(0)
  expect(Number.isFinite(lanes.costNsPerEvent)).toBe(true)
}

describe('lane timeline of a run', () => {
  it('locks: streams lanes, keeps the most contended point, counts the traced repetition nowhere', { timeout: 120_000 }, async () => {
    const workload = { workload: 'locks', threads: [1, 3], criticalWork: [50], waits: ['block', 'spin'], orders: ['fifo'], outsideWork: 20, acquisitions: 300, maxRepetitionMs: 5000 }
    const { run, events } = await runWithEvents(workload)
    checkLanes(run, events)
    // The kept timeline: 3 threads (the most), the last mode at that count.
    const last = run.points.at(-1)!.locks!
    expect(run.lanes!.workers).toBe(3)
    expect(run.lanes!.label).toBe(locksLaneLabel(translateEn, last))
    expect(run.lanes!.spans.some((s) => s.state === 'holding')).toBe(true)
    // Every timeline streamed is one of the run's points.
    const labels = new Set(run.points.map((p) => locksLaneLabel(translateEn, p.locks!)))
    for (const e of events) if (e.type === 'lanes') expect(labels.has(e.lanes.label)).toBe(true)
    for (const p of run.points) {
      expect(p.samplesMs).toHaveLength(REPEAT)
      expect(p.locks!.costUs.n).toBe(REPEAT)
      expect(p.operations).toBe(300 * REPEAT)
      expect(p.check.actual).toBe(300 * REPEAT)
    }
  })

  it('primitives: each part traces one point, the run keeps the one with the most threads', { timeout: 120_000 }, async () => {
    const workload = { workload: 'primitives', parts: ['semaphore', 'barrier', 'queue'], threads: 3, acquiresPerThread: 20, sectionSpins: 200, waiters: [1], items: 200, capacities: [1, 4], barrierPhases: 3, phaseSpins: 2000, waitTimeoutMs: 5000 }
    const { run, events } = await runWithEvents(workload)
    checkLanes(run, events)
    const streamedLabels = [...new Set(events.flatMap((e) => (e.type === 'lanes' ? [e.lanes.label] : [])))]
    const label = (part: string, pick: (p: Run['points'][number]) => boolean = () => true) => {
      const p = run.points.find((x) => x.primitive?.part === part && pick(x))!
      return primitivesLaneLabel(translateEn, p.primitive!)
    }
    const semaphoreAt2 = label('semaphore', (p) => p.primitive?.part === 'semaphore' && p.primitive.limit === 2)
    const queueAt1 = label('queue', (p) => p.primitive?.part === 'queue' && p.primitive.mechanism === 'shared-queue' && p.primitive.capacity === 1)
    expect(streamedLabels).toEqual([semaphoreAt2, label('barrier'), queueAt1])
    // Semaphore and barrier have 3 threads: the later (barrier) is kept.
    expect(run.lanes!.label).toBe(label('barrier'))
    // And one timeline per part, in the order the parts ran, each with its own spans.
    expect(run.lanesByPart?.map((l) => l.label)).toEqual(streamedLabels)
    for (const l of run.lanesByPart!) expect(l.spans.length).toBeGreaterThan(0)
    expect(run.lanesByPart![2]!.spans.some((s) => s.state === 'queue')).toBe(true)
    expect(run.lanes!.spans.some((s) => s.state === 'barrier')).toBe(true)
    for (const p of run.points) expect(p.samplesMs).toHaveLength(REPEAT)
  })

  it('shared-vs-messages on threads: the clients record their waits for the owner', { timeout: 120_000 }, async () => {
    const workload = { workload: 'shared-vs-messages', ways: ['owner-messages'], updaters: [2], updates: 200 }
    const { run, events } = await runWithEvents(workload)
    checkLanes(run, events)
    expect(run.lanes!.label).toBe(sharedVsMessagesLaneLabel(translateEn, 2, 'owner-messages'))
    for (const w of [0, 1]) expect(run.lanes!.spans.some((s) => s.worker === w && s.state === 'queue')).toBe(true)
    expect(run.points[0]!.samplesMs).toHaveLength(REPEAT)
  })

  it('race on threads: the gate, the lock and the owner requests show; the traced repetition counts nowhere', { timeout: 120_000 }, async () => {
    const workload = { workload: 'race', workerCounts: [2], increments: 2000, messageIncrements: 40, gap: 5, variants: ['unsafe', 'mutex', 'add'] }
    const { run, events } = await runWithEvents(workload)
    checkLanes(run, events)
    const streamedLabels = [...new Set(events.flatMap((e) => (e.type === 'lanes' ? [e.lanes.label] : [])))]
    expect(streamedLabels).toEqual((['unsafe', 'mutex', 'add'] as const).map((v) => raceLaneLabel(translateEn, 2, v)))
    // Same worker count for all: the last variant (add) is kept; its threads waited for the owner.
    expect(run.lanes!.label).toBe(raceLaneLabel(translateEn, 2, 'add'))
    expect(run.lanes!.spans.some((s) => s.state === 'queue')).toBe(true)
    expect(run.lanes!.spans.some((s) => s.state === 'barrier')).toBe(true)
    for (const p of run.points) {
      expect(p.samplesMs).toHaveLength(2 * REPEAT)
      expect(p.race!.repetitions).toBe(REPEAT)
      expect(p.race!.expected).toBe(2 * p.race!.incrementsPerWorker * REPEAT)
    }
  })

  it('race on processes: no ring to share, so no timeline', { timeout: 120_000 }, async () => {
    const report = await runSuite([{ workload: { workload: 'race', workerCounts: [2], messageIncrements: 20, variants: ['add'] } as never, runtimes: ['process'], repeat: 1, warmup: 0 }])
    const run = report.runs[0]!
    expect(run.status, run.error).toBe('completed')
    expect(run.lanes).toBeUndefined()
    expect(run.points).toHaveLength(1)
  })
})
