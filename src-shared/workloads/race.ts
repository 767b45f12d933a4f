/**
 * The race (issue 15): N workers each add 1 to one shared counter K times. Without protection the
 * read-modify-write of one worker overwrites another's (a lost update, the tutorials' `counter += 1`
 * without `threading.Lock`); `Atomics.add` and the Mutex keep every update. Processes share no
 * memory in Node, so their counter is owned by the engine and changed over a local socket, the way
 * `multiprocessing.Manager` works: a naive `get` then `set` (loses updates) or one `add` (exact).
 */
import { z } from 'zod'
import { defineWorkload, uniqueSorted, optionNames } from './define'

/** Variants over shared memory: they need a runtime whose workers share memory (threads). */
export const SHARED_RACE_VARIANTS = ['unsafe', 'atomic', 'mutex'] as const
/** Variants over the engine's owner server: any worker runtime. */
export const OWNER_RACE_VARIANTS = ['get-set', 'add'] as const
/**
 * CPython's shapes (src-workers/python/conlab_race.py): threads run the tutorial's literal
 * `counter += 1`, a read, a call, then a write, and the latter under `threading.Lock`.
 */
export const PY_THREAD_RACE_VARIANTS = ['py-plus-equals', 'py-read-call-write', 'py-lock'] as const
/** CPython processes: `multiprocessing.Value('i')` without and with its `get_lock()`. */
export const PY_PROCESS_RACE_VARIANTS = ['py-value', 'py-value-lock'] as const
export const RACE_VARIANTS = [...SHARED_RACE_VARIANTS, ...OWNER_RACE_VARIANTS, ...PY_THREAD_RACE_VARIANTS, ...PY_PROCESS_RACE_VARIANTS] as const
export type RaceVariant = (typeof RACE_VARIANTS)[number]
export type SharedRaceVariant = (typeof SHARED_RACE_VARIANTS)[number]
export type PyRaceVariant = (typeof PY_THREAD_RACE_VARIANTS)[number] | (typeof PY_PROCESS_RACE_VARIANTS)[number]

/**
 * Variants whose total must be exact: a wrong one fails the run loudly. The others may lose
 * updates, or not: under a GIL that depends on the interpreter, so nothing assumes either.
 */
export const EXACT_RACE_VARIANTS: ReadonlySet<RaceVariant> = new Set(['atomic', 'mutex', 'add', 'py-lock', 'py-value-lock'])

/** The variants a runtime family runs: Node's on Node runtimes, CPython's shapes on py-thread / py-process. */
export function raceVariantsOf(runtime: string): readonly RaceVariant[] {
  if (runtime === 'py-thread') return PY_THREAD_RACE_VARIANTS
  if (runtime === 'py-process') return PY_PROCESS_RACE_VARIANTS
  if (runtime === 'py-async') return []
  return [...SHARED_RACE_VARIANTS, ...OWNER_RACE_VARIANTS]
}

export function isPyRaceVariant(variant: RaceVariant): variant is PyRaceVariant {
  return variant.startsWith('py-')
}

export function isSharedRaceVariant(variant: RaceVariant): variant is SharedRaceVariant {
  return (SHARED_RACE_VARIANTS as readonly string[]).includes(variant)
}

export const RaceOptionsSchema = z.object({
  workload: z.literal('race'),
  /** Workers racing on the one counter at once; one point per count and variant. */
  workerCounts: z.array(z.number().int().min(2).max(16)).min(1).max(6).default([2, 4]).transform(uniqueSorted),
  /** Increments per worker in the shared-memory variants (unsafe, atomic, mutex, and CPython's). */
  increments: z.number().int().min(1).max(2_000_000).default(100_000),
  /** Increments per worker in the owner variants: each is one socket round trip (get-set: two). */
  messageIncrements: z.number().int().min(1).max(50_000).default(2_000),
  /** Busy-loop steps between reading the counter and writing it back: widens the window of the race (CPython: the call's loop steps). */
  gap: z.number().int().min(0).max(10_000).default(20),
  /** Which variants to run; each runtime runs those it has and says why it lacks the others. */
  variants: z.array(z.enum(RACE_VARIANTS)).min(1).max(RACE_VARIANTS.length).default([...RACE_VARIANTS]).transform((xs) => RACE_VARIANTS.filter((v) => xs.includes(v))),
})
export type RaceOptions = z.infer<typeof RaceOptionsSchema>

const RUNTIMES = ['main', 'thread', 'process'] as const

export const raceDefinition = defineWorkload({
  schema: RaceOptionsSchema,
  shape: 'micro',
  // A race needs workers running at once; the main thread alone is one thread.
  workersOnly: true,
  defaultRuntimes: RUNTIMES,
  // Prefixed: locks and shared-vs-messages may name options alike with other bounds.
  flags: {
    workerCounts: { flag: 'race-workers' },
    increments: { flag: 'race-increments' },
    messageIncrements: { flag: 'race-message-increments' },
    gap: { flag: 'race-gap' },
    variants: { flag: 'race-variants' },
  },
  presets: [
    { id: 'quick', workload: { workerCounts: [2], increments: 20_000, messageIncrements: 500, gap: 20 }, common: { runtimes: ['thread', 'process'], repeat: 3, warmup: 1 } },
    { id: 'workshop', workload: { workerCounts: [2, 4], increments: 100_000, messageIncrements: 2_000, gap: 20 }, common: { runtimes: ['thread', 'process'], repeat: 5, warmup: 1 } },
  ],
  describe: (o, t) =>
    t('workloads.race.describe', { workers: o.workerCounts.join(', '), increments: o.increments, messageIncrements: o.messageIncrements, gap: o.gap, variants: optionNames(t, 'race', 'variants', o.variants) }),
})
