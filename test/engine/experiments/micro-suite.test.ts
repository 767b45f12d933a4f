/**
 * The three micro-experiments end to end through `runSuite`, on real threads and processes, at a
 * tiny size: the report must validate, carry the figures for both runtimes, and every check pass.
 * No duration is asserted, only that figures exist and are consistent.
 */
import { describe, expect, it } from 'vitest'
import { ReportSchema } from '../../../src-shared/report'
import type { RunEvent } from '../../../src-shared/events'
import { runSuite } from '../../../src-main/engine/session'
import { formatReportTable } from '../../../src-main/engine/report/text/report-table'
import { childPidsOf, survivors } from '../../helpers/processes'

describe('micro-experiments through runSuite', () => {
  it('spawn, ipc-latency and context-switch produce valid figures for threads and processes', async () => {
    const events: RunEvent[] = []
    const report = await runSuite(
      [
        { workload: { workload: 'spawn', samples: 2, warmSamples: 5, memoryWorkers: 2 }, runtimes: ['main', 'thread', 'process'] },
        { workload: { workload: 'ipc-latency', payloads: [64, 4096], samples: 10, warmup: 2 }, runtimes: ['thread', 'process'] },
        {
          workload: { workload: 'context-switch', rounds: 200, oversubscription: [1, 2], busyIterations: 200_000, perf: false },
          runtimes: ['thread', 'process'],
          repeat: 1,
          warmup: 0,
        },
      ],
      { onEvent: (e) => events.push(e) },
    )
    expect(ReportSchema.safeParse(JSON.parse(JSON.stringify(report))).success).toBe(true)
    // The main thread has nothing to spawn: no run for it.
    expect(report.runs.map((r) => `${r.workload}/${r.runtime}`)).toEqual([
      'spawn/thread',
      'spawn/process',
      'ipc-latency/thread',
      'ipc-latency/process',
      'context-switch/thread',
      'context-switch/process',
    ])
    for (const run of report.runs) {
      expect(run.status, run.error).toBe('completed')
      expect(run.points.every((p) => p.check.ok)).toBe(true)
    }

    const spawn = report.runs.filter((r) => r.workload === 'spawn')
    for (const run of spawn) {
      expect(run.points.map((p) => p.variant)).toEqual(['cold-ready', 'cold-first-task', 'warm-pool'])
      const ready = run.points[0]!
      expect(ready.samplesMs).toHaveLength(2)
      expect(ready.memory?.method).toBe(run.runtime === 'thread' ? 'process-rss-delta' : 'child-rss')
      expect(ready.memory?.heapUsedBytes).toBeGreaterThan(0)
      // First task answered comes after the first message, spawn by spawn.
      run.points[1]!.samplesMs.forEach((ms, i) => expect(ms).toBeGreaterThanOrEqual(ready.samplesMs[i]!))
    }

    const ipc = report.runs.filter((r) => r.workload === 'ipc-latency')
    expect(ipc[0]!.points.map((p) => `${p.mechanism}:${p.payloadBytes}`)).toEqual([
      'thread-clone:64',
      'thread-clone:4096',
      'thread-transfer:64',
      'thread-transfer:4096',
      'message-channel:64',
      'message-channel:4096',
      'atomics:64',
      'atomics:4096',
    ])
    expect(ipc[1]!.points.map((p) => p.mechanism)).toEqual(['process-json', 'process-json', 'process-advanced', 'process-advanced'])
    for (const p of ipc.flatMap((r) => r.points)) {
      expect(p.latencyUs?.count).toBe(10)
      expect(p.latencyUs!.p50).toBeLessThanOrEqual(p.latencyUs!.p99)
      expect(p.throughput?.unit).toBe('MB/s')
    }

    const [threadSwitch, processSwitch] = report.runs.filter((r) => r.workload === 'context-switch')
    expect(threadSwitch!.points.map((p) => p.variant)).toEqual(['futex-pingpong', 'futex-one-thread', 'message-pingpong', 'oversubscription', 'oversubscription'])
    const over = threadSwitch!.points.filter((p) => p.variant === 'oversubscription')
    expect(over.map((p) => p.workers)).toEqual([report.machine.availableParallelism, 2 * report.machine.availableParallelism])
    expect(over[0]!.oversubscription?.excessMs).toBe(0)
    if (process.platform === 'linux') {
      expect(processSwitch!.points.map((p) => p.variant)).toEqual(['pipe-pingpong', 'pipe-one-thread', 'ipc-pingpong', 'oversubscription', 'oversubscription'])
      const futex = threadSwitch!.points[0]!
      // Each side sleeps at least once per round trip in most rounds: the OS counts it.
      expect(futex.switches?.thread.available).toBe(true)
      // The counters cover the 200 timed round trips and the 20 warm-up ones.
      expect(futex.operations).toBe(220)
      expect(futex.latencyUs?.count).toBe(200)
    }

    const table = formatReportTable(report)
    expect(table).toMatch(/Spawn cost/)
    expect(table).toMatch(/IPC latency/)
    expect(table).toMatch(/Context switches/)
    expect(table).toMatch(/Oversubscription/)
    expect(events.filter((e) => e.type === 'point')).toHaveLength(report.runs.reduce((n, r) => n + r.points.length, 0))
    // Every worker of every experiment is gone.
    expect(await survivors(childPidsOf(process.pid))).toEqual([])
  })

  it('a cancel keeps what was measured and marks the run aborted', async () => {
    const controller = new AbortController()
    const report = await runSuite([{ workload: { workload: 'ipc-latency', payloads: [64, 128, 256, 512], samples: 20, warmup: 0 }, runtimes: ['thread'] }], {
      signal: controller.signal,
      onEvent: (e) => {
        if (e.type === 'point') controller.abort('test')
      },
    })
    expect(report.runs[0]!.status).toBe('aborted')
    expect(report.runs[0]!.points.length).toBeGreaterThanOrEqual(1)
    expect(await survivors(childPidsOf(process.pid))).toEqual([])
  })
})
