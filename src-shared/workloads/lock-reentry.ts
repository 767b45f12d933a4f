/**
 * Lock re-entry (issue 18, claim "RLock is a lock with a timeout"): three probes settle what an
 * RLock adds to a Lock, each repeated R times per lock kind, outcomes counted:
 * - `reenter`: the owner acquires again with a timeout. A Lock times out (it does not know its
 *   owner); an RLock succeeds (re-entry: the one thing it adds).
 * - `other-thread`: another thread acquires with a timeout while the owner holds it: both time
 *   out. Both take a timeout, so the timeout is not what tells them apart.
 * - `foreign-release`: a thread that does not hold it releases it. CPython's RLock raises
 *   RuntimeError, its Lock allows it; the lab's Mutex refuses it too (it records its owner).
 * On py-thread the probes use CPython's own `threading.Lock` and `threading.RLock`; on `thread`
 * the lab's Mutex and RecursiveMutex in worker threads (the report says which API was tested).
 * Outcomes, not times, are the finding: the measured wait of a timed-out acquire is shown for
 * information only.
 */
import { z } from 'zod'
import { defineWorkload } from './define'

export const REENTRY_LOCKS = ['lock', 'rlock'] as const
export type ReentryLock = (typeof REENTRY_LOCKS)[number]
export const REENTRY_PROBES = ['reenter', 'other-thread', 'foreign-release'] as const
export type ReentryProbe = (typeof REENTRY_PROBES)[number]
/** What one probe ended in: an acquire that succeeded or timed out, a release refused or allowed. */
export const REENTRY_OUTCOMES = ['acquired', 'timed-out', 'refused', 'released'] as const
export type ReentryOutcome = (typeof REENTRY_OUTCOMES)[number]

/** Most repetitions of a probe: outcomes are counts, and a handful already says all there is. */
export const MAX_REENTRY_REPETITIONS = 50

export const LockReentryOptionsSchema = z.object({
  workload: z.literal('lock-reentry'),
  /**
   * R: how often each probe runs per lock kind. The experiment's own count rather than the run's
   * `repeat`: the figures are outcome counts, not timed samples, and this keeps the bound tight.
   */
  repetitions: z.number().int().min(1).max(MAX_REENTRY_REPETITIONS).default(5),
  /** T: the timeout of the probing `acquire(timeout=T)`. */
  timeoutMs: z.number().int().min(5).max(500).default(50),
  /** Bound of every other wait (taking the lock first, the two threads meeting). */
  boundMs: z.number().int().min(500).max(30_000).default(5_000),
})
export type LockReentryOptions = z.infer<typeof LockReentryOptionsSchema>

const RUNTIMES = ['thread', 'py-thread'] as const

export const lockReentryDefinition = defineWorkload({
  schema: LockReentryOptionsSchema,
  shape: 'micro',
  workersOnly: true,
  defaultRuntimes: RUNTIMES,
  // Prefixed: other workloads name repetitions and timeouts with other bounds.
  flags: {
    repetitions: { flag: 'reentry-repetitions' },
    timeoutMs: { flag: 'reentry-timeout-ms' },
    boundMs: { flag: 'reentry-bound-ms' },
  },
  presets: [
    { id: 'quick', workload: { repetitions: 5, timeoutMs: 50 }, common: { runtimes: [...RUNTIMES] } },
    { id: 'workshop', workload: { repetitions: 10, timeoutMs: 100 }, common: { runtimes: [...RUNTIMES] } },
  ],
  describe: (o, t) => t('workloads.lock-reentry.describe', { repetitions: o.repetitions, timeout: o.timeoutMs }),
})
