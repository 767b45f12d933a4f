/**
 * Spawn cost: how long a worker takes to start and answer, against a warm pool, and the memory
 * each one adds.
 */
import { z } from 'zod'
import { defineWorkload } from './define'

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

export const WORKER_RUNTIMES = ['thread', 'process', 'utility'] as const

export const spawnDefinition = defineWorkload({
  schema: SpawnOptionsSchema,
  shape: 'micro',
  workersOnly: true,
  defaultRuntimes: ['main', 'thread', 'process'],
  flags: {},
  presets: [
    { id: 'quick', workload: { samples: 5, warmSamples: 50, memoryWorkers: 2 }, common: { runtimes: [...WORKER_RUNTIMES], workers: 'auto', repeat: 3, warmup: 1 } },
    { id: 'workshop', workload: { samples: 20, warmSamples: 200, memoryWorkers: 4 }, common: { runtimes: [...WORKER_RUNTIMES], repeat: 5 } },
  ],
  describe: (o, t) => t('workloads.spawn.describe', { samples: o.samples, warmSamples: o.warmSamples, memoryWorkers: o.memoryWorkers }),
})
