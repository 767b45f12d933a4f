/**
 * The deadlock ring's worker as a process (kernels/hazards/deadlock.ts is the thread one, and the
 * steps are the same): worker w takes lock w, sleeps `pauseMs`, then takes lock w+1 (mod N), with
 * the locks held by the engine's lock server (lock-client.ts). `ordered` takes the lower-numbered
 * lock first; `try-backoff` tries the second for `tryTimeoutMs`, gives the first back and backs off
 * for a random 0..2x `backoffMs`. The server sees every acquire, so it keeps the wait-for rows
 * itself; a deadlocked worker sleeps in a socket wait and uses no CPU. Process CPU time is
 * `process.cpuUsage()`: the worker is the only thing its process runs.
 */
import type { DeadlockResult, RemoteDeadlockTask } from '../../../src-shared/protocol-hazards'
import type { LockClient } from './lock-client'
import { nowUs, randomOf } from './layout'

export const processCpuMs = (): number => {
  const usage = process.cpuUsage()
  return (usage.user + usage.system) / 1000
}

export async function runRemoteDeadlock(task: RemoteDeadlockTask, locks: LockClient): Promise<DeadlockResult> {
  const mine = task.worker
  const next = (task.worker + 1) % task.workers
  const [first, second] = task.variant === 'ordered' ? [Math.min(mine, next), Math.max(mine, next)] : [mine, next]
  const random = randomOf(task.seed)
  const cpuBefore = processCpuMs()
  let pairs = 0
  let retries = 0
  const end = (outcome: DeadlockResult['outcome'], startUs: number): DeadlockResult => ({ kind: 'deadlock', outcome, pairs, retries, cpuMs: processCpuMs() - cpuBefore, startUs, endUs: nowUs() })

  if (!(await locks.waitGo(task.timeoutMs))) return end(locks.aborted ? 'aborted' : 'timeout', nowUs())
  const startUs = nowUs()
  const tries = task.variant === 'try-backoff'
  while (pairs < task.pairs) {
    const got = await locks.acquire(first, task.timeoutMs, 'blocks')
    if (got !== 'acquired') return end(got, startUs)
    if (!(await locks.pause(task.pauseMs))) {
      await locks.release(first)
      return end('aborted', startUs)
    }
    const got2 = await locks.acquire(second, tries ? task.tryTimeoutMs : task.timeoutMs, tries ? 'tries' : 'blocks')
    if (got2 === 'acquired') {
      pairs++
      await locks.release(second)
    }
    await locks.release(first)
    if (got2 === 'aborted' || (got2 === 'timeout' && !tries)) return end(got2, startUs)
    if (got2 === 'timeout') {
      retries++
      if (!(await locks.pause(random() * 2 * task.backoffMs))) return end('aborted', startUs)
    }
  }
  return end('done', startUs)
}
