/**
 * One thread of the locks experiment (engine side: src-main/engine/experiments/locks.ts). All
 * threads of a repetition share one buffer (locks-layout.ts): they meet at a start line, then
 * compete for the shared acquisitions until all are taken or the time budget is spent. Each thread
 * counts what it got and times each wait, so the engine can tell a fair lock from one that starves
 * some threads. With `lock: null` the same loop runs without the Mutex: the harness's own cost
 * (clock readings, counting, the busy loops), reported beside the lock's.
 *
 * Every wait is bounded by `timeoutMs` and ends early when the AbortFlag is set (cancel).
 *
 * Under the global lock (issue 16, the task's `globalLock`): the loop computes holding it, the
 * busy loops inside and outside the Mutex are safe points, and the start line and the Mutex let it
 * go while they sleep or hand it over while they spin (sync/wait.ts), as CPython's `Lock` does.
 */
import type { LocksResult, LocksTask } from '../../src-shared/protocol'
import { AbortFlag } from '../sync/abort-flag'
import { Mutex } from '../sync/mutex'
import { TraceRing } from '../sync/trace-ring'
import { type WaitOptions, deadlineOf, waitWhile } from '../sync/wait'
import { spin } from './busy'
import { type LockScope, NO_LOCK, lockSpecOf, runLockedSync } from '../global-lock-scope'
import { ABORT_OFFSET, GO, MUTEX_OFFSET, READY, STOP, TAKEN, mutexHandle } from './locks-layout'

/**
 * Microseconds on the process-wide monotonic clock. Not `performance.now()`: each worker thread
 * has its own time origin, and the engine compares starts and ends across threads.
 */
const nowUs = (): number => Number(process.hrtime.bigint()) / 1000

type Outcome = LocksResult['outcome']

/** One thread's part, under the task's global lock when it carries one (the result then says what it saw of the lock). */
export function runLocks(task: LocksTask): LocksResult {
  const spec = lockSpecOf(task)
  return spec === undefined ? locksWith(task, NO_LOCK) : runLockedSync<LocksResult>(spec, (lock) => locksWith(task, lock))
}

function locksWith(task: LocksTask, lock: LockScope): LocksResult {
  const tick = () => lock.tick()
  const control = new Int32Array(task.buffer, 0, MUTEX_OFFSET / 4)
  const abort = AbortFlag.from({ buffer: task.buffer, offset: ABORT_OFFSET })
  const waitsUs: number[] = []
  const wait = { timeoutMs: task.timeoutMs, abort }

  Atomics.add(control, READY, 1)
  Atomics.notify(control, READY)
  const startDeadline = deadlineOf(wait)
  let start: 'changed' | 'timeout' | 'aborted' = 'changed'
  while (start === 'changed' && Atomics.load(control, GO) === 0) start = waitWhile(control, GO, 0, startDeadline, abort)
  const startUs = nowUs()
  if (start !== 'changed') return { kind: 'locks', outcome: start, acquisitions: 0, waitsUs, startUs, endUs: startUs, sink: 0 }

  const deadlineUs = startUs + task.maxRepetitionMs * 1000
  const { outcome, sink } =
    task.lock === null
      ? withoutLock(task, control, waitsUs, deadlineUs, tick)
      : withLock(task, Mutex.from(mutexHandle(task.buffer, task.lock), task.trace ? { trace: TraceRing.from(task.trace) } : {}), wait, control, waitsUs, deadlineUs, tick)
  return { kind: 'locks', outcome, acquisitions: waitsUs.length, waitsUs, startUs, endUs: nowUs(), sink }
}

type LoopEnd = { outcome: Outcome; sink: number }

function withLock(task: LocksTask, mutex: Mutex, wait: WaitOptions, control: Int32Array, waitsUs: number[], deadlineUs: number, tick: () => void): LoopEnd {
  let sink = 0
  for (;;) {
    const asked = nowUs()
    const got = mutex.acquire(wait)
    const held = nowUs()
    if (got !== 'acquired') return { outcome: got, sink }
    const taken = control[TAKEN]!
    if (taken >= task.acquisitions || control[STOP] !== 0 || held > deadlineUs) {
      control[STOP] = 1
      mutex.release()
      return { outcome: 'done', sink }
    }
    // A plain read-modify-write with the work in between: only mutual exclusion keeps it exact.
    sink ^= spin(task.criticalWork, tick)
    control[TAKEN] = taken + 1
    mutex.release()
    waitsUs.push(held - asked)
    sink ^= spin(task.outsideWork, tick)
  }
}

/** The same loop, clock readings and work without the Mutex: claims an acquisition with one atomic add. */
function withoutLock(task: LocksTask, control: Int32Array, waitsUs: number[], deadlineUs: number, tick: () => void): LoopEnd {
  let sink = 0
  for (;;) {
    const asked = nowUs()
    const held = nowUs()
    if (Atomics.add(control, TAKEN, 1) >= task.acquisitions || Atomics.load(control, STOP) !== 0 || held > deadlineUs) {
      Atomics.store(control, STOP, 1)
      return { outcome: 'done', sink }
    }
    sink ^= spin(task.criticalWork, tick)
    waitsUs.push(held - asked)
    sink ^= spin(task.outsideWork, tick)
  }
}
