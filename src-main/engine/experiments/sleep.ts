/**
 * Sleep vs spin, waiting against computing: every task takes about `ms`. Asleep on a timer, the
 * waits overlap on any runtime, one event loop included, and even with more workers than cores.
 * Spinning, each task is a busy loop sized before the sweep to take `ms` on one free core, so
 * only as many overlap as there are cores: the same picture as CPU-bound work. (A loop that spun
 * on the clock would not do: descheduled, it still sees time pass, and oversubscribed loops would
 * all "finish" in time, hiding the cores' limit.)
 *
 * Checks: a sleep must have lasted its full time (a timer may fire late, never early); a busy
 * loop must return the checksum a single-thread run of the same loop returned.
 */
import type { BusyTask, SleepTask } from '../../../src-shared/protocol'
import type { Check } from '../../../src-shared/report'
import type { SleepOptions } from '../../../src-shared/workloads/sleep'
import { WorkerPool } from '../pool'
import { threadRuntime } from '../runtimes/thread-runtime'
import type { SweepWorkload } from './experiment'

/**
 * Timers round to whole milliseconds and the loop's clock is read before the task's own, so a
 * wait can measure up to about a millisecond short of what was asked; less than that is wrong.
 */
const TIMER_SLACK_MS = 1
/** Long enough that the loop's rate is measured well above the clock's resolution and the JIT's warm-up. */
const CALIBRATION_ITERATIONS = 20_000_000

interface BusyPlan {
  iterations: number
  checksum: number
}

export function sleepWorkload(options: SleepOptions): SweepWorkload<SleepTask | BusyTask> {
  let busy: BusyPlan | undefined
  return {
    options,
    async prepare(signal) {
      if (options.mode === 'spin') busy = await planBusyLoop(options.ms, signal)
    },
    tasks(): Array<SleepTask | BusyTask> {
      if (options.mode === 'sleep') return Array.from({ length: options.tasks }, () => ({ kind: 'sleep', ms: options.ms }))
      const plan = busy
      if (plan === undefined) throw new Error('sleep: tasks were asked for before prepare() sized the busy loop')
      return Array.from({ length: options.tasks }, () => ({ kind: 'busy', iterations: plan.iterations }))
    },
    check(results): Check {
      const verified = results.filter((r) => (r.kind === 'sleep' ? r.waitedMs >= options.ms - TIMER_SLACK_MS : r.checksum === busy?.checksum)).length
      return { expected: options.tasks, actual: verified, ok: results.length === options.tasks && verified === options.tasks, source: options.mode === 'spin' ? 'single-thread' : 'known-value' }
    },
    // The loop's size decides every spin figure: recorded beside them.
    pointExtras: () => (busy ? { settings: { busyIterationsPerTask: busy.iterations } } : {}),
  }
}

/**
 * Sizes the busy loop on this machine: one worker thread times the loop (twice, so the JIT has
 * compiled it), scales it to `ms`, then runs the sized loop once for the reference checksum. In
 * a worker thread, so the app's main process never spins.
 */
async function planBusyLoop(ms: number, signal: AbortSignal): Promise<BusyPlan> {
  const pool = await WorkerPool.start({ runtime: threadRuntime(), size: 1 }, signal)
  try {
    let wallMs = 0
    for (let i = 0; i < 2; i++) wallMs = (await pool.run({ kind: 'busy', iterations: CALIBRATION_ITERATIONS }, signal)).timing.wallMs
    const iterations = Math.max(1, Math.round((CALIBRATION_ITERATIONS / Math.max(wallMs, 0.001)) * ms))
    const reference = await pool.run({ kind: 'busy', iterations }, signal)
    return { iterations, checksum: reference.result.checksum }
  } finally {
    await (signal.aborted ? pool.destroy(signal.reason) : pool.close())
  }
}
