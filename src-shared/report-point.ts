/**
 * What a point of a report holds: its time summary and interval, the answer's check, CPU time,
 * timelines and traces, latency and throughput, speedup intervals and the significance tests,
 * the harness overhead, the Amdahl fit and the schedule. Part of report v1 (report.ts re-exports
 * all of it); split out so that each file reads in one sitting.
 */
import { z } from 'zod'
import { RuntimeNameSchema, SCHEDULE_ORDERS } from './config'
import { MICRO_POINT_FIELDS } from './micro-report'
import { PRIMITIVES_POINT_FIELDS } from './primitives-report'
import { RACE_POINT_FIELDS } from './race-report'
import { HAZARD_POINT_FIELDS } from './hazards-report'
import { CRASH_POINT_FIELDS } from './crash-report'
import { DAEMON_POINT_FIELDS } from './daemon-report'
import { STARVATION_POINT_FIELDS } from './starvation-report'
import { PRIORITY_POINT_FIELDS } from './priority-report'
import { POOL_REUSE_POINT_FIELDS } from './pool-reuse-report'
import { LOCK_REENTRY_POINT_FIELDS } from './lock-reentry-report'
import { finite, nonNegative } from './numbers'

export const CI_METHODS = ['student-t-mean', 'bootstrap-percentile-median', 'range'] as const

export const SummarySchema = z.object({
  n: z.number().int().min(1),
  median: nonNegative,
  mean: nonNegative,
  stddev: nonNegative,
  min: nonNegative,
  max: nonNegative,
  /**
   * A 95% interval; what it is says `ciMethod`. Without `ciMethod` (reports before issue 14, and
   * micro-experiment figures) it is the Student-t interval of the mean. Sweep points now hold the
   * bootstrap interval of the median there, and below 5 samples the range [min, max]: old readers
   * keep showing a non-negative band that is honest about the spread.
   */
  ci95: z.tuple([finite, finite]),
  /** What `ci95` holds: `student-t-mean`, `bootstrap-percentile-median`, or `range` (too few samples for an interval). */
  ciMethod: z.enum(CI_METHODS).optional(),
  /** Why there is no interval (`ciMethod: 'range'`): `few-samples` = fewer than 5 repetitions. */
  ciUnavailable: z.enum(['few-samples']).optional(),
  /** Bootstrap resamples behind `ci95`; their seed derives from the run's `schedule.seed` (stats/random.ts deriveSeed). */
  ciResamples: z.number().int().min(1).optional(),
})
export type Summary = z.infer<typeof SummarySchema>

export const CheckSchema = z.object({
  /** What the answer must be; null when nothing independent was known. */
  expected: finite.nullable(),
  actual: finite.nullable(),
  ok: z.boolean(),
  /**
   * Where `expected` came from: a published value, a single-thread run, nothing, or `checksum`:
   * the bytes the workload itself wrote or served, every one read back and compared by CRC-32.
   */
  source: z.enum(['known-value', 'single-thread', 'none', 'checksum']),
})
export type Check = z.infer<typeof CheckSchema>

export const CpuTimeSchema = z.object({
  /** Median over repetitions of the CPU time spent by every participant (main, threads, children). */
  userMs: nonNegative,
  systemMs: nonNegative,
})

/** One chunk of work on one worker, for the load-imbalance timeline. */
export const SpanSchema = z.object({
  worker: z.number().int().min(0),
  startMs: nonNegative,
  endMs: nonNegative,
  label: z.string().max(200),
})
export type Span = z.infer<typeof SpanSchema>

/** Most spans a report keeps in its points' `traces` (all points together); the rest are counted, not kept. */
export const MAX_TRACE_SPANS = 20_000

/** One measured repetition's chunks, per worker, for the trace export (Chrome Trace Event JSON). */
export const TraceRepetitionSchema = z.object({
  /** Index among the point's measured repetitions (0 = first), parallel to `samplesMs`. */
  repetition: z.number().int().min(0),
  /** Schedule round it was taken in, where the run was interleaved. */
  round: z.number().int().min(0).optional(),
  /** Wall-clock start of the repetition (ms since the Unix epoch); spans are relative to it. */
  startedAtMs: nonNegative,
  spans: z.array(SpanSchema).max(10_000),
})
export type TraceRepetition = z.infer<typeof TraceRepetitionSchema>

/** Per-operation latency percentiles in microseconds, from an HDR histogram (stats/percentiles). */
export const LatencySchema = z.object({
  p50: nonNegative,
  p90: nonNegative,
  p99: nonNegative,
  max: nonNegative,
  mean: nonNegative,
  count: z.number().int().min(0),
  /**
   * 95% interval of the median operation (micro-experiments): the shared bootstrap of the median
   * from 5 operations, below that their range (`range`). Absent for I/O latencies and older reports.
   */
  p50Ci95: z.tuple([nonNegative, nonNegative]).optional(),
  p50CiMethod: z.enum(['bootstrap-percentile-median', 'range']).optional(),
})
export type Latency = z.infer<typeof LatencySchema>

/** Work done per second at the point's median time, e.g. `MB/s` (10^6 bytes) or `requests/s`. */
export const ThroughputSchema = z.object({
  value: nonNegative,
  unit: z.string().max(20),
})
export type Throughput = z.infer<typeof ThroughputSchema>

/** Why an interval is missing: too few samples on either side, or a point against itself. */
export const INTERVAL_UNAVAILABLE = ['few-samples', 'reference-itself'] as const
/**
 * Why Karp-Flatt is missing: one worker (0/0), a speedup of at most 1 (more workers did not help)
 * or at least the worker count (superlinear: cache effects, not a serial fraction), more workers
 * than cores (time-sharing), or no 1-worker reference.
 */
export const KARP_FLATT_UNAVAILABLE = ['one-worker', 'no-speedup', 'superlinear', 'oversubscribed', 'no-reference'] as const

/**
 * A Mann-Whitney U test of this point's times (A) against another point's (B): p-value, the
 * Holm-adjusted one (family: every comparison of the run configuration), effect sizes, verdict.
 */
export const ComparisonSchema = z.object({
  /** The other point: its runtime and worker count (the main-thread baseline has 1). */
  against: z.object({ runtime: RuntimeNameSchema, workers: z.number().int().min(1) }),
  test: z.literal('mann-whitney-u'),
  method: z.enum(['exact', 'asymptotic']),
  nA: z.number().int().min(1),
  nB: z.number().int().min(1),
  u: nonNegative,
  pValue: finite,
  pAdjusted: finite,
  alpha: finite,
  /** Smallest p-value these sample sizes allow; above alpha the verdict is `too-few-repetitions`. */
  minAchievableP: finite,
  /** Hodges-Lehmann estimate of this point's time over the other's (below 1: this one is faster). */
  ratio: nonNegative,
  /** Cliff's delta, from -1 (this one always faster) to 1 (always slower). */
  cliffsDelta: finite,
  verdict: z.enum(['faster', 'slower', 'no-clear-difference', 'too-few-repetitions']),
})
export type Comparison = z.infer<typeof ComparisonSchema>

export const PointSchema = z.object({
  workers: z.number().int().min(1),
  /** More workers than logical cores: time-sharing, not parallelism. */
  oversubscribed: z.boolean(),
  samplesMs: z.array(nonNegative).min(1),
  /** Wall-clock start (ms since the Unix epoch) of each sample, parallel to `samplesMs`. */
  samplesStartedAtMs: z.array(nonNegative).optional(),
  /** Schedule round of each sample, parallel to `samplesMs` (0 = first measured round); pairs samples across points. */
  samplesRound: z.array(z.number().int().min(0)).optional(),
  stats: SummarySchema,
  cpu: CpuTimeSchema.optional(),
  /** Against the 1-worker point of the same runtime (median over median). */
  speedup: finite.nullable(),
  /**
   * 95% interval of `speedup`: since issue 14 a bootstrap of the ratio of medians (paired by
   * schedule round when interleaved); null for the reference point itself or too few samples.
   */
  speedupCi95: z.tuple([finite, finite]).nullable().optional(),
  /** Why `speedupCi95` is null. */
  speedupCiUnavailable: z.enum(INTERVAL_UNAVAILABLE).optional(),
  /** Against the main-thread baseline run, when one was measured. */
  speedupVsBaseline: finite.nullable().optional(),
  /** 95% bootstrap interval of `speedupVsBaseline` (ratio of medians). */
  speedupVsBaselineCi95: z.tuple([finite, finite]).nullable().optional(),
  speedupVsBaselineCiUnavailable: z.enum(INTERVAL_UNAVAILABLE).optional(),
  /** speedup / workers, a fraction (displays show it as a percentage). */
  efficiency: finite.nullable(),
  /** Karp-Flatt experimentally determined serial fraction; null where it means nothing (see `karpFlattUnavailable`). */
  karpFlatt: finite.nullable().optional(),
  /** Why `karpFlatt` is null. */
  karpFlattUnavailable: z.enum(KARP_FLATT_UNAVAILABLE).optional(),
  /** Significance tests of this point against other points of the same run configuration (stats/significance.ts). */
  comparisons: z.array(ComparisonSchema).max(64).optional(),
  check: CheckSchema,
  /** Chunks of the last repetition, per worker. */
  timeline: z.array(SpanSchema).max(10_000).optional(),
  /** Every measured repetition's chunks (the trace export); capped per report at MAX_TRACE_SPANS. */
  traces: z.array(TraceRepetitionSchema).max(1000).optional(),
  /** Spans of this point left out of `traces` by the report's cap (MAX_TRACE_SPANS). */
  traceSpansOmitted: z.number().int().min(0).optional(),
  /** I/O workloads: work per second at the median time. */
  throughput: ThroughputSchema.optional(),
  /** I/O workloads: every operation of every measured repetition (a file write or read, a request). */
  latencyUs: LatencySchema.optional(),
  /** The same split by operation kind (`write`, `read`) where the kinds differ. */
  latencyByOpUs: z.record(z.string().max(40), LatencySchema).optional(),
  /** libuv's thread-pool size the workers of this point reported (UV_THREADPOOL_SIZE). */
  uvThreadpoolSize: z.number().int().min(1).optional(),
  /**
   * Global-lock mode (issue 16): per measured repetition, hand-overs of the lock between threads,
   * drops on request, and each worker's total wait for it (index = worker slot); medians over the
   * repetitions. A process's own lock is never handed over: 0 there.
   */
  globalLock: z.object({ handOvers: nonNegative, drops: nonNegative, waitMsByWorker: z.array(nonNegative).max(1024) }).optional(),
  /**
   * sleep's convoy mode (issue 16): the sleeping worker's wake-ups that ended while a busy worker
   * still ran, over every measured repetition, and how late they resumed (ms past the asked time).
   */
  convoy: z.object({ wakeUps: z.number().int().min(0), lateMs: z.object({ median: nonNegative, p90: nonNegative, p99: nonNegative }).nullable() }).optional(),
  /** shared-vs-messages: one update's share of a repetition (its time over every update), in µs, median and interval. */
  perUpdateUs: SummarySchema.optional(),
  /** spawn, ipc-latency, context-switch: variant, payload, memory, switch counts (micro-report.ts). */
  ...MICRO_POINT_FIELDS,
  /** primitives: what each part measured and checked (primitives-report.ts). */
  ...PRIMITIVES_POINT_FIELDS,
  /** race: expected vs actual totals, lost updates, time per increment (race-report.ts). */
  ...RACE_POINT_FIELDS,
  /** deadlock, livelock: how often, how found, the cycle; work against progress (hazards-report.ts). */
  ...HAZARD_POINT_FIELDS,
  /** crash-isolation: what survived a fault in a thread or a process (crash-report.ts). */
  ...CRASH_POINT_FIELDS,
  ...DAEMON_POINT_FIELDS,
  /** starvation: each thread's share and longest wait, starved threads (starvation-report.ts). */
  ...STARVATION_POINT_FIELDS,
  /** priority-inversion: the medium's work units while the high one waited (priority-report.ts). */
  ...PRIORITY_POINT_FIELDS,
  ...POOL_REUSE_POINT_FIELDS,
  /** lock-reentry: per lock kind and probe, the API tested and its outcome counts (lock-reentry-report.ts). */
  ...LOCK_REENTRY_POINT_FIELDS,
})
export type Point = z.infer<typeof PointSchema>

export const OverheadSchema = z.object({
  /** Round trip of an empty task through the same pool, per task. */
  emptyTaskRoundTripUs: SummarySchema,
  /** The same, as a share of the median per-chunk time of the 1-worker point. */
  shareOfChunk: finite.nullable(),
})

export const AmdahlFitSchema = z.object({
  serialFraction: finite,
  /** Highest speedup the fitted serial fraction allows with infinitely many workers. */
  maxSpeedup: finite.nullable(),
  /** Worker counts used for the fit (oversubscribed points are left out). */
  fittedWorkers: z.array(z.number().int().min(1)),
  rmse: nonNegative,
})
export type AmdahlFit = z.infer<typeof AmdahlFitSchema>

/**
 * The executed order of a run configuration's repetitions. `points` are `runtime:workers` keys.
 * Interleaved: `rounds[r]` lists indexes into `points` in the order round r took them; the first
 * `warmups` rounds are warm-ups. Sequential: no rounds; each point in `points` order takes its
 * warm-ups then its repetitions. A run that failed midway drops out of the later rounds.
 */
export const ScheduleSchema = z.object({
  order: z.enum(SCHEDULE_ORDERS),
  seed: z.number().int().min(0),
  warmups: z.number().int().min(0),
  repeats: z.number().int().min(1),
  points: z.array(z.string().max(100)).max(4096),
  rounds: z.array(z.array(z.number().int().min(0))).max(2000).optional(),
})
export type Schedule = z.infer<typeof ScheduleSchema>
