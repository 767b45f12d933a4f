/**
 * Sleep vs spin, the simplest picture of waiting against computing: each task takes about N ms,
 * either asleep on a timer (costs no core: one event loop overlaps as many as it likes) or in a
 * busy loop sized to N ms of one core (only more cores overlap it).
 */
import { z } from 'zod'
import { defineWorkload } from './define'

export const SleepOptionsSchema = z.object({
  workload: z.literal('sleep'),
  /** Tasks per repetition, handed out to the workers from one queue. */
  tasks: z.number().int().min(1).max(10_000).default(8),
  /** How long each task takes: asleep, or computing on one free core. */
  ms: z.number().int().min(1).max(10_000).default(50),
  /**
   * `sleep`: a timer, the thread is free meanwhile. `spin`: a busy loop sized to `ms` of one core.
   * `convoy`: one worker sleeps `ms` `tasks` times, measuring how late each wake-up is, while the
   * others spin beside it (issue 16: the convoy effect of CPython's GIL, with `--global-lock`).
   */
  mode: z.enum(['sleep', 'spin', 'convoy']).default('sleep'),
})
export type SleepOptions = z.infer<typeof SleepOptionsSchema>

const RUNTIMES = ['main', 'main-async', 'thread', 'process'] as const

export const sleepDefinition = defineWorkload({
  schema: SleepOptionsSchema,
  shape: 'sweep',
  workersOnly: false,
  defaultRuntimes: RUNTIMES,
  flags: { ms: { flag: 'sleep-ms' }, mode: { flag: 'sleep-mode' } },
  presets: [
    { id: 'quick', workload: { tasks: 8, ms: 20, mode: 'sleep' }, common: { runtimes: [...RUNTIMES], workers: [1, 2, 4], repeat: 3, warmup: 1 } },
    // The same waits as busy loops: the event loop stops overlapping them, cores take over.
    { id: 'spin', workload: { tasks: 8, ms: 20, mode: 'spin' }, common: { runtimes: [...RUNTIMES], workers: [1, 2, 4], repeat: 3, warmup: 1 } },
    // An I/O-bound thread beside a CPU-bound one: run it with and without the global lock.
    { id: 'convoy', workload: { tasks: 40, ms: 5, mode: 'convoy' }, common: { runtimes: ['thread'], workers: [2], repeat: 3, warmup: 1 } },
  ],
  describe: (o, t) => t('workloads.sleep.describe', { tasks: o.tasks, ms: o.ms, mode: o.mode }),
})
