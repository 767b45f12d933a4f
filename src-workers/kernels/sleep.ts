/** The sleep kernel: a timer, so the thread is free while it waits; the in-process executors' cancel ends it. */
import { setTimeout as wait } from 'node:timers/promises'
import type { SleepResult, SleepTask } from '../../src-shared/protocol'

export async function runSleep(task: SleepTask, signal?: AbortSignal): Promise<SleepResult> {
  const start = performance.now()
  await wait(task.ms, undefined, signal ? { signal } : {})
  return { kind: 'sleep', waitedMs: performance.now() - start }
}
