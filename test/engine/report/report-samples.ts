/**
 * Reports for the report/exporter/compare tests, built from the shared fixture: a full suite
 * (main, thread and process sweeps with a warning), a micro experiment with cases (mechanism ×
 * payload size, latency percentiles, throughput), and variants for other machines.
 */
import type { Point, Report, Run } from '../../../src-shared/report'
import { makeMachine, makePoint, makeReport, makeRun } from '../../fixtures/report-fixture'

export function suiteReport(): Report {
  const main = makeRun({
    id: 'prime-main-1',
    runtime: 'main',
    settings: { serialization: 'none', warmup: 1, repeat: 3, taskTimeoutMs: 120_000 },
    overhead: null,
    points: [makePoint(1, { samplesMs: [190, 200, 210], stats: { n: 3, median: 200, mean: 200, stddev: 10, min: 190, max: 210, ci95: [175.16, 224.84] }, timeline: undefined })],
  })
  const thread = makeRun({
    points: [makePoint(1, { speedupVsBaseline: 2 }), makePoint(2, { speedupVsBaseline: 3.92, speedupCi95: [1.78, 2.15] })],
    amdahl: { serialFraction: 0.02, maxSpeedup: 50, fittedWorkers: [1, 2], rmse: 0.001 },
  })
  const process = makeRun({
    id: 'prime-process-1',
    runtime: 'process',
    settings: { serialization: 'advanced', warmup: 1, repeat: 3, taskTimeoutMs: 120_000 },
    points: [
      makePoint(1, { speedupVsBaseline: 1.9, samplesMs: [105, 104, 106], stats: { n: 3, median: 105, mean: 105, stddev: 1, min: 104, max: 106, ci95: [102.52, 107.48] } }),
      makePoint(2, { speedupVsBaseline: 3.6, speedup: 1.89, timeline: undefined, samplesMs: [56, 55, 57], stats: { n: 3, median: 56, mean: 56, stddev: 1, min: 55, max: 57, ci95: [53.52, 58.48] } }),
    ],
  })
  return makeReport({
    label: 'alice-laptop',
    runs: [main, thread, process],
    warnings: [
      { code: 'outliers', runId: 'prime-thread-1', workers: 2, message: 'At 2 workers, 1 of 3 repetitions were far from the median.' },
      { code: 'machine-busy', message: 'The machine was busy.' },
    ],
  })
}

function ipcPoint(mechanism: string, payloadBytes: number, medianMs: number): Point {
  const ms = medianMs
  return {
    workers: 1,
    oversubscribed: false,
    samplesMs: [ms * 0.98, ms, ms * 1.02],
    stats: { n: 3, median: ms, mean: ms, stddev: ms * 0.02, min: ms * 0.98, max: ms * 1.02, ci95: [ms * 0.95, ms * 1.05] },
    speedup: null,
    efficiency: null,
    check: { expected: 1000, actual: 1000, ok: true, source: 'known-value' },
    mechanism,
    payloadBytes,
    payloadKind: 'bytes',
    latencyUs: { p50: ms * 1000, p90: ms * 1200, p99: ms * 2000, max: ms * 5000, mean: ms * 1100, count: 1000 },
    throughput: { value: payloadBytes / (ms * 1000), unit: 'MB/s' },
  }
}

export function microReport(): Report {
  const run: Run = makeRun({
    id: 'ipc-latency-thread-1',
    workload: 'ipc-latency',
    runtime: 'thread',
    config: { workload: 'ipc-latency', mechanisms: ['thread-clone', 'process-json'], payloads: [64, 65536], samples: 300, warmup: 30, maxMsPerPoint: 3000 },
    overhead: null,
    points: [ipcPoint('thread-clone', 64, 0.02), ipcPoint('thread-clone', 65536, 0.05), ipcPoint('process-json', 64, 0.06), ipcPoint('process-json', 65536, 0.4)],
    references: [{ name: 'perf bench sched pipe', variant: 'pipe', available: false, command: 'perf bench sched pipe', reason: 'perf is not installed' }],
  })
  return makeReport({ label: 'micro', runs: [run], host: { eventLoopDelayMs: { p50: 1.2, p99: 3.4, max: 9 }, resolutionMs: 1, samples: 100 } })
}

/** Another attendee's machine: every time scaled by `factor` (0.5 = twice as fast). */
export function scaledReport(label: string, factor: number, overrides: Partial<Report> = {}): Report {
  const base = suiteReport()
  const scale = (p: Point): Point => ({
    ...p,
    samplesMs: p.samplesMs.map((s) => s * factor),
    stats: {
      ...p.stats,
      median: p.stats.median * factor,
      mean: p.stats.mean * factor,
      stddev: p.stats.stddev * factor,
      min: p.stats.min * factor,
      max: p.stats.max * factor,
      ci95: [p.stats.ci95[0] * factor, p.stats.ci95[1] * factor],
    },
  })
  return {
    ...base,
    label,
    machine: makeMachine({ hostname: `${label}-host`, cpuModel: `${label} CPU` }),
    runs: base.runs.map((r) => ({ ...r, points: r.points.map(scale) })),
    ...overrides,
  }
}

/** The pre-release v0 format (migrate.ts): no warnings, warmup/repeat on the run, no serialization. */
export function v0Report(): Record<string, unknown> {
  const { warnings: _w, ...v1 } = makeReport()
  return {
    ...v1,
    version: 0,
    runs: v1.runs.map(({ settings, ...run }) => ({ ...run, warmup: settings.warmup, repeat: settings.repeat })),
  }
}
