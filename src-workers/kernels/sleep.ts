/** The sleep kernel: a timer, so the thread is free while it waits; the in-process executors' cancel ends it. */
import { setTimeout as wait } from 'node:timers/promises'
import type { SleepResult, SleepTask } from '../../src-shared/protocol'
import { type LockScope, NO_LOCK } from '../global-lock-scope'

/** `lock`: the global-lock mode's scope; the timer runs with the lock released, as time.sleep does. */
export async function runSleep(task: SleepTask, signal?: AbortSignal, lock: LockScope = NO_LOCK): Promise<SleepResult> {
  const start = performance.now()
  await lock.around(() => wait(task.ms, undefined, signal ? { signal } : {}))
  return { kind: 'sleep', waitedMs: performance.now() - start }
}
