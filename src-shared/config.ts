/**
 * The run configuration schema: one zod definition used by the CLI, the engine, the web server
 * and the renderer's forms, so that a value is judged the same way wherever it is typed in.
 */
import { z } from 'zod'
import { FileIoOptionsSchema, NetworkFetchOptionsSchema } from './io-options'
import { ContextSwitchOptionsSchema, IpcLatencyOptionsSchema, SpawnOptionsSchema } from './micro-options'

/**
 * Where a run's work executes. `main` runs the kernel on the orchestrator's own thread, one task
 * at a time (the 1-point baseline). `main-async` runs tasks on the same thread interleaved on its
 * event loop: its "workers" are the tasks kept in flight, swept like worker counts.
 */
export const RUNTIME_NAMES = ['main', 'main-async', 'thread', 'process', 'utility'] as const
export const RuntimeNameSchema = z.enum(RUNTIME_NAMES)
export type RuntimeName = z.infer<typeof RuntimeNameSchema>

export const WORKLOAD_NAMES = ['prime', 'file-io', 'network-fetch', 'spawn', 'ipc-latency', 'context-switch'] as const
export const WorkloadNameSchema = z.enum(WORKLOAD_NAMES)
export type WorkloadName = z.infer<typeof WorkloadNameSchema>

/** Biggest prime-search bound we accept: beyond it a run takes minutes per repetition. */
export const PRIME_MAX_HI = 4_000_000_000
/** Trial division costs about n^1.5: above this bound one repetition takes tens of seconds. */
export const TRIAL_MAX_HI = 100_000_000
/** pi(10^9) is published, so the default answer is checked against a known value. */
export const PRIME_DEFAULT_HI = 1_000_000_000

export const PrimeOptionsSchema = z
  .object({
    workload: z.literal('prime'),
    lo: z.number().int().min(0).default(0),
    hi: z.number().int().min(2).max(PRIME_MAX_HI).default(PRIME_DEFAULT_HI),
    method: z.enum(['sieve', 'trial']).default('sieve'),
    /**
     * `static`: one equal chunk per worker (shows load imbalance with `trial`, whose cost grows
     * along the range). `dynamic`: `chunksPerWorker` smaller chunks pulled from a queue.
     */
    chunking: z.enum(['static', 'dynamic']).default('dynamic'),
    chunksPerWorker: z.number().int().min(1).max(1000).default(4),
  })
  .refine((o) => o.hi > o.lo, { message: 'hi must be greater than lo', path: ['hi'] })
  .refine((o) => o.method !== 'trial' || o.hi <= TRIAL_MAX_HI, {
    message: `trial division is only offered up to ${TRIAL_MAX_HI.toLocaleString('en')} (it would take minutes per repetition); lower hi or use the sieve`,
    path: ['hi'],
  })
export type PrimeOptions = z.infer<typeof PrimeOptionsSchema>

/** Options of one workload: a discriminated union on `workload`, one member per workload. */
export const WorkloadOptionsSchema = z.discriminatedUnion('workload', [
  PrimeOptionsSchema,
  FileIoOptionsSchema,
  NetworkFetchOptionsSchema,
  SpawnOptionsSchema,
  IpcLatencyOptionsSchema,
  ContextSwitchOptionsSchema,
])
export type WorkloadOptions = z.infer<typeof WorkloadOptionsSchema>

export const MAX_WORKERS = 256

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

/** Experiments about workers themselves; on the main thread alone they have nothing to measure. */
const WORKER_ONLY_WORKLOADS: readonly WorkloadName[] = ['spawn', 'ipc-latency', 'context-switch']

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
}).refine((config) => !WORKER_ONLY_WORKLOADS.includes(config.workload.workload) || config.runtimes.some((r) => r !== 'main' && r !== 'main-async'), {
  message: 'this experiment measures workers: choose thread, process or utility (the main thread has nothing to spawn, message or switch to)',
  path: ['runtimes'],
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
