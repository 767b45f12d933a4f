/**
 * Global-lock mode's timeline (issue 16): a sweep with the lock runs one extra traced repetition per
 * thread point, counted in no figure, streams `lanes` events and keeps the most contended timeline
 * in the run, with the threads holding the lock and waiting for it. Processes (each its own lock)
 * and runs without the lock are not traced. Never a duration.
 */
import { describe, expect, it } from 'vitest'
import type { RunEvent } from '../../../src-shared/events'
import { runSuite } from '../../../src-main/engine/session'

describe('global-lock lanes', () => {
  it('a prime sweep on threads keeps who held the lock and who waited; samples stay the repetitions', async () => {
    const events: RunEvent[] = []
    const report = await runSuite(
      [{ workload: { workload: 'prime', hi: 600_000, method: 'trial', chunking: 'dynamic', chunksPerWorker: 4 }, runtimes: ['thread', 'process'], workers: [1, 2], repeat: 2, warmup: 0, globalLock: true, switchIntervalMs: 0 }],
      { onEvent: (event) => void events.push(event) },
    )
    const [thread, proc] = report.runs
    expect(thread?.status).toBe('completed')
    expect(proc?.status).toBe('completed')
    // The traced repetition is not a sample: every point has exactly `repeat` of them.
    for (const run of report.runs) for (const point of run.points) expect(point.samplesMs).toHaveLength(2)
    const lanes = thread!.lanes
    expect(lanes).toBeDefined()
    expect(lanes!.workers).toBe(2)
    expect(lanes!.label).toBe('global lock · 2 threads')
    const states = new Set(lanes!.spans.map((s) => s.state))
    expect(states.has('holding')).toBe(true)
    expect(states.has('waiting')).toBe(true)
    expect(new Set(lanes!.spans.filter((s) => s.state === 'holding').map((s) => s.worker))).toEqual(new Set([0, 1]))
    const streamed = events.filter((e): e is Extract<RunEvent, { type: 'lanes' }> => e.type === 'lanes')
    expect(streamed.length).toBeGreaterThan(0)
    expect(streamed.every((e) => e.runId === thread!.id)).toBe(true)
    expect(proc!.lanes).toBeUndefined()
  })

  it('no lock, no trace', async () => {
    const events: RunEvent[] = []
    const report = await runSuite([{ workload: { workload: 'sleep', tasks: 4, ms: 2 }, runtimes: ['thread'], workers: [2], repeat: 1, warmup: 0 }], { onEvent: (event) => void events.push(event) })
    expect(report.runs[0]!.lanes).toBeUndefined()
    expect(events.some((e) => e.type === 'lanes')).toBe(false)
  })

  it('sleep under the lock: threads hold it only between waits, and the timeline shows them outside it', async () => {
    const report = await runSuite([{ workload: { workload: 'sleep', tasks: 4, ms: 2 }, runtimes: ['thread'], workers: [2], repeat: 1, warmup: 0, globalLock: true }])
    const lanes = report.runs[0]!.lanes
    expect(lanes?.workers).toBe(2)
    const states = new Set(lanes!.spans.map((s) => s.state))
    expect(states.has('holding')).toBe(true)
    expect(states.has('running')).toBe(true)
  })
})
