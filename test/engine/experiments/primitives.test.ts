/**
 * The primitives experiment through real worker threads and processes, with small counts: every
 * part asked for gives its figures (or, for a primitive the library does not have yet, says so),
 * a process run measures only the queue over IPC and answers every other part "threads only",
 * and no worker outlives the run. Never asserts on a duration.
 */
import { describe, expect, it } from 'vitest'
import { runSuite } from '../../../src-main/engine/session'
import type { Run } from '../../../src-shared/report'
import { CheckFailedError } from '../../../src-main/engine/experiments/experiment'
import { primitivePoint, semaphoreCheck } from '../../../src-main/engine/experiments/primitives/figures'
import { type PartEnv, addChecked } from '../../../src-main/engine/experiments/primitives/part-env'

const SMALL = { threads: 3, acquiresPerThread: 20, sectionSpins: 200, waiters: [1, 3], items: 300, capacities: [1, 8], barrierPhases: 3, phaseSpins: 2000, waitTimeoutMs: 5000 }

const primitive = (run: Run, part: string) => run.points.filter((p) => p.primitive?.part === part)

describe('primitives experiment', () => {
  it('runs every part on threads and only the queue on processes, every figure checked', async () => {
    const report = await runSuite([{ workload: { workload: 'primitives', ...SMALL }, runtimes: ['thread', 'process'], repeat: 2, warmup: 0 }])
    const [thread, processRun] = report.runs
    expect(thread?.status, thread?.error).toBe('completed')
    expect(processRun?.status, processRun?.error).toBe('completed')
    for (const run of report.runs) for (const p of run.points) expect(p.check.ok).toBe(true)

    // Threads: the queue through a MessagePort always; the library's parts as far as it goes.
    const queue = primitive(thread!, 'queue')
    const mechanisms = queue.map((p) => (p.primitive?.part === 'queue' ? `${p.primitive.mechanism}:${p.primitive.capacity}` : ''))
    expect(mechanisms).toEqual(expect.arrayContaining(['message-port:1', 'message-port:8']))
    for (const p of queue) {
      expect(p.primitive).toMatchObject({ items: 300, receivedOnce: 300, duplicated: 0, missing: 0 })
      expect(p.throughput?.unit).toBe('items/s')
      expect(p.stats.ciMethod).toBe('range') // 2 samples: the range, never a fake interval
      expect(p.stats.min).toBeGreaterThanOrEqual(0)
    }
    expect(thread!.unavailable).toBeUndefined()
    expect(mechanisms).toEqual(['shared-queue:1', 'shared-queue:8', 'message-port:1', 'message-port:8'])
    const sem = primitive(thread!, 'semaphore')
    expect(sem.map((p) => (p.primitive?.part === 'semaphore' ? p.primitive.limit : 0))).toEqual([1, 2, 3])
    for (const p of sem) {
      if (p.primitive?.part !== 'semaphore') throw new Error('not a semaphore point')
      expect(p.primitive.maxInFlight).toBeGreaterThanOrEqual(1)
      expect(p.primitive.maxInFlight).toBeLessThanOrEqual(p.primitive.limit)
      expect(p.primitive.acquires).toBe(3 * 20)
    }
    const ev = primitive(thread!, 'event')
    expect(ev.map((p) => p.workers)).toEqual([1, 3])
    for (const p of ev) {
      if (p.primitive?.part !== 'event') throw new Error('not an event point')
      expect(p.primitive.wakeMedianUs).toHaveLength(p.primitive.waiters)
      expect(p.latencyUs?.count).toBe(p.primitive.waiters * 2)
      expect(p.latencyUs!.p99).toBeGreaterThanOrEqual(p.latencyUs!.p50)
    }
    const [cond] = primitive(thread!, 'condition')
    expect(cond?.primitive).toMatchObject({ part: 'condition', capacity: 1, items: 300, consumedOnce: 300, duplicated: 0, missing: 0 })
    const [bar] = primitive(thread!, 'barrier')
    if (bar?.primitive?.part !== 'barrier') throw new Error('no barrier point')
    expect(bar.primitive).toMatchObject({ threads: 3, phases: 3, mixed: 0 })
    expect(bar.primitive.phaseMs).toHaveLength(3)
    expect(bar.primitive.waitMs.map((row) => row.length)).toEqual([3, 3, 3])
    for (const ms of [...bar.primitive.phaseMs, ...bar.primitive.waitMs.flat()]) expect(ms).toBeGreaterThanOrEqual(0)
    expect(bar.primitive.slowest.every((w) => w >= 0 && w < 3)).toBe(true)

    // Processes: IPC only; every thread-only part answered with its reason, never an error.
    expect(primitive(processRun!, 'queue').map((p) => (p.primitive?.part === 'queue' ? p.primitive.mechanism : ''))).toEqual(['ipc', 'ipc'])
    expect(processRun!.points.every((p) => p.primitive?.part === 'queue')).toBe(true)
    const answered = processRun!.unavailable ?? []
    expect(answered.map((u) => u.what)).toEqual(['semaphore', 'event', 'condition', 'barrier'])
    for (const u of answered) expect(u.reason).toMatch(/^threads only: Node processes cannot share memory/)
  }, 60_000)

  it('a cancel while the threads are busy inside the semaphore ends the run as aborted, with what was measured kept', async () => {
    const controller = new AbortController()
    const report = await runSuite(
      [{ workload: { workload: 'primitives', parts: ['semaphore'], threads: 4, acquiresPerThread: 100_000, sectionSpins: 100_000, waitTimeoutMs: 60_000 }, runtimes: ['thread'], repeat: 1, warmup: 0 }],
      // Cancelled once the run has started and its threads are inside the part.
      { signal: controller.signal, onEvent: (e) => void (e.type === 'run-started' && setTimeout(() => controller.abort(), 300)) },
    )
    expect(report.runs.map((r) => r.status)).toEqual(['aborted'])
  }, 30_000)

  it('a semaphore point above its limit fails the run loudly', () => {
    const points: unknown[] = []
    const env = { run: { addPoint: (p: unknown) => points.push(p) }, lockRounds: [] } as unknown as PartEnv
    const point = primitivePoint({
      workers: 3, variant: 'semaphore', settings: { limit: 1 }, samplesMs: [1], seed: 0,
      check: semaphoreCheck(1, 2), primitive: { part: 'semaphore', limit: 1, threads: 3, maxInFlight: 2, acquires: 3 },
    })
    expect(() => addChecked(env, point)).toThrow(CheckFailedError)
    expect(points).toHaveLength(1) // recorded, then the run stops
  })
})

