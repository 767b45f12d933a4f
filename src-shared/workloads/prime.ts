/**
 * Prime search, the CPU-bound workload: count primes in [lo, hi) split into chunks, the answer
 * checked against a published value of pi(x) or a single-thread reference.
 */
import { z } from 'zod'
import { refinement } from '../validation-messages'
import { defineWorkload } from './define'

/** Biggest prime-search bound we accept: beyond it a run takes minutes per repetition. */
export const PRIME_MAX_HI = 4_000_000_000
/** Trial division costs about n^1.5: above this bound one repetition takes tens of seconds. */
export const TRIAL_MAX_HI = 100_000_000
/** pi(10^9) is published, so the default answer is checked against a known value. */
export const PRIME_DEFAULT_HI = 1_000_000_000

export const PrimeOptionsSchema = z
  .object({
    workload: z.literal('prime'),
    lo: z.number().int().min(0).default(0),
    hi: z.number().int().min(2).max(PRIME_MAX_HI).default(PRIME_DEFAULT_HI),
    method: z.enum(['sieve', 'trial']).default('sieve'),
    /**
     * `static`: one equal chunk per worker (shows load imbalance with `trial`, whose cost grows
     * along the range). `dynamic`: `chunksPerWorker` smaller chunks pulled from a queue.
     */
    chunking: z.enum(['static', 'dynamic']).default('dynamic'),
    /**
     * 2 keeps every chunk long against the harness: with the wheel sieve (pi(1e9) in ~0.28 s on
     * one core of the development VM), the default range at 4 workers is 8 chunks of ~35 ms, and
     * a process's empty-task round trip (measured 100-200 µs there) stays near 0.5% of one. At 4
     * per worker a chunk was ~17 ms and a slow round trip crossed 1%.
     */
    chunksPerWorker: z.number().int().min(1).max(1000).default(2),
  })
  .refine((o) => o.hi > o.lo, { message: 'hi must be greater than lo', path: ['hi'], ...refinement('primeHiAboveLo') })
  .refine((o) => o.method !== 'trial' || o.hi <= TRIAL_MAX_HI, {
    message: `trial division is only offered up to ${TRIAL_MAX_HI.toLocaleString('en')} (it would take minutes per repetition); lower hi or use the sieve`,
    path: ['hi'],
    ...refinement('primeTrialMax', { max: TRIAL_MAX_HI.toLocaleString('en') }),
  })
export type PrimeOptions = z.infer<typeof PrimeOptionsSchema>

const BOTH_WORKERS = ['main', 'thread', 'process'] as const

export const primeDefinition = defineWorkload({
  schema: PrimeOptionsSchema,
  shape: 'sweep',
  workersOnly: false,
  defaultRuntimes: BOTH_WORKERS,
  flags: { lo: { flag: 'prime-lo' }, hi: { flag: 'prime-hi' }, method: { flag: 'prime-method' } },
  presets: [
    { id: 'quick', workload: { hi: 20_000_000, method: 'sieve', chunking: 'dynamic' }, common: { runtimes: [...BOTH_WORKERS], workers: 'auto', repeat: 3, warmup: 1 } },
    {
      id: 'workshop-cpu',
      workload: { lo: 0, hi: 1_000_000_000, method: 'sieve', chunking: 'dynamic', chunksPerWorker: 4 },
      common: { runtimes: [...BOTH_WORKERS], workers: 'auto', repeat: 5, warmup: 1 },
    },
    {
      // Trial division costs more at the top of the range: equal static chunks finish unevenly.
      id: 'imbalance',
      workload: { lo: 0, hi: 10_000_000, method: 'trial', chunking: 'static' },
      common: { runtimes: ['thread', 'process'], workers: 'auto', repeat: 3, warmup: 1 },
    },
  ],
  describe: (o, t) => t('workloads.prime.describe', { lo: o.lo, hi: o.hi, method: t(`workloads.prime.method-${o.method}`), chunking: t(`workloads.prime.chunking-${o.chunking}`) }),
})
