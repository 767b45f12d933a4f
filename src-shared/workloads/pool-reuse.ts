/**
 * Pool reuse (issue 18): what one tiny task costs when a worker is started for it and ended after
 * it (`spawn-per-task`), against handing it to a pool started before timing (`warm-pool`). Settles
 * the tutorials' "使用进程池可以避免频繁地创建进程，减少系统开销" (multiprocessing.Pool,
 * ProcessPoolExecutor) for Node threads and processes, and for CPython's own pools where an
 * interpreter is found (ThreadPoolExecutor / ProcessPoolExecutor against a threading.Thread or a
 * multiprocessing.Process per task).
 */
import { z } from 'zod'
import { defineWorkload } from './define'

export const POOL_REUSE_WAYS = ['spawn-per-task', 'warm-pool'] as const
export type PoolReuseWay = (typeof POOL_REUSE_WAYS)[number]

/** The tiny task: nothing at all, or a prime count small enough that starting a worker dominates. */
export const POOL_REUSE_TASKS = ['empty', 'prime'] as const
export type PoolReuseTaskKind = (typeof POOL_REUSE_TASKS)[number]

/** The prime task's range and its known answer (primes below 2000), checked for every task. */
export const POOL_REUSE_PRIME = { lo: 0, hi: 2000, count: 303 } as const

export const PoolReuseOptionsSchema = z.object({
  workload: z.literal('pool-reuse'),
  /** Tasks per repetition and way: a spawn each for spawn-per-task, T trips through the pool for warm-pool. */
  tasks: z.number().int().min(1).max(200).default(20),
  task: z.enum(POOL_REUSE_TASKS).default('prime'),
})
export type PoolReuseOptions = z.infer<typeof PoolReuseOptionsSchema>

const RUNTIMES = ['thread', 'process', 'py-thread', 'py-process'] as const

export const poolReuseDefinition = defineWorkload({
  schema: PoolReuseOptionsSchema,
  shape: 'micro',
  // A pool of the main thread is the main thread: nothing to start per task.
  workersOnly: true,
  defaultRuntimes: RUNTIMES,
  // Prefixed: `tasks` is a sweep option of other workloads with other bounds.
  flags: { tasks: { flag: 'pool-tasks' }, task: { flag: 'pool-task' } },
  presets: [
    { id: 'quick', workload: { tasks: 8, task: 'prime' }, common: { runtimes: [...RUNTIMES], repeat: 5, warmup: 1 } },
    { id: 'workshop', workload: { tasks: 12, task: 'prime' }, common: { runtimes: [...RUNTIMES], repeat: 7, warmup: 1 } },
  ],
  describe: (o, t) => t('workloads.pool-reuse.describe', { tasks: o.tasks, task: t(`options.pool-reuse.task.${o.task}`) }),
})
