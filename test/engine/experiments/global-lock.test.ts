/**
 * Global-lock mode through the real engine (issue 16): answers still checked, the setting recorded
 * beside the figures, threads share one lock while each process has its own (never handed over),
 * and a cancel ends a run whose threads wait for the lock. Never a duration.
 */
import { describe, expect, it } from 'vitest'
import { RunConfigSchema } from '../../../src-shared/config'
import { runSuite } from '../../../src-main/engine/session'

describe('global-lock mode', () => {
  it('prime: every answer checked, the setting recorded, processes never hand their own lock over', async () => {
    const report = await runSuite([
      { workload: { workload: 'prime', hi: 1_000_000, method: 'trial', chunking: 'dynamic', chunksPerWorker: 4 }, runtimes: ['main', 'thread', 'process'], workers: [1, 2], repeat: 2, warmup: 0, globalLock: true, switchIntervalMs: 0 },
    ])
    expect(report.runs.map((r) => [r.runtime, r.status])).toEqual([
      ['main', 'completed'],
      ['thread', 'completed'],
      ['process', 'completed'],
    ])
    for (const run of report.runs) {
      expect(run.settings.globalLock).toEqual({ switchIntervalMs: 0 })
      for (const point of run.points) {
        expect(point.check).toMatchObject({ ok: true, expected: 78_498, actual: 78_498 })
        expect(point.globalLock).toBeDefined()
        expect(point.globalLock!.waitMsByWorker).toHaveLength(point.workers)
        // One thread alone, the main thread, or a process with its lock to itself: nobody to hand it to.
        if (run.runtime !== 'thread' || point.workers === 1) expect(point.globalLock!.handOvers).toBe(0)
      }
    }
  })

  it('is off by default and then leaves no trace in the figures', async () => {
    const report = await runSuite([{ workload: { workload: 'prime', hi: 100_000 }, runtimes: ['thread'], workers: [2], repeat: 1, warmup: 0 }])
    expect(report.runs[0]!.settings.globalLock).toBeUndefined()
    expect(report.runs[0]!.points[0]!.globalLock).toBeUndefined()
  })

  it('sleep and file I/O complete under the lock on threads and the event loop (their waits release it)', async () => {
    const report = await runSuite([
      { workload: { workload: 'sleep', tasks: 4, ms: 5 }, runtimes: ['main-async', 'thread'], workers: [2], repeat: 1, warmup: 0, globalLock: true },
      { workload: { workload: 'file-io', tasks: 2, files: 2, fileSize: 4096, blockSize: 1024 }, runtimes: ['main-async', 'thread'], workers: [2], repeat: 1, warmup: 0, globalLock: true },
    ])
    expect(report.runs.map((r) => [r.workload, r.runtime, r.status])).toEqual([
      ['sleep', 'main-async', 'completed'],
      ['sleep', 'thread', 'completed'],
      ['file-io', 'main-async', 'completed'],
      ['file-io', 'thread', 'completed'],
    ])
    for (const run of report.runs) expect(run.points[0]!.check.ok).toBe(true)
  })

  it('a cancel ends a run whose threads compute and wait under the lock', async () => {
    const controller = new AbortController()
    const report = await runSuite(
      [{ workload: { workload: 'prime', hi: 100_000_000, method: 'sieve' }, runtimes: ['thread'], workers: [2], repeat: 50, warmup: 0, globalLock: true, switchIntervalMs: 1000 }],
      { signal: controller.signal, onEvent: (event) => (event.type === 'progress' ? controller.abort() : undefined) },
    )
    expect(report.runs[0]!.status).toBe('aborted')
  })

  it('is refused, with the reason, where it does not apply', () => {
    const parsed = RunConfigSchema.safeParse({ workload: { workload: 'context-switch' }, runtimes: ['thread'], globalLock: true })
    expect(parsed.success).toBe(false)
    expect(parsed.error?.issues[0]?.path).toEqual(['globalLock'])
    expect(RunConfigSchema.safeParse({ workload: { workload: 'prime' }, runtimes: ['thread'], switchIntervalMs: 1001 }).success).toBe(false)
  })
})
