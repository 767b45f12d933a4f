/**
 * The sleep kernel: wait on a timer, or spin on the clock for the same time. Spinning answers
 * without a promise (it holds the thread anyway); sleeping takes the in-process executors' cancel.
 */
import { setTimeout as wait } from 'node:timers/promises'
import type { SleepResult, SleepTask } from '../../src-shared/protocol'

export function runSleep(task: SleepTask, signal?: AbortSignal): SleepResult | Promise<SleepResult> {
  const start = performance.now()
  if (task.mode === 'spin') {
    // Reading the clock is the work: nothing here yields, exactly like a CPU-bound chunk.
    while (performance.now() - start < task.ms) {
      /* busy */
    }
    return { kind: 'sleep', waitedMs: performance.now() - start }
  }
  return wait(task.ms, undefined, signal ? { signal } : {}).then(() => ({ kind: 'sleep' as const, waitedMs: performance.now() - start }))
}
