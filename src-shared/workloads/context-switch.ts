/** Context switches: ping-pongs between threads and between processes, and oversubscription. */
import { z } from 'zod'
import { defineWorkload, uniqueSorted } from './define'
import { WORKER_RUNTIMES } from './spawn'

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

export const contextSwitchDefinition = defineWorkload({
  schema: ContextSwitchOptionsSchema,
  shape: 'micro',
  workersOnly: true,
  defaultRuntimes: ['main', 'thread', 'process'],
  flags: {},
  presets: [
    {
      id: 'quick',
      workload: { rounds: 1000, oversubscription: [1, 2], busyIterations: 5_000_000, perf: false },
      common: { runtimes: [...WORKER_RUNTIMES], workers: 'auto', repeat: 2, warmup: 0 },
    },
    { id: 'workshop', workload: { rounds: 10_000, oversubscription: [1, 2, 4], busyIterations: 40_000_000, perf: true }, common: { runtimes: [...WORKER_RUNTIMES], repeat: 5, warmup: 1 } },
  ],
  describe: (o, t) => t('workloads.context-switch.describe', { rounds: o.rounds, oversubscription: o.oversubscription.join(', '), perf: o.perf ? 'on' : 'off' }),
})
