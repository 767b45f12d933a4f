/**
 * The run configuration schema: one zod definition used by the CLI, the engine, the web server
 * and the renderer's forms, so that a value is judged the same way wherever it is typed in. The
 * workloads' own options live in src-shared/workloads/, one file each.
 */
import { z } from 'zod'
import { CLAIM_IDS } from './claims/claim-ids'
import { RuntimeNameSchema } from './runtime-names'
import { RUNTIME_TRAITS } from './runtime-traits'
import { MAX_PYTHONS, PYTHON_ALL, StartMethodSchema } from './python'
import { WORKLOADS, WorkloadOptionsSchema } from './workloads'
import { refinement } from './validation-messages'
import { DEFAULT_SWITCH_INTERVAL_MS, SWITCH_INTERVAL_MAX_MS, globalLockApplies } from './global-lock-mode'

export { RUNTIME_NAMES, RuntimeNameSchema, type RuntimeName } from './runtime-names'
export { WORKLOAD_NAMES, WorkloadNameSchema, WorkloadOptionsSchema, type OptionsOf, type WorkloadName, type WorkloadOptions } from './workloads'

export const MAX_WORKERS = 256
/** The most cores a run may be limited to; the engine also refuses more than its process may use. */
export const MAX_CORES = 1024

export const SCHEDULE_ORDERS = ['interleaved', 'sequential'] as const
export type ScheduleOrder = (typeof SCHEDULE_ORDERS)[number]

/** Worker counts to sweep: an explicit list, or `auto` (1, 2, 4, ... cores, plus 2x cores). */
export const WorkerCountsSchema = z.union([
  z.literal('auto'),
  z
    .array(z.number().int().min(1).max(MAX_WORKERS))
    .min(1)
    .max(32)
    .transform((xs) => [...new Set(xs)].sort((a, b) => a - b)),
], { error: `must be "auto" or a list of 1 to 32 worker counts, each a whole number from 1 to ${MAX_WORKERS}` })
export type WorkerCounts = z.infer<typeof WorkerCountsSchema>

export const RunConfigSchema = z.object({
  workload: WorkloadOptionsSchema,
  runtimes: z
    .array(RuntimeNameSchema)
    .min(1)
    .transform((xs) => [...new Set(xs)]),
  workers: WorkerCountsSchema.default('auto'),
  repeat: z.number().int().min(1).max(1000).default(5),
  warmup: z.number().int().min(0).max(100).default(1),
  /** A task that takes longer fails with a timeout and its worker is replaced. */
  taskTimeoutMs: z.number().int().min(10).max(3_600_000).default(120_000),
  /** `child_process.fork` serialization; recorded with every process figure. */
  serialization: z.enum(['json', 'advanced']).default('advanced'),
  /**
   * UV_THREADPOOL_SIZE given to child-process workers (libuv's pool runs async fs calls, so it
   * bounds their parallelism). Threads and the main thread share the lab's own pool, fixed when
   * the lab started; every run records the size its workers actually had.
   */
  uvThreadpoolSize: z.number().int().min(1).max(1024).optional(),
  /**
   * In which order a sweep takes its repetitions: `interleaved` (every runtime x worker-count point
   * once per round, rounds shuffled) so that a machine that warms up, throttles or gets busy
   * halfway hits every point alike; `sequential` measures one point to the end before the next.
   */
  order: z.enum(SCHEDULE_ORDERS).default('interleaved'),
  /**
   * Limits the run to this many cores (the first ones the lab may use) where the OS allows it:
   * Linux restricts the engine's whole process for the run (measure/process-affinity.ts). Left
   * out: every core. One core shows concurrency without parallelism.
   */
  cores: z.number().int().min(1).max(MAX_CORES).optional(),
  /** `--python PATH`: the interpreter the py-* runtimes use (else the first one found). */
  python: z.string().min(1).max(4096).optional(),
  /**
   * Several interpreters side by side (`--python` given more than once, or `--python all`, the app's
   * multi-select): each py-* runtime runs once per interpreter, each run recording its own.
   * `all` = every usable interpreter found. Takes the place of `python` when both are given.
   */
  pythons: z.union([z.literal(PYTHON_ALL), z.array(z.string().min(1).max(4096)).min(1).max(MAX_PYTHONS)]).optional(),
  /** py-process: how `multiprocessing` starts the pool's processes (else the interpreter's default). */
  startMethod: StartMethodSchema.optional(),
  /** Seeds the schedule's shuffle and the bootstrap intervals; a fresh one is drawn (and recorded) when left out. */
  seed: z.number().int().min(0).max(2 ** 32 - 1).optional(),
  /**
   * Global-lock mode (issue 16): every worker thread of a run computes under one lock, as CPython's
   * threads do under its GIL; each process has its own. Off by default.
   */
  globalLock: z.boolean().default(false),
  /** How long a thread waits for the global lock before asking its holder to drop it (CPython's `sys.getswitchinterval()`, 5 ms). */
  switchIntervalMs: z.number().int().min(0).max(SWITCH_INTERVAL_MAX_MS).default(DEFAULT_SWITCH_INTERVAL_MS),
  /** The tutorials' claims this configuration was planned for (issue 18); each of its runs carries them. */
  claims: z.array(z.enum(CLAIM_IDS)).max(CLAIM_IDS.length).optional(),
}).refine((config) => !WORKLOADS[config.workload.workload].workersOnly || config.runtimes.some((r) => !RUNTIME_TRAITS[r].onEngineThread), {
  message: 'this experiment measures workers: choose thread, process or utility (the main thread has nothing to spawn, message or switch to)',
  path: ['runtimes'],
  ...refinement('workersOnly'),
}).refine((config) => !config.globalLock || globalLockApplies(config.workload.workload), {
  message: 'the global lock applies to prime, file-io, network-fetch, sleep and the shared-state experiments (race, locks, primitives, shared-vs-messages) only: the other experiments drive their own threads without it',
  path: ['globalLock'],
  ...refinement('globalLockNotApplicable'),
}).refine((config) => !(config.workload.workload === 'sleep' && config.workload.mode === 'convoy') || config.runtimes.every((r) => !RUNTIME_TRAITS[r].onEngineThread), {
  message: 'the convoy mode runs a sleeping worker beside busy ones: choose thread or process (on the main thread the tasks do not run side by side)',
  path: ['runtimes'],
  ...refinement('convoyNeedsWorkers'),
})
export type RunConfig = z.infer<typeof RunConfigSchema>
export type RunConfigInput = z.input<typeof RunConfigSchema>

/** Formats the first zod issue as `path: message`, the shape every front door shows. */
export function describeZodError(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const path = issue.path.length > 0 ? issue.path.join('.') : '(root)'
      return `${path}: ${issue.message}`
    })
    .join('; ')
}
