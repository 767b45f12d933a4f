/**
 * The sleep workload end to end through real runtimes: every runtime completes with its answers
 * checked (a sleep's full time, a busy loop's checksum), and a wrong answer fails the check.
 */
import { describe, expect, it } from 'vitest'
import { sleepWorkload } from '../../../src-main/engine/experiments/sleep'
import { spin } from '../../../src-workers/kernels/busy'
import { runSuite } from '../../../src-main/engine/session'
import { SleepOptionsSchema } from '../../../src-shared/workloads/sleep'

describe('sleep workload', () => {
  it.each(['sleep', 'spin'] as const)('runs in %s mode on the main thread, its event loop, threads and processes, every wait checked', async (mode) => {
    const report = await runSuite([
      { workload: { workload: 'sleep', tasks: 4, ms: 5, mode }, runtimes: ['main', 'main-async', 'thread', 'process'], workers: [1, 2], repeat: 1, warmup: 0 },
    ])
    expect(report.runs.map((r) => [r.runtime, r.status])).toEqual([
      ['main', 'completed'],
      ['main-async', 'completed'],
      ['thread', 'completed'],
      ['process', 'completed'],
    ])
    for (const run of report.runs) {
      expect(run.config).toEqual({ workload: 'sleep', tasks: 4, ms: 5, mode })
      for (const point of run.points) {
        expect(point.check).toEqual({ expected: 4, actual: 4, ok: true, source: mode === 'spin' ? 'single-thread' : 'known-value' })
        // The loop's size is recorded beside the figures it decides.
        if (mode === 'spin') expect(point.settings?.busyIterationsPerTask).toBeGreaterThan(0)
        else expect(point.settings).toBeUndefined()
      }
    }
  })

  it('fails the check of a repetition whose sleep ended early or whose answer is missing', () => {
    const workload = sleepWorkload(SleepOptionsSchema.parse({ workload: 'sleep', tasks: 2, ms: 10 }))
    expect(workload.check([{ kind: 'sleep', waitedMs: 10.2 }, { kind: 'sleep', waitedMs: 3 }])).toEqual({ expected: 2, actual: 1, ok: false, source: 'known-value' })
    expect(workload.check([{ kind: 'sleep', waitedMs: 10.2 }])).toMatchObject({ ok: false })
    expect(workload.tasks(3)).toEqual([
      { kind: 'sleep', ms: 10 },
      { kind: 'sleep', ms: 10 },
    ])
  })

  it('sizes the busy loop before the sweep and fails a checksum that differs from the reference', async () => {
    const workload = sleepWorkload(SleepOptionsSchema.parse({ workload: 'sleep', tasks: 2, ms: 3, mode: 'spin' }))
    await workload.prepare?.(new AbortController().signal)
    const [task] = workload.tasks(1)
    expect(task).toMatchObject({ kind: 'busy' })
    const iterations = task!.kind === 'busy' ? task!.iterations : 0
    const right = spin(iterations)
    expect(workload.check([{ kind: 'busy', checksum: right }, { kind: 'busy', checksum: right }])).toMatchObject({ ok: true, actual: 2 })
    expect(workload.check([{ kind: 'busy', checksum: right }, { kind: 'busy', checksum: right ^ 1 }])).toMatchObject({ ok: false, actual: 1 })
  })
})
