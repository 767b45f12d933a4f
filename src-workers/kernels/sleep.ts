/** The sleep kernel: a timer, so the thread is free while it waits; the in-process executors' cancel ends it. */
import { setTimeout as wait } from 'node:timers/promises'
import type { SleepResult, SleepTask } from '../../src-shared/protocol'
import { type LockScope, NO_LOCK } from '../global-lock-scope'

/** `lock`: the global-lock mode's scope; the timer runs with the lock released, as time.sleep does. */
export async function runSleep(task: SleepTask, signal?: AbortSignal, lock: LockScope = NO_LOCK): Promise<SleepResult> {
  const start = performance.now()
  if (task.wakeUps !== undefined) return { kind: 'sleep', wakeUps: await convoy(task.ms, task.wakeUps, signal, lock), waitedMs: performance.now() - start }
  await lock.around(() => wait(task.ms, undefined, signal ? { signal } : {}))
  return { kind: 'sleep', waitedMs: performance.now() - start }
}

/**
 * Convoy mode: sleeps `ms` `count` times and times each wake-up up to the moment this thread runs
 * again, which under the global lock includes getting the lock back from a busy holder. Lateness is
 * what passed beyond `ms` (a timer rounds to whole ms, so a hair early counts as on time, never as
 * negative); the epoch time lets the engine keep only wake-ups that had a busy neighbour.
 */
async function convoy(ms: number, count: number, signal: AbortSignal | undefined, lock: LockScope): Promise<{ lateMs: number[]; atEpochMs: number[] }> {
  const lateMs: number[] = []
  const atEpochMs: number[] = []
  for (let i = 0; i < count; i++) {
    const asleep = performance.now()
    await lock.around(() => wait(ms, undefined, signal ? { signal } : {}))
    const awake = performance.now()
    lateMs.push(Math.max(0, awake - asleep - ms))
    atEpochMs.push(performance.timeOrigin + awake)
  }
  return { lateMs, atEpochMs }
}
