/**
 * One of the two polite livelock workers (engine side: src-main/engine/experiments/hazards/livelock.ts).
 * Worker w holds lock w and wants lock 1-w too:
 *
 *   take mine; hold it `holdUs` (busy); try the other's once
 *   got it: a completion, give both back, then back off as below
 *   failed: hold on `holdUs` more (politely: the other may be about to give way), give mine back,
 *           back off: `fixed`, until the next tick of a `backoffUs` period on the process-wide
 *           clock, the way a sleep on a coarse OS timer ends on the timer's tick; `random`, for a
 *           random 0..2x `backoffUs`
 *
 * Both try while both hold, so both fail; both give way at once and come back together after the
 * same back-off, in step: busy and no progress. They spin while they hold (the tries never
 * block) and sleep while they back off: a woken sleeper is scheduled promptly even on a busy
 * machine, where a spinner waits its turn, so the sleep is what keeps the step under load. Their work is counted in busy-loop iterations (`spins`) and measured as thread CPU
 * time (thread-cpu.ts). Ends after `durationMs` (its own clock), at `completions` pairs between
 * both workers, or when the AbortFlag is set.
 */
import type { LivelockResult, LivelockTask } from '../../../src-shared/protocol-hazards'
import type { AbortFlag } from '../../sync/abort-flag'
import { Mutex } from '../../sync/mutex'
import { TraceRing } from '../../sync/trace-ring'
import { COMPLETED, abortFlagOf, lockHandle, nowUs, randomOf, startLine, tableView } from './layout'
import { cpuSince, threadCpuMs } from './thread-cpu'

/** Microseconds on the clock every thread of the process shares (each thread's performance.now() has its own origin). */
const sharedUs = (): number => (performance.timeOrigin + performance.now()) * 1000

/** Spins until the shared clock reads `untilUs`; returns the iterations (the work done). */
function busyUntil(untilUs: number, abort: AbortFlag): number {
  let n = 0
  while (sharedUs() < untilUs) {
    n++
    if ((n & 1023) === 0 && abort.isSet) break
  }
  return n
}

const busy = (us: number, abort: AbortFlag): number => busyUntil(sharedUs() + us, abort)

/**
 * The fixed back-off ends on the next tick of its period: two workers that give way at about the
 * same time come back at exactly the same time, as two equal sleeps on a ticking timer do, which is
 * what keeps them in step. Without the tick, scheduling noise would drift them apart on a busy machine.
 */
/** Sleeps (abortable slices) until the shared clock reads `untilUs`. */
function sleepUntil(untilUs: number, abort: AbortFlag, scratch: Int32Array): void {
  for (let left = untilUs - sharedUs(); left > 0 && !abort.isSet; left = untilUs - sharedUs()) Atomics.wait(scratch, 0, 0, Math.min(left / 1000, 20))
}

const nextTickUs = (periodUs: number): number => Math.ceil(sharedUs() / periodUs) * periodUs

export function runLivelock(task: LivelockTask): LivelockResult {
  const t = tableView(task.buffer)
  const abort = abortFlagOf(task.buffer)
  const trace = task.trace ? { trace: TraceRing.from(task.trace) } : {}
  const mine = Mutex.from(lockHandle(task.buffer, task.worker), trace)
  const other = Mutex.from(lockHandle(task.buffer, 1 - task.worker), trace)
  const random = randomOf(task.seed)
  const scratch = new Int32Array(new SharedArrayBuffer(4))
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
    } else {
      retries++
      spins += busy(task.holdUs, abort)
    }
    mine.release()
    // After a completion too: a polite worker steps back before its next attempt, so a winner does
    // not take pair after pair while the other is still backing off.
    sleepUntil(task.variant === 'fixed' ? nextTickUs(task.backoffUs) : sharedUs() + random() * 2 * task.backoffUs, abort, scratch)
    if (abort.isSet) return end('aborted', startUs)
  }
  return end(abort.isSet ? 'aborted' : 'done', startUs)
}
