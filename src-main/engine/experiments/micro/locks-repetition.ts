/**
 * One repetition of the locks experiment: N threads of a pool on one fresh shared buffer (a new
 * Mutex, a new start line, a new count), let go at once, each taking the lock until the shared
 * acquisitions are used up. The engine never blocks its own thread: it waits for the start line by
 * polling, and every thread's waits are bounded by `timeoutMs` and cut short by the buffer's
 * AbortFlag, which a cancel sets before the pool terminates the threads.
 */
import type { LocksTask } from '../../../../src-shared/protocol'
import type { TraceHandle } from '../../../../src-shared/protocol-shared-state'
import { ABORT_OFFSET, GO, MUTEX_OFFSET, READY, TAKEN, locksBufferBytes, placeMutex } from '../../../../src-workers/kernels/locks-layout'
import { AbortFlag } from '../../../../src-workers/sync/abort-flag'
import type { TaskExecutor } from '../../executor'
import { AbortError } from '../../runtimes/errors'
import type { LocksRepetition } from './locks-figures'

export type RepetitionTask = Omit<LocksTask, 'kind' | 'buffer' | 'worker' | 'trace'>

/** How often the engine looks at the start line; only the start waits on it, never the timing. */
const POLL_MS = 1

export class LockWaitTimeoutError extends Error {
  override name = 'LockWaitTimeoutError'
}

async function startLine(control: Int32Array, threads: number, timeoutMs: number, signal: AbortSignal): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Atomics.load(control, READY) < threads) {
    if (signal.aborted) throw new AbortError(signal.reason)
    if (Date.now() > deadline) throw new LockWaitTimeoutError(`locks: only ${Atomics.load(control, READY)} of ${threads} threads started within ${timeoutMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, POLL_MS))
  }
}

/** `rings`: the traced repetition's trace ring per thread (absent in the measured ones). */
export async function runRepetition(pool: TaskExecutor, spec: RepetitionTask, signal: AbortSignal, rings?: readonly TraceHandle[]): Promise<LocksRepetition> {
  const buffer = new SharedArrayBuffer(locksBufferBytes())
  const control = new Int32Array(buffer, 0, MUTEX_OFFSET / 4)
  const abort = AbortFlag.from({ buffer, offset: ABORT_OFFSET })
  if (spec.lock !== null) placeMutex(buffer, spec.lock)
  // Registered before the pool's own listener: the flag is set first, so threads blocked in a
  // wait leave it within one slice, then the pool terminates them.
  const onAbort = () => abort.set()
  signal.addEventListener('abort', onAbort, { once: true })
  try {
    const runs = Array.from({ length: spec.threads }, (_, worker) => pool.run({ kind: 'locks', buffer, worker, ...spec, ...(rings?.[worker] ? { trace: rings[worker] } : {}) } satisfies LocksTask, signal))
    // A thread that dies may hold the lock: the others are told to stop instead of waiting it out.
    for (const run of runs) run.catch(() => abort.set())
    // However it ends, every thread gets out of its waits; a failure below is then thrown, not hung.
    const settled = Promise.allSettled(runs)
    try {
      await startLine(control, spec.threads, spec.timeoutMs, signal)
    } catch (error) {
      abort.set()
      await settled
      throw error
    }
    Atomics.store(control, GO, 1)
    Atomics.notify(control, GO)
    const outcomes = await settled
    const failed = outcomes.find((o) => o.status === 'rejected')
    if (failed) throw failed.reason
    const results = outcomes.flatMap((o) => (o.status === 'fulfilled' ? [o.value.result] : []))
    if (signal.aborted || results.some((r) => r.outcome === 'aborted')) throw new AbortError(signal.reason)
    if (results.some((r) => r.outcome === 'timeout')) throw new LockWaitTimeoutError(`locks: a thread waited more than ${spec.timeoutMs} ms for the lock`)
    return { results, taken: Atomics.load(control, TAKEN) }
  } finally {
    signal.removeEventListener('abort', onAbort)
  }
}
