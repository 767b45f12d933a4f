/**
 * Report v1: the one schema every writer, reader, exporter and chart uses. Extend it only with
 * optional fields (old files must keep parsing); a breaking change means `version: 2` and a
 * migration.
 */
import { z } from 'zod'
import { CLAIM_IDS } from './claims/claim-ids'
import { ClaimVerdictSchema, MAX_REPORT_CLAIMS } from './claims/claim-verdict'
import { RuntimeNameSchema, type OptionsOf, type WorkloadName, WorkloadNameSchema, WorkloadOptionsSchema } from './config'
import { MachineStateSchema } from './machine-state'
import { LaneTimelineSchema } from './lane-timeline-schema'
import { MAX_PART_TIMELINES } from './lane-timeline'
import { MICRO_RUN_FIELDS } from './micro-report'
import type { EngineMessage } from './engine-message'
import { EngineMessageSchema } from './engine-message-schema'
import { PythonInterpreterSchema, PythonRunInfoSchema } from './python'

export const REPORT_SCHEMA_ID = 'concurrency-lab/report'
export const REPORT_VERSION = 1

import { nonNegative } from './numbers'

export * from './report-point'
import { AmdahlFitSchema, OverheadSchema, PointSchema, ScheduleSchema } from './report-point'

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
  /** The CPython runtimes: the interpreter (version, build, GIL) and start method behind the figures. */
  python: PythonRunInfoSchema.optional(),
  /** Global-lock mode, when the run had it on (issue 16): the switch interval its threads used. */
  globalLock: z.object({ switchIntervalMs: z.number().min(0) }).optional(),
})

/** A run's workload with its options, typed together: `config` is that workload's options. */
export type RunIdentity = { [K in WorkloadName]: { workload: K; config: OptionsOf<K> } }[WorkloadName]

/**
 * What a run carries by how it ended: an aborted or failed run always says why. `error` is the
 * English text every report stores; `errorMessage`, the same as a catalogue code with parameters
 * (engine-message.ts), lets a display say it in the reader's language. Files written before it,
 * and texts the engine cannot word as a code, have the text only.
 */
export type RunOutcome =
  /** `error` here notes a problem after the figures were safe (a failed cleanup). */
  | { status: 'completed'; error?: string; errorMessage?: EngineMessage }
  | { status: 'aborted'; error: string; errorMessage?: EngineMessage }
  | { status: 'failed'; error: string; errorMessage?: EngineMessage }
export const RunStatusSchema = z.enum(['completed', 'aborted', 'failed'])
export type RunStatus = z.infer<typeof RunStatusSchema>

/**
 * The logical CPUs the lab could run on, and how that was set: `cpus-flag` = `--cpus N` applied
 * (Linux: the lab re-ran itself under taskset), `cores-field` = the run configuration's `cores`
 * applied to the engine's whole process for the run (the app and web mode), `inherited` = as the
 * lab was started. A request that could not be applied says why: Windows without the lab asking
 * for it (`windows-no-affinity`; reports before PowerShell was used say it for every request),
 * PowerShell missing or failing (`no-powershell`), macOS (no affinity API), another platform, a lab that was not
 * restarted for it, no `taskset` to apply it with, or a restriction the kernel did not show after.
 */
export const CPUS_NOT_APPLIED = ['windows-no-affinity', 'macos-no-affinity', 'unsupported-platform', 'not-restarted', 'no-taskset', 'not-taken', 'no-powershell'] as const
export type CpusNotApplied = (typeof CPUS_NOT_APPLIED)[number]
export const CpusAllowedSchema = z.object({
  cpus: z.union([z.object({ value: z.array(z.number().int().min(0)).min(1).max(4096) }), z.object({ unknown: z.string().max(500), unknownMessage: EngineMessageSchema.optional() })]),
  setBy: z.enum(['cpus-flag', 'cores-field', 'inherited']),
  requested: z.number().int().min(1).optional(),
  /** Who asked for `requested` cores; absent in reports written before the app could (= `--cpus`). */
  requestedBy: z.enum(['cpus-flag', 'cores-field']).optional(),
  notApplied: z.enum(CPUS_NOT_APPLIED).optional(),
})
export type CpusAllowed = z.infer<typeof CpusAllowedSchema>

/** Whether the engine's process can restrict its cores for a run (the run form's Cores field), and how many it may use. */
export const CoreControlSchema = z.union([
  z.object({ available: z.literal(true), maxCores: z.number().int().min(1) }),
  z.object({ available: z.literal(false), reason: z.enum(CPUS_NOT_APPLIED), maxCores: z.number().int().min(1) }),
])
export type CoreControl = z.infer<typeof CoreControlSchema>

const RunObjectSchema = z.object({
  id: z.string().max(100),
  workload: WorkloadNameSchema,
  runtime: RuntimeNameSchema,
  /** The workload's own options, read back through its schema so tables can trust `config.hi`. */
  config: WorkloadOptionsSchema,
  settings: RunSettingsSchema,
  status: RunStatusSchema,
  error: z.string().max(10_000).optional(),
  errorMessage: EngineMessageSchema.optional(),
  startedAt: z.string(),
  finishedAt: z.string(),
  overhead: OverheadSchema.nullable(),
  points: z.array(PointSchema),
  amdahl: AmdahlFitSchema.nullable().optional(),
  /**
   * Why `amdahl` is null: `too-few-points` (no point with 1 < workers <= cores), `speedup-out-of-range`
   * (none of those has 1 < speedup < workers, where Amdahl's serial fraction lies strictly in (0, 1)).
   */
  amdahlUnavailable: z.enum(['too-few-points', 'speedup-out-of-range']).optional(),
  /** In which order this run's repetitions were taken, shared by every run of its configuration. */
  schedule: ScheduleSchema.optional(),
  /** The shared-state experiments' last lane timeline (what each worker did), for the view afterwards. */
  lanes: LaneTimelineSchema.optional(),
  /**
   * Primitives: one timeline per part (each the part's most contended traced point), in the order
   * the parts ran; `lanes` stays the run's single most contended one, for readers of older reports.
   */
  lanesByPart: z.array(LaneTimelineSchema).max(MAX_PART_TIMELINES).optional(),
  /** The tutorials' claims this run was measured for (issue 18): its configuration's `claims`. */
  claims: z.array(z.enum(CLAIM_IDS)).max(CLAIM_IDS.length).optional(),
  /** The cores this run was restricted to by its configuration's `cores` (absent: as the suite's machine says). */
  cpusAllowed: CpusAllowedSchema.optional(),
  /** Outside references (perf bench) and measurements this machine cannot make (micro-report.ts). */
  ...MICRO_RUN_FIELDS,
})

export type RunBody = Omit<z.infer<typeof RunObjectSchema>, 'workload' | 'config' | 'status' | 'error' | 'errorMessage'>
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
  // The schedule (stats/drift.ts): a point's samples trend over the run.
  'drift',
  // A run's `cores` could not be applied here (run-cores.ts): it ran on every core.
  'cores-not-applied',
  // A py-* runtime left out: no interpreter found, or no Python kernel for the workload (python-plan.ts).
  'python-not-found',
  'python-not-applicable',
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
  /** The CPUs the lab was allowed to use, and whether `--cpus` restricted them. */
  cpusAllowed: CpusAllowedSchema.optional(),
  /** Asked by the run form (getMachine), not written into reports: can a run's cores be limited here. */
  coreControl: CoreControlSchema.optional(),
  /** The Python interpreters found (src-main/engine/runtimes/python/discover.ts), usable or not. */
  pythons: z.array(PythonInterpreterSchema).max(50).optional(),
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
  /** The verdicts of the claims this suite settled (`conlab claims`, the Claims screen), decided from its runs. */
  claims: z.array(ClaimVerdictSchema).max(MAX_REPORT_CLAIMS).optional(),
})
export type Report = z.infer<typeof ReportSchema>
