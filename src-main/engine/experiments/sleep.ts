/**
 * Sleep vs spin, waiting against computing: every task takes about `ms`. Asleep on a timer, the
 * waits overlap on any runtime, one event loop included, and even with more workers than cores.
 * Spinning, each task is a busy loop sized before the sweep to take `ms` on one free core, so
 * only as many overlap as there are cores: the same picture as CPU-bound work. (A loop that spun
 * on the clock would not do: descheduled, it still sees time pass, and oversubscribed loops would
 * all "finish" in time, hiding the cores' limit.)
 *
 * Convoy: with W workers, one task sleeps `ms` `tasks` times while W-1 spin a loop sized to all
 * those sleeps; the point records how late the sleeper woke beside them (sleep-convoy.ts).
 *
 * Checks: a sleep must have lasted its full time (a timer may fire late, never early); a busy
 * loop must return the checksum a single-thread run of the same loop returned.
 */
import type { BusyTask, SleepResult, SleepTask } from '../../../src-shared/protocol'
import type { Check } from '../../../src-shared/report'
import type { SleepOptions } from '../../../src-shared/workloads/sleep'
import { WorkerPool } from '../pool'
import { threadRuntime } from '../runtimes/thread-runtime'
import type { SweepWorkload } from './experiment'
import { convoyFigures } from './sleep-convoy'

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
      // Convoy: each busy loop lasts as long as all the sleeper's naps, so they run side by side.
      if (options.mode === 'spin') busy = await planBusyLoop(options.ms, signal)
      if (options.mode === 'convoy') busy = await planBusyLoop(options.ms * options.tasks, signal)
    },
    tasks(workers): Array<SleepTask | BusyTask> {
      if (options.mode === 'sleep') return Array.from({ length: options.tasks }, () => ({ kind: 'sleep', ms: options.ms }))
      const plan = busy
      if (plan === undefined) throw new Error('sleep: tasks were asked for before prepare() sized the busy loop')
      const spinner = (): BusyTask => ({ kind: 'busy', iterations: plan.iterations })
      if (options.mode === 'spin') return Array.from({ length: options.tasks }, spinner)
      // The sleeper first, so that the queue hands it out at once, one task per worker.
      return [{ kind: 'sleep', ms: options.ms, wakeUps: options.tasks }, ...Array.from({ length: workers - 1 }, spinner)]
    },
    check(results): Check {
      const minimumMs = (r: SleepResult) => (r.wakeUps ? options.tasks : 1) * options.ms - TIMER_SLACK_MS
      const verified = results.filter((r) => (r.kind === 'sleep' ? r.waitedMs >= minimumMs(r) : r.checksum === busy?.checksum)).length
      const expected = options.mode === 'convoy' ? results.length : options.tasks
      const sleepers = results.filter((r) => r.kind === 'sleep' && r.wakeUps?.lateMs.length === options.tasks).length
      const shaped = options.mode !== 'convoy' || sleepers === 1
      return { expected, actual: verified, ok: shaped && results.length === expected && verified === expected, source: options.mode === 'sleep' ? 'known-value' : 'single-thread' }
    },
    // The loop's size decides every spin figure: recorded beside them.
    pointExtras: (repetitions) => ({
      ...(busy ? { settings: { busyIterationsPerTask: busy.iterations } } : {}),
      ...(options.mode === 'convoy' ? { convoy: convoyFigures(repetitions) } : {}),
    }),
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
