/**
 * Sleep vs spin: every task waits `ms`. Asleep, waits overlap on any runtime, one event loop
 * included; spinning, only as many overlap as there are cores. The check: every task of the
 * repetition waited at least its time (a timer may fire a little late, never early).
 */
import type { SleepTask } from '../../../src-shared/protocol'
import type { Check } from '../../../src-shared/report'
import type { SleepOptions } from '../../../src-shared/workloads/sleep'
import type { SweepWorkload } from './experiment'

/**
 * Timers round to whole milliseconds and the loop's clock is read before the task's own, so a
 * wait can measure up to about a millisecond short of what was asked; less than that is wrong.
 */
const TIMER_SLACK_MS = 1

export function sleepWorkload(options: SleepOptions): SweepWorkload<SleepTask> {
  const expected = options.tasks * options.ms
  return {
    options,
    tasks: () => Array.from({ length: options.tasks }, () => ({ kind: 'sleep', ms: options.ms, mode: options.mode })),
    check(results): Check {
      const waitedEnough = results.filter((r) => r.waitedMs >= options.ms - TIMER_SLACK_MS).length
      // Expected: the total wait asked for; actual: the part of it that really elapsed.
      return { expected, actual: waitedEnough * options.ms, ok: results.length === options.tasks && waitedEnough === options.tasks, source: 'known-value' }
    },
  }
}
