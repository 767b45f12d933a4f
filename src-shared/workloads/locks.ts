/**
 * Locks: what one acquire+release of the lab's Mutex costs, alone and under contention, for each
 * way of waiting (spin, block, spin-then-block) and each hand-over order (FIFO ticket, barging),
 * swept over the length of the critical section; with each thread's share of the acquisitions,
 * so that starvation shows. Threads only: Node processes cannot share memory without native code.
 */
import { z } from 'zod'
import { defineWorkload, uniqueSorted } from './define'

export const LOCK_WAITS = ['spin', 'block', 'spin-then-block'] as const
export const LOCK_ORDERS = ['fifo', 'barging'] as const
export type LockWait = (typeof LOCK_WAITS)[number]
export type LockOrder = (typeof LOCK_ORDERS)[number]

const uniqueInOrder = <T extends string>(all: readonly T[]) => (xs: T[]): T[] => all.filter((x) => xs.includes(x))

export const LocksOptionsSchema = z.object({
  workload: z.literal('locks'),
  /** Threads taking the one lock: 1 is uncontended; 2x the cores shows oversubscription. */
  threads: z.array(z.number().int().min(1).max(32)).min(1).max(8).default([1, 2, 4]).transform(uniqueSorted),
  /** How a thread waits for a held lock. */
  waits: z.array(z.enum(LOCK_WAITS)).min(1).max(3).default([...LOCK_WAITS]).transform(uniqueInOrder(LOCK_WAITS)),
  /** Who gets a released lock: the longest waiter (FIFO ticket) or whoever grabs it first (barging). */
  orders: z.array(z.enum(LOCK_ORDERS)).min(1).max(2).default([...LOCK_ORDERS]).transform(uniqueInOrder(LOCK_ORDERS)),
  /** Critical-section lengths swept: busy-loop steps done while holding the lock. */
  criticalWork: z.array(z.number().int().min(0).max(100_000)).min(1).max(6).default([0, 200]).transform(uniqueSorted),
  /** Busy-loop steps each thread does between two acquisitions, outside the lock. */
  outsideWork: z.number().int().min(0).max(100_000).default(100),
  /** Acquisitions per repetition, all threads together (they compete for them: who gets how many is the fairness figure). */
  acquisitions: z.number().int().min(100).max(200_000).default(10_000),
  /** A repetition stops early after this long (a spinning FIFO lock on too few cores can crawl); its figures count what was done. */
  maxRepetitionMs: z.number().int().min(50).max(60_000).default(500),
})
export type LocksOptions = z.infer<typeof LocksOptionsSchema>

const RUNTIMES = ['thread'] as const

export const locksDefinition = defineWorkload({
  schema: LocksOptionsSchema,
  shape: 'micro',
  workersOnly: true,
  sharedMemoryOnly: true,
  defaultRuntimes: RUNTIMES,
  flags: { threads: { flag: 'lock-threads' }, waits: { flag: 'lock-waits' }, orders: { flag: 'lock-orders' } },
  presets: [
    { id: 'quick', workload: { threads: [1, 2, 4], criticalWork: [0, 200], acquisitions: 10_000 }, common: { runtimes: [...RUNTIMES], repeat: 3, warmup: 1 } },
    { id: 'workshop', workload: { threads: [1, 2, 4, 8], criticalWork: [0, 100, 1000, 10_000], acquisitions: 50_000, maxRepetitionMs: 3000 }, common: { runtimes: [...RUNTIMES], repeat: 5, warmup: 1 } },
  ],
  describe: (o, t) =>
    t('workloads.locks.describe', {
      threads: o.threads.join(', '),
      waits: o.waits.join(', '),
      orders: o.orders.join(', '),
      critical: o.criticalWork.join(', '),
      outside: o.outsideWork,
      acquisitions: o.acquisitions,
    }),
})
