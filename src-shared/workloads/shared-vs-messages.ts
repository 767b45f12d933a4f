/**
 * Shared memory against message passing (issue 15): the cost of one update to a value held three
 * ways, by N workers each making K updates. `shared-memory`: an Int32 in a SharedArrayBuffer
 * changed with `Atomics.add` (Python's `multiprocessing.Value`/`Array`; threads only).
 * `owner-messages`: an owner worker alone holds it; the others ask it by message and wait for the
 * answer (`queue.Queue` / `multiprocessing.Queue`). `main-owner`: the engine's main process holds
 * it and workers reach it over a local socket (`multiprocessing.Manager`).
 */
import { z } from 'zod'
import { defineWorkload, uniqueSorted } from './define'
import { WORKER_RUNTIMES } from './spawn'

export const SHARED_STATE_WAYS = ['shared-memory', 'owner-messages', 'main-owner'] as const
export type SharedStateWay = (typeof SHARED_STATE_WAYS)[number]

export const SharedVsMessagesOptionsSchema = z.object({
  workload: z.literal('shared-vs-messages'),
  /** Workers updating the one value at once (N); each count is its own point. */
  updaters: z.array(z.number().int().min(1).max(16)).min(1).max(6).default([2]).transform(uniqueSorted),
  /** Updates each worker makes per repetition (K), each acknowledged before the next. */
  updates: z.number().int().min(10).max(1_000_000).default(5000),
  /** Which ways to hold the value; each is measured on every runtime where it exists. */
  ways: z.array(z.enum(SHARED_STATE_WAYS)).min(1).max(3).default([...SHARED_STATE_WAYS]).transform((ways) => SHARED_STATE_WAYS.filter((w) => ways.includes(w))),
})
export type SharedVsMessagesOptions = z.infer<typeof SharedVsMessagesOptionsSchema>

export const sharedVsMessagesDefinition = defineWorkload({
  schema: SharedVsMessagesOptionsSchema,
  shape: 'micro',
  workersOnly: true,
  defaultRuntimes: ['thread', 'process'],
  flags: {},
  presets: [
    { id: 'quick', workload: { updaters: [2], updates: 1000 }, common: { runtimes: [...WORKER_RUNTIMES], repeat: 3, warmup: 1 } },
    { id: 'workshop', workload: { updaters: [1, 2, 4], updates: 5000 }, common: { runtimes: [...WORKER_RUNTIMES], repeat: 5, warmup: 1 } },
  ],
  describe: (o, t) => t('workloads.shared-vs-messages.describe', { updaters: o.updaters.join(', '), updates: o.updates, ways: o.ways.join(', ') }),
})
