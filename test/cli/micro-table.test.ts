/** The micro sections of the CLI table: counters absent on a platform print as n/a, never 0. */
import { describe, expect, it } from 'vitest'
import { type Point, ReportSchema, type Report, type Run } from '../../src-shared/report'
import { ContextSwitchOptionsSchema } from '../../src-shared/workloads/context-switch'
import { formatReportTable } from '../../src-main/engine/report/text/report-table'
import { formatBytes } from '../../src-main/engine/report/text/columns'
import { formatLatency } from '../../src-main/engine/report/text/micro-sections'
import { makeMachine } from '../fixtures/report-fixture'

const latency = { p50: 10, p90: 12, p99: 30, max: 50, mean: 11, count: 100 }

function point(overrides: Partial<Point>): Point {
  return {
    workers: 2,
    oversubscribed: false,
    samplesMs: [0.01, 0.012],
    stats: { n: 2, median: 0.011, mean: 0.011, stddev: 0.001, min: 0.01, max: 0.012, ci95: [0.002, 0.02] },
    speedup: null,
    efficiency: null,
    check: { expected: 100, actual: 100, ok: true, source: 'known-value' },
    latencyUs: latency,
    samplesKind: 'batch-mean',
    ...overrides,
  }
}

function run(runtime: Run['runtime'], points: Point[], extra: Record<string, unknown> = {}): Run {
  // Extras may set any status with its error: built as the reader would see it, then cast.
  return {
    id: `context-switch-${runtime}`,
    workload: 'context-switch',
    runtime,
    config: ContextSwitchOptionsSchema.parse({ workload: 'context-switch' }),
    settings: { serialization: 'structured-clone', warmup: 0, repeat: 1, taskTimeoutMs: 1000 },
    status: 'completed',
    startedAt: '2025-01-01T00:00:00.000Z',
    finishedAt: '2025-01-01T00:00:01.000Z',
    overhead: null,
    points,
    amdahl: null,
    ...extra,
  } as Run
}

function report(runs: Run[]): Report {
  return ReportSchema.parse({ schema: 'concurrency-lab/report', version: 1, createdAt: '2025-01-01T00:00:00.000Z', machine: makeMachine({ platform: 'win32' }), runs, warnings: [] })
}

describe('context-switch section', () => {
  it('prints absent counters as n/a and says why, and present ones per round trip', () => {
    const absent = { available: false as const, reason: 'Windows does not count context switches per process' }
    const text = formatReportTable(
      report([
        run('thread', [
          point({ variant: 'futex-pingpong', operations: 100, switches: { thread: absent, process: absent } }),
          point({ variant: 'message-pingpong', workers: 1, operations: 100, switches: { thread: absent, process: { available: true, voluntary: 250, involuntary: 5 } } }),
        ], {
          references: [{ name: 'perf bench sched pipe', variant: 'thread', available: false, command: 'perf bench sched pipe -T -l 20000', reason: 'perf bench exists only on Linux; this is win32' }],
          unavailable: [{ what: 'pipe-pingpong', reason: 'Windows has no POSIX named pipes' }],
        }),
      ]),
    )
    const futexRow = text.split('\n').find((line) => line.startsWith('futex-pingpong'))!
    expect(futexRow).toMatch(/n\/a +n\/a +n\/a$/)
    expect(futexRow).not.toMatch(/0\.00/)
    expect(text.split('\n').find((line) => line.startsWith('message-pingpong'))).toMatch(/n\/a +n\/a +2\.50$/)
    expect(text).toMatch(/some switch counters are not available here — Windows/)
    expect(text).toMatch(/perf bench sched pipe -T -l 20000: unavailable — perf bench exists only on Linux/)
    expect(text).toMatch(/pipe-pingpong not measured — Windows has no POSIX named pipes/)
  })
})

describe('formatting', () => {
  it('writes sizes in binary units and tiny latencies in nanoseconds', () => {
    expect([64, 1024, 65_536, 1024 ** 2, 1536].map((b) => formatBytes(b))).toEqual(['64 B', '1 KiB', '64 KiB', '1 MiB', '1.5 KiB'])
    expect(formatLatency(0.35)).toBe('350 ns')
    expect(formatLatency(12)).toBe('12.0 µs')
  })
})
