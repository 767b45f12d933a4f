/**
 * Starvation (issue 17): many threads hammer one Mutex with next to nothing between two
 * acquisitions. A barging lock goes to whoever grabs it first, often the thread that just let it
 * go, so some threads win again and again while others wait; a FIFO (ticket) lock serves them in
 * turn. Each thread's share of the acquisitions, its waits (p99, max) and Jain's fairness, side by
 * side. Threads only: the lock lives in shared memory.
 */
import { z } from 'zod'
import { defineWorkload } from './define'
import { LOCK_WAITS } from './locks'

export const StarvationOptionsSchema = z.object({
  workload: z.literal('starvation'),
  /** Threads competing for the one lock: more than the cores makes the contention heavy. */
  threads: z.number().int().min(2).max(16).default(4),
  /** How a thread waits for the held lock (the same for both orders). */
  wait: z.enum(LOCK_WAITS).default('spin-then-block'),
  /** Busy-loop steps done while holding the lock. */
  criticalWork: z.number().int().min(0).max(100_000).default(200),
  /** Busy-loop steps between two acquisitions: 0 means a thread asks again at once (heavy contention). */
  outsideWork: z.number().int().min(0).max(100_000).default(0),
  /** Acquisitions per repetition, all threads together: who gets how many is the finding. */
  acquisitions: z.number().int().min(100).max(200_000).default(20_000),
  /** A repetition stops early after this long; what was done counts. */
  maxRepetitionMs: z.number().int().min(50).max(60_000).default(1000),
})
export type StarvationOptions = z.infer<typeof StarvationOptionsSchema>

const RUNTIMES = ['thread'] as const

export const starvationDefinition = defineWorkload({
  schema: StarvationOptionsSchema,
  shape: 'micro',
  workersOnly: true,
  sharedMemoryOnly: true,
  defaultRuntimes: RUNTIMES,
  flags: {
    threads: { flag: 'starve-threads' },
    wait: { flag: 'starve-wait' },
    criticalWork: { flag: 'starve-critical-work' },
    outsideWork: { flag: 'starve-outside-work' },
    acquisitions: { flag: 'starve-acquisitions' },
    maxRepetitionMs: { flag: 'starve-max-repetition-ms' },
  },
  presets: [{ id: 'quick', workload: { threads: 4, acquisitions: 10_000 }, common: { runtimes: [...RUNTIMES], repeat: 3, warmup: 1 } }],
  describe: (o, t) => t('workloads.starvation.describe', { threads: o.threads, wait: o.wait, critical: o.criticalWork, outside: o.outsideWork, acquisitions: o.acquisitions }),
})
