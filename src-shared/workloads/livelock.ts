/**
 * Livelock (issue 17): two polite workers, each holding its own lock and trying the other's with
 * a try-lock. On failure each holds on for the same moment, gives its lock back and backs off for
 * a fixed, equal time (to the next tick of a timer period), then retries: they stay in step, busy
 * (spinning while they hold) and making no progress.
 * `random` draws each back-off at random instead, which breaks the step. Threads and processes
 * (whose locks the engine holds, as for the deadlock).
 */
import { z } from 'zod'
import { defineWorkload, optionNames } from './define'

export const LIVELOCK_VARIANTS = ['fixed', 'random'] as const
export type LivelockVariant = (typeof LIVELOCK_VARIANTS)[number]

export const LivelockOptionsSchema = z.object({
  workload: z.literal('livelock'),
  variants: z.array(z.enum(LIVELOCK_VARIANTS)).min(1).max(2).default([...LIVELOCK_VARIANTS]).transform((xs) => LIVELOCK_VARIANTS.filter((v) => xs.includes(v))),
  /** Busy time a worker holds its own lock before trying the other's, and again after a failed try. */
  holdUs: z.number().int().min(10).max(100_000).default(5_000),
  /** Back-off after giving the lock back, asleep: to the next tick of this period (fixed), or random in 0..2x this (random). */
  backoffUs: z.number().int().min(10).max(100_000).default(20_000),
  /** A repetition ends after this long, or once the workers completed `completions` pairs. */
  durationMs: z.number().int().min(20).max(10_000).default(600),
  completions: z.number().int().min(1).max(1_000_000).default(1_000),
})
export type LivelockOptions = z.infer<typeof LivelockOptionsSchema>

const RUNTIMES = ['thread', 'process'] as const

export const livelockDefinition = defineWorkload({
  schema: LivelockOptionsSchema,
  shape: 'micro',
  workersOnly: true,
  defaultRuntimes: RUNTIMES,
  flags: {
    variants: { flag: 'livelock-variants' },
    holdUs: { flag: 'livelock-hold-us' },
    backoffUs: { flag: 'livelock-backoff-us' },
    durationMs: { flag: 'livelock-duration-ms' },
    completions: { flag: 'livelock-completions' },
  },
  presets: [
    { id: 'quick', workload: { durationMs: 200 }, common: { runtimes: [...RUNTIMES], repeat: 3, warmup: 0 } },
    { id: 'workshop', workload: { durationMs: 1000 }, common: { runtimes: [...RUNTIMES], repeat: 5, warmup: 0 } },
  ],
  describe: (o, t) => t('workloads.livelock.describe', { hold: o.holdUs, backoff: o.backoffUs, duration: o.durationMs, variants: optionNames(t, 'livelock', 'variants', o.variants) }),
})
