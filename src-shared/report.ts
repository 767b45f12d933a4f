/**
 * Report v1: the one schema every writer, reader, exporter and chart uses. Extend it only with
 * optional fields (old files must keep parsing); a breaking change means `version: 2` and a
 * migration.
 */
import { z } from 'zod'
import { RuntimeNameSchema, type OptionsOf, type WorkloadName, WorkloadNameSchema, WorkloadOptionsSchema } from './config'
import { MachineStateSchema } from './machine-state'
import { MICRO_POINT_FIELDS, MICRO_RUN_FIELDS } from './micro-report'

export const REPORT_SCHEMA_ID = 'concurrency-lab/report'
export const REPORT_VERSION = 1

const finite = z.number().refine(Number.isFinite, 'must be a finite number')
const nonNegative = finite.refine((n) => n >= 0, 'must not be negative')

export const SummarySchema = z.object({
  n: z.number().int().min(1),
  median: nonNegative,
  mean: nonNegative,
  stddev: nonNegative,
  min: nonNegative,
  max: nonNegative,
  /** 95% confidence interval of the mean (Student t); equal bounds when n = 1. */
  ci95: z.tuple([finite, finite]),
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

/** Per-operation latency percentiles in microseconds, from an HDR histogram (stats/percentiles). */
export const LatencySchema = z.object({
  p50: nonNegative,
  p90: nonNegative,
  p99: nonNegative,
  max: nonNegative,
  mean: nonNegative,
  count: z.number().int().min(0),
})
export type Latency = z.infer<typeof LatencySchema>

/** Work done per second at the point's median time, e.g. `MB/s` (10^6 bytes) or `requests/s`. */
export const ThroughputSchema = z.object({
  value: nonNegative,
  unit: z.string().max(20),
})
export type Throughput = z.infer<typeof ThroughputSchema>

export const PointSchema = z.object({
  workers: z.number().int().min(1),
  /** More workers than logical cores: time-sharing, not parallelism. */
  oversubscribed: z.boolean(),
  samplesMs: z.array(nonNegative).min(1),
  stats: SummarySchema,
  cpu: CpuTimeSchema.optional(),
  /** Against the 1-worker point of the same runtime (median over median). */
  speedup: finite.nullable(),
  speedupCi95: z.tuple([finite, finite]).nullable().optional(),
  /** Against the main-thread baseline run, when one was measured. */
  speedupVsBaseline: finite.nullable().optional(),
  efficiency: finite.nullable(),
  /** Karp-Flatt experimentally determined serial fraction; null for 1 worker. */
  karpFlatt: finite.nullable().optional(),
  check: CheckSchema,
  /** Chunks of the last repetition, per worker. */
  timeline: z.array(SpanSchema).max(10_000).optional(),
  /** I/O workloads: work per second at the median time. */
  throughput: ThroughputSchema.optional(),
  /** I/O workloads: every operation of every measured repetition (a file write or read, a request). */
  latencyUs: LatencySchema.optional(),
  /** The same split by operation kind (`write`, `read`) where the kinds differ. */
  latencyByOpUs: z.record(z.string().max(40), LatencySchema).optional(),
  /** libuv's thread-pool size the workers of this point reported (UV_THREADPOOL_SIZE). */
  uvThreadpoolSize: z.number().int().min(1).optional(),
  /** spawn, ipc-latency, context-switch: variant, payload, memory, switch counts (micro-report.ts). */
  ...MICRO_POINT_FIELDS,
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
 * How messages reached the workers: `json` | `advanced` for child processes, `structured-clone`
 * for threads and utility processes, `none` in-process, `per-mechanism` where the IPC experiment
 * records each point's own; v0 reports did not record it.
 */
export const SERIALIZATIONS = ['none', 'structured-clone', 'json', 'advanced', 'per-mechanism', 'unknown (v0 report)'] as const
export const SerializationSchema = z.enum(SERIALIZATIONS)
export type Serialization = z.infer<typeof SerializationSchema>

export const RunSettingsSchema = z.object({
  serialization: SerializationSchema,
  warmup: z.number().int().min(0),
  repeat: z.number().int().min(1),
  taskTimeoutMs: z.number().int().min(0),
  /** libuv's thread-pool size this run's workers reported, where the workload records it. */
  uvThreadpoolSize: z.number().int().min(1).optional(),
})

/** A run's workload with its options, typed together: `config` is that workload's options. */
export type RunIdentity = { [K in WorkloadName]: { workload: K; config: OptionsOf<K> } }[WorkloadName]

/** What a run carries by how it ended: an aborted or failed run always says why. */
export type RunOutcome =
  /** `error` here notes a problem after the figures were safe (a failed cleanup). */
  | { status: 'completed'; error?: string }
  | { status: 'aborted'; error: string }
  | { status: 'failed'; error: string }
export const RunStatusSchema = z.enum(['completed', 'aborted', 'failed'])
export type RunStatus = z.infer<typeof RunStatusSchema>

const RunObjectSchema = z.object({
  id: z.string().max(100),
  workload: WorkloadNameSchema,
  runtime: RuntimeNameSchema,
  /** The workload's own options, read back through its schema so tables can trust `config.hi`. */
  config: WorkloadOptionsSchema,
  settings: RunSettingsSchema,
  status: RunStatusSchema,
  error: z.string().max(10_000).optional(),
  startedAt: z.string(),
  finishedAt: z.string(),
  overhead: OverheadSchema.nullable(),
  points: z.array(PointSchema),
  amdahl: AmdahlFitSchema.nullable().optional(),
  /** Outside references (perf bench) and measurements this machine cannot make (micro-report.ts). */
  ...MICRO_RUN_FIELDS,
})

export type RunBody = Omit<z.infer<typeof RunObjectSchema>, 'workload' | 'config' | 'status' | 'error'>
export type Run = RunIdentity & RunBody & RunOutcome
/** The runs of one workload, with its options typed. */
export type RunOf<K extends WorkloadName> = Extract<RunIdentity, { workload: K }> & RunBody & RunOutcome

/** Said for an aborted or failed run from a file that recorded no reason (none of ours). */
export const NO_REASON_RECORDED = 'No reason was recorded.'

/**
 * One object schema (so a written report keeps its field order) refined into the typed union:
 * the config belongs to the run's own workload, and an aborted or failed run says why.
 */
export const RunSchema = RunObjectSchema.refine((run) => run.config.workload === run.workload, {
  message: "config belongs to another workload than the run's",
  path: ['config'],
}).transform((run) => (run.status !== 'completed' && run.error === undefined ? { ...run, error: NO_REASON_RECORDED } : run)) as unknown as z.ZodType<Run>

export const WARNING_CODES = [
  'outliers',
  'high-variance',
  'slow-first-run',
  'oversubscribed',
  'machine-busy',
  'check-failed',
  'few-samples',
  // The machine's state (machine-warnings.ts): once per report, no runId.
  'on-battery',
  'powersave-governor',
  'cpu-used-by-others',
  'hybrid-cores',
  'smt-shared-cores',
] as const
export const WarningSchema = z.object({
  code: z.enum(WARNING_CODES),
  message: z.string().max(2000),
  runId: z.string().max(100).optional(),
  workers: z.number().int().optional(),
})
export type ReportWarning = z.infer<typeof WarningSchema>
export type WarningCode = ReportWarning['code']

export const MachineSchema = z.object({
  cpuModel: z.string().max(300),
  logicalCores: z.number().int().min(1),
  availableParallelism: z.number().int().min(1),
  totalMemoryBytes: nonNegative,
  os: z.string().max(200),
  platform: z.string().max(40),
  arch: z.string().max(40),
  hostname: z.string().max(200).optional(),
  loadAverage: z.array(nonNegative).max(3).optional(),
  versions: z.object({
    node: z.string().max(40),
    v8: z.string().max(40),
    electron: z.string().max(40).optional(),
    chrome: z.string().max(40).optional(),
    lab: z.string().max(40),
  }),
  /** Cores, core types, governor, frequency, power and how busy other programs kept the CPU (machine-state.ts). */
  state: MachineStateSchema.optional(),
})
export type Machine = z.infer<typeof MachineSchema>

/**
 * How responsive the orchestrating process (Electron main, or the web server's Node) stayed while
 * the suite ran: perf_hooks.monitorEventLoopDelay over the whole suite. High values mean the
 * engine itself competed with the work it measured (and the UI would have stuttered).
 */
export const HostSchema = z.object({
  eventLoopDelayMs: z.object({ p50: nonNegative, p99: nonNegative, max: nonNegative }),
  /** Sampling interval of the monitor; delays below it are not seen. */
  resolutionMs: nonNegative,
  samples: z.number().int().min(0),
})
export type Host = z.infer<typeof HostSchema>

export const ReportSchema = z.object({
  schema: z.literal(REPORT_SCHEMA_ID),
  version: z.literal(REPORT_VERSION),
  createdAt: z.string(),
  /** A user-chosen name, e.g. the attendee's laptop in a workshop. */
  label: z.string().max(200).optional(),
  machine: MachineSchema,
  runs: z.array(RunSchema),
  warnings: z.array(WarningSchema),
  host: HostSchema.optional(),
})
export type Report = z.infer<typeof ReportSchema>
