/**
 * One worker of the deadlock ring (engine side: src-main/engine/experiments/hazards/deadlock.ts).
 * Worker w takes lock w, sleeps `pauseMs`, then takes lock w+1 (mod N): when every worker got its
 * first lock before any asked for its second, each waits for the next one's, in a circle, for good.
 * The pause makes that near certain; nothing else lines the workers up after the start line.
 *
 * - `naive`: as above; the second acquire blocks (bounded by `timeoutMs`, cut by the AbortFlag).
 * - `ordered`: the lower-numbered lock first, always: no circle can form (circular wait broken).
 * - `try-backoff`: the second lock is tried for `tryTimeoutMs`; on failure the first is given back
 *   and the worker sleeps a random back-off before starting over (hold and wait broken).
 *
 * Around every lock call the worker updates its row of the wait-for table (layout.ts), which is
 * how the engine sees the circle. The pause sleeps, so a deadlocked worker uses no CPU.
 */
import type { DeadlockResult, DeadlockTask } from '../../../src-shared/protocol-hazards'
import type { AbortFlag } from '../../sync/abort-flag'
import { Mutex } from '../../sync/mutex'
import { TraceRing } from '../../sync/trace-ring'
import { KIND_BLOCKS, KIND_TRIES, TableRow, abortFlagOf, lockHandle, nowUs, randomOf, startLine, tableView } from './layout'
import { cpuSince, threadCpuMs } from './thread-cpu'

/** Sleeps `ms` in abortable slices; false when aborted. */
function pause(ms: number, abort: AbortFlag, scratch: Int32Array): boolean {
  const deadline = performance.now() + ms
  for (;;) {
    if (abort.isSet) return false
    const left = deadline - performance.now()
    if (left <= 0) return true
    Atomics.wait(scratch, 0, 0, Math.min(left, 20))
  }
}

export function runDeadlock(task: DeadlockTask): DeadlockResult {
  const t = tableView(task.buffer)
  const abort = abortFlagOf(task.buffer)
  const row = new TableRow(t, task.worker)
  const trace = task.trace ? { trace: TraceRing.from(task.trace) } : {}
  const mine = task.worker
  const next = (task.worker + 1) % task.workers
  const [first, second] = task.variant === 'ordered' ? [Math.min(mine, next), Math.max(mine, next)] : [mine, next]
  const locks = [Mutex.from(lockHandle(task.buffer, first), trace), Mutex.from(lockHandle(task.buffer, second), trace)] as const
  const scratch = new Int32Array(new SharedArrayBuffer(4))
  const random = randomOf(task.seed)
  const wait = { timeoutMs: task.timeoutMs, abort }
  const cpuBefore = threadCpuMs()
  let pairs = 0
  let retries = 0
  const end = (outcome: DeadlockResult['outcome'], startUs: number): DeadlockResult => ({ kind: 'deadlock', outcome, pairs, retries, cpuMs: cpuSince(cpuBefore), startUs, endUs: nowUs() })

  if (!startLine(t, abort, task.timeoutMs)) return end(abort.isSet ? 'aborted' : 'timeout', nowUs())
  const startUs = nowUs()
  while (pairs < task.pairs) {
    row.waiting(first, KIND_BLOCKS)
    const got = locks[0].acquire(wait)
    row.waited(first, got === 'acquired')
    if (got !== 'acquired') return end(got, startUs)
    if (!pause(task.pauseMs, abort, scratch)) {
      row.releasing(first)
      locks[0].release()
      return end('aborted', startUs)
    }
    const tries = task.variant === 'try-backoff'
    row.waiting(second, tries ? KIND_TRIES : KIND_BLOCKS)
    const got2 = locks[1].acquire(tries ? { timeoutMs: task.tryTimeoutMs, abort } : wait)
    row.waited(second, got2 === 'acquired')
    if (got2 === 'acquired') {
      pairs++
      row.releasing(second)
      locks[1].release()
    }
    row.releasing(first)
    locks[0].release()
    if (got2 === 'aborted' || (got2 === 'timeout' && !tries)) return end(got2, startUs)
    if (got2 === 'timeout') {
      retries++
      if (!pause(random() * 2 * task.backoffMs, abort, scratch)) return end('aborted', startUs)
    }
  }
  return end('done', startUs)
}
