/**
 * Deadlock (issue 17): N workers in a ring each take two of the lab's Mutexes, worker i lock i
 * then lock i+1 (mod N), with a short pause between the two. The pause makes the deadlock near
 * certain from timing alone (no barrier forces it), so the fixed variants can honestly avoid it:
 * `ordered` (one global lock order: breaks circular wait) and `try-backoff` (try the second lock
 * with a timeout, give the first back and back off: breaks hold and wait). Threads take locks in
 * shared memory; processes, which have none, take locks held by the engine (a lock server).
 */
import { z } from 'zod'
import { defineWorkload, optionNames } from './define'

export const DEADLOCK_VARIANTS = ['naive', 'ordered', 'try-backoff'] as const
export type DeadlockVariant = (typeof DEADLOCK_VARIANTS)[number]

/** Most workers (and locks) in the ring: the wait-for table has room for this many. */
export const MAX_RING = 8

export const DeadlockOptionsSchema = z.object({
  workload: z.literal('deadlock'),
  /** Workers in the ring, one lock each: 2 is the textbook pair. */
  workers: z.number().int().min(2).max(MAX_RING).default(2),
  variants: z.array(z.enum(DEADLOCK_VARIANTS)).min(1).max(3).default([...DEADLOCK_VARIANTS]).transform((xs) => DEADLOCK_VARIANTS.filter((v) => xs.includes(v))),
  /** Pairs of acquisitions each worker makes in a repetition that does not deadlock. */
  pairs: z.number().int().min(1).max(10_000).default(20),
  /** Sleep between the first and the second acquisition: the window in which the others take theirs. */
  pauseMs: z.number().int().min(0).max(100).default(2),
  /** try-backoff: how long the second lock is tried before the first is given back. */
  tryTimeoutMs: z.number().int().min(1).max(1000).default(3),
  /** try-backoff: the back-off after giving up is random in 0..2x this. */
  backoffMs: z.number().int().min(0).max(100).default(2),
  /** How often the engine reads the wait-for graph. */
  pollMs: z.number().int().min(1).max(100).default(5),
  /** Bound of every wait: a lock wait this long without a detected cycle counts as a deadlock found by timeout. */
  detectBoundMs: z.number().int().min(200).max(60_000).default(5_000),
})
export type DeadlockOptions = z.infer<typeof DeadlockOptionsSchema>

const RUNTIMES = ['thread', 'process'] as const

export const deadlockDefinition = defineWorkload({
  schema: DeadlockOptionsSchema,
  shape: 'micro',
  workersOnly: true,
  defaultRuntimes: RUNTIMES,
  // Prefixed: other workloads name workers, variants and pauses with other bounds.
  flags: {
    workers: { flag: 'deadlock-workers' },
    variants: { flag: 'deadlock-variants' },
    pairs: { flag: 'deadlock-pairs' },
    pauseMs: { flag: 'deadlock-pause-ms' },
    tryTimeoutMs: { flag: 'deadlock-try-ms' },
    backoffMs: { flag: 'deadlock-backoff-ms' },
    pollMs: { flag: 'deadlock-poll-ms' },
    detectBoundMs: { flag: 'deadlock-bound-ms' },
  },
  presets: [
    { id: 'quick', workload: { workers: 2, pairs: 10 }, common: { runtimes: [...RUNTIMES], repeat: 5, warmup: 0 } },
    { id: 'workshop', workload: { workers: 4, pairs: 40 }, common: { runtimes: [...RUNTIMES], repeat: 20, warmup: 0 } },
  ],
  describe: (o, t) => t('workloads.deadlock.describe', { workers: o.workers, pairs: o.pairs, pause: o.pauseMs, variants: optionNames(t, 'deadlock', 'variants', o.variants) }),
})
