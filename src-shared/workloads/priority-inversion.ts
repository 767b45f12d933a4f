/**
 * Priority inversion (issue 17): three processes on one core at low, medium and high priority
 * (nice); the low one holds a lock the high one needs while the medium one works. Counted: the
 * medium's work units done while the high one waited; then the fix, priority inheritance (the
 * holder raised to the waiter's priority while it holds the lock). Where the system or the user's
 * rights make it unobservable, the result says so.
 */
import { z } from 'zod'
import { PRIORITY_VARIANTS } from '../priority-report'
import { defineWorkload, optionNames } from './define'

export const PriorityInversionOptionsSchema = z.object({
  workload: z.literal('priority-inversion'),
  variants: z.array(z.enum(PRIORITY_VARIANTS)).min(1).max(2).default([...PRIORITY_VARIANTS]).transform((xs) => PRIORITY_VARIANTS.filter((v) => xs.includes(v))),
  /** Busy-loop steps of one work unit (the medium counts them). */
  unitSteps: z.number().int().min(1000).max(10_000_000).default(200_000),
  /** Work units the low one does while it holds the lock. */
  holdUnits: z.number().int().min(1).max(10_000).default(100),
  /** Every wait of one case ends by then. */
  caseTimeoutMs: z.number().int().min(2000).max(120_000).default(20_000),
})
export type PriorityInversionOptions = z.infer<typeof PriorityInversionOptionsSchema>

const RUNTIMES = ['process'] as const

export const priorityInversionDefinition = defineWorkload({
  schema: PriorityInversionOptionsSchema,
  shape: 'micro',
  workersOnly: true,
  defaultRuntimes: RUNTIMES,
  flags: { variants: { flag: 'priority-variants' }, unitSteps: { flag: 'priority-unit-steps' }, holdUnits: { flag: 'priority-hold-units' }, caseTimeoutMs: { flag: 'priority-timeout-ms' } },
  presets: [{ id: 'quick', workload: { holdUnits: 100 }, common: { runtimes: [...RUNTIMES], repeat: 1, warmup: 0 } }],
  describe: (o, t) => t('workloads.priority-inversion.describe', { variants: optionNames(t, 'priority-inversion', 'variants', o.variants), unitSteps: o.unitSteps, holdUnits: o.holdUnits }),
})
