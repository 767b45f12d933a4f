/**
 * Report fields of the micro-experiments (spawn, ipc-latency, context-switch). Every one is
 * optional on Point and Run (report.ts), so v1 files written before them still parse. Latency
 * percentiles and throughput use the Point fields the I/O workloads introduced (`latencyUs`,
 * `throughput` in MB/s).
 */
import { z } from 'zod'
import { EngineMessageSchema } from './engine-message-schema'
import { finite, nonNegative } from './numbers'
import { LocksFigureSchema } from './locks-report'

/** An OS counter, or the reason it does not exist here: absent is never written as 0. */
export const SwitchCountSchema = z.union([
  z.object({ available: z.literal(true), voluntary: nonNegative, involuntary: nonNegative }),
  z.object({ available: z.literal(false), reason: z.string().max(500), reasonMessage: EngineMessageSchema.optional() }),
])

export const SwitchCountsSchema = z.object({
  /** Summed over the threads that did the work (Linux /proc/thread-self). */
  thread: SwitchCountSchema,
  /** getrusage(2) of the OS process(es) involved: the engine's for threads, each child's for processes. */
  process: SwitchCountSchema,
})
export type SwitchCountsFigure = z.infer<typeof SwitchCountsSchema>

export const MemorySchema = z.object({
  /**
   * `process-rss-delta`: growth of the engine's own RSS per thread started (threads share the
   * process); `child-rss`: the RSS each child process reports for itself (shared library pages
   * included, so the sum over children overstates what they cost together).
   */
  method: z.enum(['process-rss-delta', 'child-rss']),
  /** Median over the workers measured. */
  rssBytes: nonNegative,
  /** The worker's own V8 heap (its isolate), as it reported it. */
  heapUsedBytes: nonNegative.optional(),
  heapTotalBytes: nonNegative.optional(),
  workersMeasured: z.number().int().min(1),
})
export type Memory = z.infer<typeof MemorySchema>

export const OversubscriptionSchema = z.object({
  cores: z.number().int().min(1),
  /** K / cores × the median time of the one-worker-per-core point. */
  idealMs: nonNegative,
  /** Median measured time minus the ideal (negative when the machine did better than the ideal: never shown, see excess-figure.ts). */
  excessMs: finite,
  excessShare: finite,
  /** Excess divided by the involuntary switches counted; null when the counters are absent or the excess is within noise. */
  excessPerSwitchUs: finite.nullable(),
  /** 95% interval of the excess: bootstrap of the difference of medians, or the ranges' widest difference below 5 samples. */
  excessCi95: z.tuple([finite, finite]).optional(),
  excessCiMethod: z.enum(['bootstrap-difference-of-medians', 'range']).optional(),
  /** The interval reaches 0: no cost is claimed (excess-figure.ts). Absent in older reports. */
  excessWithinNoise: z.boolean().optional(),
})

/** An outside program's figure stored next to the lab's own, e.g. `perf bench sched pipe`. */
export const ReferenceSchema = z.union([
  z.object({
    name: z.string().max(100),
    variant: z.string().max(60),
    available: z.literal(true),
    command: z.string().max(500),
    usPerOp: nonNegative,
    opsPerSec: nonNegative.optional(),
  }),
  z.object({
    name: z.string().max(100),
    variant: z.string().max(60),
    available: z.literal(false),
    command: z.string().max(500),
    reason: z.string().max(2000),
    /** The same reason as a catalogue code (engine-message.ts), for displays in other languages; absent in older files. */
    reasonMessage: EngineMessageSchema.optional(),
  }),
])
export type Reference = z.infer<typeof ReferenceSchema>

/** A measurement that could not be made on this machine, and why (e.g. no FIFOs on Windows). */
export const UnavailableSchema = z.object({
  what: z.string().max(100),
  /** In English, as every report stores it. */
  reason: z.string().max(2000),
  /** The same reason as a catalogue code (engine-message.ts); absent in older files and for texts not yet coded. */
  reasonMessage: EngineMessageSchema.optional(),
})
export type Unavailable = z.infer<typeof UnavailableSchema>

/** The optional Point fields, spread into PointSchema. */
export const MICRO_POINT_FIELDS = {
  /**
   * What `samplesMs` holds. Absent or `repetition`: whole repetitions (sweeps, oversubscription).
   * `batch-mean`: means of consecutive batches of single operations (round trips); `operation`:
   * single operations (spawns). For the last two the spread lives in `latencyUs`, so the
   * repetition warnings (slow first run, outliers, variance) do not apply.
   */
  samplesKind: z.enum(['repetition', 'batch-mean', 'operation']).optional(),
  /** Which measurement of a custom experiment this point is (cold-ready, futex-pingpong...). */
  variant: z.string().max(60).optional(),
  /** IPC mechanism (thread-clone, process-json...). */
  mechanism: z.string().max(60).optional(),
  payloadBytes: z.number().int().min(0).optional(),
  /** `bytes` (Uint8Array) or `string` (JSON IPC). */
  payloadKind: z.enum(['bytes', 'string']).optional(),
  memory: MemorySchema.optional(),
  switches: SwitchCountsSchema.optional(),
  /** Operations the switch counts cover (round trips, or busy tasks). */
  operations: z.number().int().min(1).optional(),
  oversubscription: OversubscriptionSchema.optional(),
  /** Settings that affect this point's figure, recorded beside it. */
  settings: z.record(z.string(), z.union([z.string().max(200), finite, z.boolean()])).optional(),
  /** locks: the case, the harness's cost, per-thread shares and waits (locks-report.ts). */
  locks: LocksFigureSchema.optional(),
}

export const MICRO_RUN_FIELDS = {
  references: z.array(ReferenceSchema).max(20).optional(),
  unavailable: z.array(UnavailableSchema).max(50).optional(),
}
