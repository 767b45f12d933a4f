/**
 * Synchronisation primitives at work (issue 15): a Semaphore capping how many threads are inside,
 * an Event waking N waiters, a Condition between a producer and a consumer, a Barrier pacing
 * phases, and a bounded queue against message passing. Threads share memory, so every part runs on
 * worker threads; only the queue has a process counterpart (messages over IPC). Defaults are small
 * so that a default run takes seconds.
 */
import { z } from 'zod'
import { defineWorkload } from './define'

export const PRIMITIVE_PARTS = ['semaphore', 'event', 'condition', 'barrier', 'queue'] as const
export type PrimitivePart = (typeof PRIMITIVE_PARTS)[number]

/** The parts asked for, once each, in the parts' own order (the order they run and display in). */
const inPartOrder = (parts: PrimitivePart[]): PrimitivePart[] => PRIMITIVE_PARTS.filter((p) => parts.includes(p))
const uniqueSortedInts = (xs: number[]): number[] => [...new Set(xs)].sort((a, b) => a - b)

export const PrimitivesOptionsSchema = z.object({
  workload: z.literal('primitives'),
  /** Which parts to run; all of them by default. */
  parts: z.array(z.enum(PRIMITIVE_PARTS)).min(1).max(PRIMITIVE_PARTS.length).default([...PRIMITIVE_PARTS]).transform(inPartOrder),
  /** Worker threads of the semaphore and barrier parts (the semaphore's limit sweeps 1..threads). */
  threads: z.number().int().min(2).max(16).default(4),
  /** Acquire/release cycles per thread at each semaphore limit. */
  acquiresPerThread: z.number().int().min(1).max(100_000).default(200),
  /** Busy steps inside the semaphore (the work done while holding a permit). */
  sectionSpins: z.number().int().min(0).max(1_000_000).default(2000),
  /** Waiter counts of the event part: each count is one point. */
  waiters: z.array(z.number().int().min(1).max(16)).min(1).max(8).default([1, 2, 4]).transform(uniqueSortedInts),
  /** Items through the condition's buffer and through each queue. */
  items: z.number().int().min(10).max(1_000_000).default(2000),
  /** Queue capacities (and the condition's buffer size is the smallest one). */
  capacities: z.array(z.number().int().min(1).max(4096)).min(1).max(8).default([1, 16, 256]).transform(uniqueSortedInts),
  /** Phases each barrier worker goes through. */
  barrierPhases: z.number().int().min(1).max(100).default(5),
  /** Busy steps of the barrier's lightest share of a phase; worker k of a phase does up to threads times more. */
  phaseSpins: z.number().int().min(0).max(10_000_000).default(20_000),
  /** Longest any single wait may block before the part fails with a timeout. */
  waitTimeoutMs: z.number().int().min(100).max(60_000).default(5000),
})
export type PrimitivesOptions = z.infer<typeof PrimitivesOptionsSchema>

const RUNTIMES = ['thread', 'process'] as const

export const primitivesDefinition = defineWorkload({
  schema: PrimitivesOptionsSchema,
  shape: 'micro',
  workersOnly: true,
  defaultRuntimes: RUNTIMES,
  flags: {},
  presets: [
    { id: 'quick', workload: { threads: 4, acquiresPerThread: 100, waiters: [1, 4], items: 1000, capacities: [1, 64], barrierPhases: 3 }, common: { runtimes: [...RUNTIMES], repeat: 3, warmup: 0 } },
    { id: 'workshop', workload: { threads: 8, acquiresPerThread: 1000, waiters: [1, 2, 4, 8], items: 20_000, capacities: [1, 16, 256], barrierPhases: 8 }, common: { runtimes: [...RUNTIMES], repeat: 5, warmup: 1 } },
  ],
  describe: (o, t) =>
    t('workloads.primitives.describe', { parts: o.parts.join(', '), threads: o.threads, waiters: o.waiters.join(', '), items: o.items, capacities: o.capacities.join(', ') }),
})
