/**
 * The sleep workload end to end through real runtimes: every runtime completes with its waits
 * checked, and a wait that ended early fails the check (the check is the answer, not a timing).
 */
import { describe, expect, it } from 'vitest'
import { sleepWorkload } from '../../../src-main/engine/experiments/sleep'
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
      for (const point of run.points) expect(point.check).toEqual({ expected: 20, actual: 20, ok: true, source: 'known-value' })
    }
  })

  it('fails the check of a repetition whose waits ended early', () => {
    const workload = sleepWorkload(SleepOptionsSchema.parse({ workload: 'sleep', tasks: 2, ms: 10 }))
    expect(workload.check([{ kind: 'sleep', waitedMs: 10.2 }, { kind: 'sleep', waitedMs: 3 }])).toEqual({ expected: 20, actual: 10, ok: false, source: 'known-value' })
    expect(workload.check([{ kind: 'sleep', waitedMs: 10.2 }])).toMatchObject({ ok: false })
    expect(workload.tasks(3)).toEqual([
      { kind: 'sleep', ms: 10, mode: 'sleep' },
      { kind: 'sleep', ms: 10, mode: 'sleep' },
    ])
  })
})
