/**
 * Synthetic reports for the verdict rules, built from figures recorded on this 2-core machine
 * (a run of the planned claims suite, claims-suite-measure.test.ts, 2026-11-30, heavily loaded):
 * each `RECORDED` value is copied from that report; the opposite cases change only what the rule
 * reads, so every rule is seen deciding both ways on realistic numbers.
 */
import type { Point, Report, Run, Summary } from '../../../src-shared/report'
import { WorkloadOptionsSchema } from '../../../src-shared/config'
import type { RuntimeName } from '../../../src-shared/runtime-names'
import { makePoint, makeReport, makeRun } from '../../fixtures/report-fixture'

export type Ci = readonly [number, number]

/** What the recorded report said (medians and 95% intervals as stored). */
export const RECORDED = {
  spawnColdReadyMs: { thread: { median: 80.03, ci: [62.68, 104.5] as Ci }, process: { median: 158.0, ci: [124.0, 208.0] as Ci } },
  roundTripUs: { thread: { p50: 15.28, ci: [15.23, 15.3] as Ci }, process: { p50: 9.72, ci: [9.69, 9.75] as Ci } },
  perUpdateUs: { threadShared: { median: 0.01, ci: [0.00886, 0.127] as Ci }, processMessages: { median: 26.56, ci: [21.06, 62.99] as Ci } },
  /** prime, 2 workers against 1: the loaded machine's thread interval straddles the threshold. */
  primeSpeedup: { thread: { x: 1.17, ci: [0.33, 1.62] as Ci }, pyThread: { x: 1.48, ci: [0.74, 3.65] as Ci }, process: { x: 0.46, ci: [0.19, 3.75] as Ci } },
  fetchSpeedup4: { mainAsync: { x: 4.27, ci: [2.19, 4.38] as Ci }, thread: { x: 3.5, ci: [3.39, 3.61] as Ci }, process: { x: 3.41, ci: [2.15, 3.68] as Ci } },
  fetchMs4: { mainAsync: { median: 92.41, ci: [91.93, 193.9] as Ci }, thread: { median: 101.6, ci: [96.83, 120.0] as Ci }, process: { median: 109.6, ci: [104.1, 172.4] as Ci } },
  fileSpeedup4: { thread: { x: 0.84, ci: [0.66, 2.14] as Ci } },
  race: {
    pyPlusEquals: { lost: 0, expected: 600_000, overlap: 0 },
    pyReadCallWrite: { lost: 412_514, expected: 600_000, overlap: 0.35 },
    unsafe: { lost: 222_859, expected: 600_000, overlap: 0.61 },
    mutex: { lost: 0, expected: 600_000, overlap: 0.75 },
  },
  deadlock: { naive: { deadlocked: 3, repetitions: 3 }, ordered: { deadlocked: 0, repetitions: 3 } },
  /** The last three claims' experiments and CPython's spawn per start method, recorded the same way (CONLAB_MEASURE_ONLY). */
  pySpawnColdReadyMs: { thread: { median: 0.0891, ci: [0.06, 0.194] as Ci }, fork: { median: 8.68, ci: [6.3, 10.64] as Ci }, spawn: { median: 123.5, ci: [103.4, 181.4] as Ci }, forkserver: { median: 97.44, ci: [80.45, 115.6] as Ci } },
  /** pool-reuse as planned (4 prime tasks a repetition, 5 repetitions): per-task ms both ways and spawn / pool (paired bootstrap). */
  poolReuse: {
    thread: { spawnMs: 56.83, poolMs: 0.0741, ratio: { median: 767.3, ci: [89.28, 898.2] as Ci } },
    process: { spawnMs: 180.3, poolMs: 0.218, ratio: { median: 826.6, ci: [738.2, 1356] as Ci } },
    pyThread: { spawnMs: 1.352, poolMs: 0.448, ratio: { median: 3.016, ci: [1.287, 6.804] as Ci } },
    pyProcess: { spawnMs: 6.725, poolMs: 0.732, ratio: { median: 9.186, ci: [8.548, 37.99] as Ci }, startMethod: 'fork' as const },
  },
  /** daemon, 3 rounds per exit way: survived k of 3 (every survivor ended by the lab), held exits of the non-daemon kinds. */
  daemon: {
    'py-daemon-thread': { normal: 0, sigkill: 0, held: 0 },
    'py-thread': { normal: 0, sigkill: 0, held: 3 },
    'py-daemon-process': { normal: 0, sigkill: 3, held: 0 },
    'py-process': { normal: 0, sigkill: 3, held: 3 },
  },
  /** lock-reentry on CPython's own locks, 5 repetitions, timeout 50 ms: the outcome every repetition ended in. */
  lockReentry: {
    lock: { reenter: 'timed-out', 'other-thread': 'timed-out', 'foreign-release': 'released' },
    rlock: { reenter: 'acquired', 'other-thread': 'timed-out', 'foreign-release': 'refused' },
  },
  python: { executable: '/root/.pyenv/versions/3.11.7/bin/python3.11', version: '3.11.7', implementation: 'CPython', gilEnabled: true, freeThreaded: false },
} as const

export function summary(median: number, ci: Ci, n = 5): Summary {
  return { n, median, mean: median, stddev: 0, min: ci[0], max: ci[1], ci95: [ci[0], ci[1]], ciMethod: 'bootstrap-percentile-median', ciResamples: 2000 }
}

export function point(workers: number, overrides: Partial<Point> = {}): Point {
  return { ...makePoint(1), workers, timeline: undefined, ...overrides } as Point
}

let nextId = 0
export function run(workload: string, runtime: RuntimeName, points: Point[], extra: Record<string, unknown> = {}): Run {
  const config = WorkloadOptionsSchema.parse({ workload })
  return makeRun({ id: `${workload}-${runtime}-${nextId++}`, workload, runtime, config, points, ...extra })
}

export const report = (runs: Run[], overrides: Partial<Report> = {}): Report => makeReport({ runs, ...overrides })

/** A sweep point with its speedup against 1 worker (and the 1-worker point it implies). */
export function sweep(workload: string, runtime: RuntimeName, workers: number, s: { x: number; ci: Ci }, extra: Record<string, unknown> = {}, time?: { median: number; ci: Ci }): Run {
  const t = time ?? { median: 100 / s.x, ci: [90 / s.x, 110 / s.x] as Ci }
  return run(workload, runtime, [point(1, { stats: summary(100, [90, 110]), speedup: 1 }), point(workers, { stats: summary(t.median, t.ci), speedup: s.x, speedupCi95: [s.ci[0], s.ci[1]] })], extra)
}

export interface RaceFig { lost: number; expected: number; overlap: number }

export function racePoint(variant: string, r: RaceFig): Point {
  return point(2, {
    variant,
    race: { incrementsPerWorker: r.expected / 6, repetitions: 3, expected: r.expected, actual: r.expected - r.lost, lost: r.lost, lostShare: r.lost / r.expected, lostByRepetition: [r.lost], exact: variant === 'mutex', overlapShare: r.overlap, nsPerIncrement: { median: 300, ci95: [200, 400] } },
  })
}
