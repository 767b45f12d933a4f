/**
 * Options of the three micro-experiments: spawn cost, IPC latency and context-switch overhead.
 * Kept beside config.ts (which puts them into the workload union), so that each one's limits read
 * in one place. Sizes are whole bytes; the CLI accepts 64k / 1m suffixes before validation.
 */
import { z } from 'zod'

const MIB = 1024 * 1024

export const SpawnOptionsSchema = z.object({
  workload: z.literal('spawn'),
  /** Cold spawns per runtime: each worker is started, answers one empty task, and is stopped. */
  samples: z.number().int().min(1).max(500).default(20),
  /** Empty tasks taken by a warm pool of one worker: the "forkserver" side of cold vs warm. */
  warmSamples: z.number().int().min(1).max(10_000).default(200),
  /** Workers kept alive together to measure the memory each one adds (the median is reported). */
  memoryWorkers: z.number().int().min(1).max(32).default(4),
})
export type SpawnOptions = z.infer<typeof SpawnOptionsSchema>

/**
 * Every mechanism the IPC experiment knows, with the runtime it needs: a mechanism runs only when
 * its runtime is among the run's runtimes (utility only in the desktop app).
 */
export const IPC_MECHANISM_RUNTIME = {
  'thread-clone': 'thread',
  'thread-transfer': 'thread',
  'message-channel': 'thread',
  atomics: 'thread',
  'process-json': 'process',
  'process-advanced': 'process',
  'utility-clone': 'utility',
} as const
export type IpcMechanism = keyof typeof IPC_MECHANISM_RUNTIME
export const IPC_MECHANISMS = Object.keys(IPC_MECHANISM_RUNTIME) as IpcMechanism[]

/** Biggest payload accepted: a round trip then moves 128 MiB, which is already seconds with JSON. */
export const IPC_MAX_PAYLOAD = 64 * MIB
export const IPC_DEFAULT_PAYLOADS = [64, 1024, 64 * 1024, MIB]

const uniqueSorted = (xs: number[]) => [...new Set(xs)].sort((a, b) => a - b)

export const IpcLatencyOptionsSchema = z.object({
  workload: z.literal('ipc-latency'),
  mechanisms: z
    .array(z.enum(IPC_MECHANISMS as [IpcMechanism, ...IpcMechanism[]]))
    .min(1)
    .default([...IPC_MECHANISMS])
    .transform((xs) => [...new Set(xs)]),
  /** Payload sizes in bytes, each measured on its own. */
  payloads: z.array(z.number().int().min(0).max(IPC_MAX_PAYLOAD)).min(1).max(24).default(IPC_DEFAULT_PAYLOADS).transform(uniqueSorted),
  /** Round trips timed per mechanism and payload (fewer if `maxMsPerPoint` runs out first). */
  samples: z.number().int().min(10).max(100_000).default(300),
  /** Round trips before timing starts (JIT, buffer pools, page faults), not recorded. */
  warmup: z.number().int().min(0).max(10_000).default(30),
  /** Sampling of one point stops after this long, so that 16 MiB over JSON stays bounded. */
  maxMsPerPoint: z.number().int().min(100).max(600_000).default(3000),
})
export type IpcLatencyOptions = z.infer<typeof IpcLatencyOptionsSchema>

export const ContextSwitchOptionsSchema = z.object({
  workload: z.literal('context-switch'),
  /** Round trips per ping-pong (futex between threads, pipe and IPC between processes). */
  rounds: z.number().int().min(100).max(1_000_000).default(10_000),
  /** Busy workers per core to run at once: K = factor × cores, 1 being the ideal. */
  oversubscription: z.array(z.number().int().min(1).max(8)).min(1).max(8).default([1, 2, 4]).transform(uniqueSorted),
  /** Length of each busy worker's loop (xorshift steps; about 1.5-2 ns each on a laptop). */
  busyIterations: z.number().int().min(100_000).max(10_000_000_000).default(40_000_000),
  /** Also run `perf bench sched pipe` (Linux, when installed) as an outside reference. */
  perf: z.boolean().default(true),
  perfLoops: z.number().int().min(1000).max(10_000_000).default(20_000),
})
export type ContextSwitchOptions = z.infer<typeof ContextSwitchOptionsSchema>
