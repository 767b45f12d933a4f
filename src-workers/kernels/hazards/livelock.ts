/**
 * One of the two polite livelock workers (engine side: src-main/engine/experiments/hazards/livelock.ts).
 * Worker w holds lock w and wants lock 1-w too:
 *
 *   take mine; hold it `holdUs` (busy); try the other's once
 *   got it: a completion, give both back
 *   failed: hold on `holdUs` more (politely: the other may be about to give way), give mine back,
 *           back off (busy) for `backoffUs` (fixed) or a random 0..2x that (random), start over
 *
 * Both try while both hold, so both fail; both give way at once and come back together after the
 * same back-off, in step: busy and no progress. The tries never block, so the workers spin the
 * whole time. Their work is counted in busy-loop iterations (`spins`) and measured as thread CPU
 * time (thread-cpu.ts). Ends after `durationMs` (its own clock), at `completions` pairs between
 * both workers, or when the AbortFlag is set.
 */
import type { LivelockResult, LivelockTask } from '../../../src-shared/protocol-hazards'
import type { AbortFlag } from '../../sync/abort-flag'
import { Mutex } from '../../sync/mutex'
import { TraceRing } from '../../sync/trace-ring'
import { COMPLETED, abortFlagOf, lockHandle, nowUs, randomOf, startLine, tableView } from './layout'
import { cpuSince, threadCpuMs } from './thread-cpu'

/** Spins until `us` passed on the thread's clock; returns the iterations (the work done). */
function busy(us: number, abort: AbortFlag): number {
  const until = performance.now() + us / 1000
  let n = 0
  while (performance.now() < until) {
    n++
    if ((n & 1023) === 0 && abort.isSet) break
  }
  return n
}

export function runLivelock(task: LivelockTask): LivelockResult {
  const t = tableView(task.buffer)
  const abort = abortFlagOf(task.buffer)
  const trace = task.trace ? { trace: TraceRing.from(task.trace) } : {}
  const mine = Mutex.from(lockHandle(task.buffer, task.worker), trace)
  const other = Mutex.from(lockHandle(task.buffer, 1 - task.worker), trace)
  const random = randomOf(task.seed)
  const cpuBefore = threadCpuMs()
  let completions = 0
  let retries = 0
  let spins = 0
  const end = (outcome: LivelockResult['outcome'], startUs: number): LivelockResult => ({ kind: 'livelock', outcome, completions, retries, spins, cpuMs: cpuSince(cpuBefore), startUs, endUs: nowUs() })

  if (!startLine(t, abort, task.timeoutMs)) return end(abort.isSet ? 'aborted' : 'timeout', nowUs())
  const startUs = nowUs()
  const until = performance.now() + task.durationMs
  while (performance.now() < until && Atomics.load(t, COMPLETED) < task.completions) {
    const got = mine.acquire({ timeoutMs: task.timeoutMs, abort })
    if (got !== 'acquired') return end(got, startUs)
    spins += busy(task.holdUs, abort)
    if (other.tryAcquire()) {
      completions++
      Atomics.add(t, COMPLETED, 1)
      other.release()
      mine.release()
      continue
    }
    retries++
    spins += busy(task.holdUs, abort)
    mine.release()
    spins += busy(task.variant === 'fixed' ? task.backoffUs : random() * 2 * task.backoffUs, abort)
    if (abort.isSet) return end('aborted', startUs)
  }
  return end(abort.isSet ? 'aborted' : 'done', startUs)
}
