/**
 * One of the two polite livelock workers as a process (kernels/hazards/livelock.ts is the thread
 * one, and the steps are the same), the locks held by the engine's lock server (lock-client.ts):
 * take mine; hold it `holdUs` (busy); try the other's once; got it: a completion; failed: hold on
 * `holdUs` more, give mine back; then back off, `fixed` to the next tick of a `backoffUs` period,
 * `random` for a random 0..2x `backoffUs`. The tick is read on the monotonic clock every process
 * of the machine shares (`process.hrtime`), so two processes that give way together come back
 * together, as two threads do.
 *
 * The spin never yields to the event loop, so it watches `orphaned()` itself (an engine SIGKILLed
 * sends no 'disconnect' a busy loop could see).
 */
import type { LivelockResult, RemoteLivelockTask } from '../../../src-shared/protocol-hazards'
import { processCpuMs } from './deadlock-remote'
import type { LockClient } from './lock-client'
import { nowUs, randomOf } from './layout'

/** Spins until the shared clock reads `untilUs`; returns the iterations (the work done). */
function busyUntil(untilUs: number, stop: () => boolean): number {
  let n = 0
  while (nowUs() < untilUs) {
    n++
    if ((n & 1023) === 0 && stop()) break
  }
  return n
}

export async function runRemoteLivelock(task: RemoteLivelockTask, locks: LockClient, orphaned: () => boolean): Promise<LivelockResult> {
  const mine = task.worker
  const other = 1 - task.worker
  const random = randomOf(task.seed)
  const stop = () => locks.aborted || orphaned()
  const cpuBefore = processCpuMs()
  let completions = 0
  let retries = 0
  let spins = 0
  let completed = 0
  const end = (outcome: LivelockResult['outcome'], startUs: number): LivelockResult => ({ kind: 'livelock', outcome, completions, retries, spins, cpuMs: processCpuMs() - cpuBefore, startUs, endUs: nowUs() })

  if (!(await locks.waitGo(task.timeoutMs))) return end(locks.aborted ? 'aborted' : 'timeout', nowUs())
  const startUs = nowUs()
  const untilUs = startUs + task.durationMs * 1000
  while (nowUs() < untilUs && completed < task.completions) {
    const got = await locks.acquire(mine, task.timeoutMs, 'blocks')
    if (got !== 'acquired') return end(got, startUs)
    spins += busyUntil(nowUs() + task.holdUs, stop)
    if (await locks.tryAcquire(other)) {
      completions++
      completed = await locks.done()
      await locks.release(other)
    } else {
      retries++
      spins += busyUntil(nowUs() + task.holdUs, stop)
    }
    completed = Math.max(completed, await locks.release(mine))
    if (stop()) return end('aborted', startUs)
    // After a completion too: a polite worker steps back before its next attempt.
    const backUs = task.variant === 'fixed' ? Math.ceil(nowUs() / task.backoffUs) * task.backoffUs - nowUs() : random() * 2 * task.backoffUs
    if (!(await locks.pause(backUs / 1000))) return end('aborted', startUs)
  }
  return end(locks.aborted ? 'aborted' : 'done', startUs)
}
