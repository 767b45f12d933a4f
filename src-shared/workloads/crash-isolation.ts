/**
 * Crash isolation (issue 17): a fault raised inside a worker thread and inside a child process
 * (a task that throws, an uncaught exception, process.exit, running out of memory within the
 * worker's heap limit, a native abort), each in a sacrificial host process running a small pool;
 * the result says what survived: the host, the sibling workers, the pool.
 */
import { z } from 'zod'
import { CRASH_FAULTS } from '../crash-report'
import { defineWorkload, optionNames } from './define'

export const CrashIsolationOptionsSchema = z.object({
  workload: z.literal('crash-isolation'),
  /** Which faults to raise; one case per fault and runtime. */
  faults: z.array(z.enum(CRASH_FAULTS)).min(1).max(CRASH_FAULTS.length).default([...CRASH_FAULTS]).transform((xs) => CRASH_FAULTS.filter((f) => xs.includes(f))),
  /** Workers beside the faulty one, busy (asleep on a timer) while it faults. */
  siblings: z.number().int().min(1).max(4).default(2),
  /** How long each sibling's task lasts: the fault hits while they are still in it. */
  siblingMs: z.number().int().min(50).max(5000).default(400),
  /** Heap limit of each worker (MB): where the out-of-memory fault stops. */
  heapLimitMb: z.number().int().min(16).max(512).default(32),
  /** Every wait of one case ends by then. */
  caseTimeoutMs: z.number().int().min(2000).max(60_000).default(15_000),
})
export type CrashIsolationOptions = z.infer<typeof CrashIsolationOptionsSchema>

const RUNTIMES = ['thread', 'process'] as const

export const crashIsolationDefinition = defineWorkload({
  schema: CrashIsolationOptionsSchema,
  shape: 'micro',
  workersOnly: true,
  defaultRuntimes: RUNTIMES,
  flags: { faults: { flag: 'crash-faults' }, siblings: { flag: 'crash-siblings' }, siblingMs: { flag: 'crash-sibling-ms' }, heapLimitMb: { flag: 'crash-heap-mb' }, caseTimeoutMs: { flag: 'crash-timeout-ms' } },
  presets: [{ id: 'quick', workload: { faults: [...CRASH_FAULTS], siblings: 2, siblingMs: 400 }, common: { runtimes: [...RUNTIMES], repeat: 1, warmup: 0 } }],
  describe: (o, t) => t('workloads.crash-isolation.describe', { faults: optionNames(t, 'crash-isolation', 'faults', o.faults), siblings: o.siblings, siblingMs: o.siblingMs, heapLimitMb: o.heapLimitMb }),
})
