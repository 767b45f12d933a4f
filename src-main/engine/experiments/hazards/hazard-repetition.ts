/**
 * One repetition of a hazard experiment: a fresh buffer (locks, table, AbortFlag), one task per
 * worker of the pool, a start line the engine opens once every worker is there, and, for the
 * deadlock, the wait-for watch while they run. The engine never blocks its own thread. However a
 * repetition ends, every worker gets out of its waits: a cancel or a failed worker sets the
 * AbortFlag, and a detected deadlock sets it too, so the pool's threads all come back.
 */
import type { DeadlockCycle, WaitForGraph } from '../../../../src-shared/wait-for-graph'
import type { DeadlockResult, DeadlockTask, LivelockResult, LivelockTask } from '../../../../src-shared/protocol-hazards'
import { GO, READY, abortFlagOf, hazardBufferBytes, placeLocks, tableView } from '../../../../src-workers/kernels/hazards/layout'
import type { TaskExecutor } from '../../executor'
import { AbortError } from '../../runtimes/errors'
import { startWatch, tableSource } from './wait-for-watch'

export class HazardStartError extends Error {
  override name = 'HazardStartError'
}

export interface HazardRepetition<R> {
  results: R[]
  cycle: DeadlockCycle | null
  graph: WaitForGraph | null
}

export interface RepetitionSpec<T extends DeadlockTask | LivelockTask> {
  workers: number
  timeoutMs: number
  /** The task of worker `worker` on `buffer`. */
  task(buffer: SharedArrayBuffer, worker: number): T
  /** Deadlock only: watch the wait-for graph every `pollMs`. */
  watch?: { pollMs: number; onGraph?: (graph: WaitForGraph) => void }
}

async function startLine(t: Int32Array, workers: number, timeoutMs: number, signal: AbortSignal): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Atomics.load(t, READY) < workers) {
    if (signal.aborted) throw new AbortError(signal.reason)
    if (Date.now() > deadline) throw new HazardStartError(`only ${Atomics.load(t, READY)} of ${workers} workers started within ${timeoutMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 1))
  }
}

export async function hazardRepetition<T extends DeadlockTask | LivelockTask>(pool: TaskExecutor, spec: RepetitionSpec<T>, signal: AbortSignal): Promise<HazardRepetition<T extends DeadlockTask ? DeadlockResult : LivelockResult>> {
  type R = T extends DeadlockTask ? DeadlockResult : LivelockResult
  const buffer = new SharedArrayBuffer(hazardBufferBytes(spec.workers))
  placeLocks(buffer, spec.workers)
  const t = tableView(buffer)
  const abort = abortFlagOf(buffer)
  const onAbort = () => abort.set()
  signal.addEventListener('abort', onAbort, { once: true })
  try {
    const runs = Array.from({ length: spec.workers }, (_, w) => pool.run(spec.task(buffer, w), signal))
    for (const run of runs) run.catch(() => abort.set())
    const settled = Promise.allSettled(runs)
    try {
      await startLine(t, spec.workers, spec.timeoutMs, signal)
    } catch (error) {
      abort.set()
      await settled
      throw error
    }
    const watch = spec.watch ? startWatch({ source: tableSource(buffer, spec.workers), pollMs: spec.watch.pollMs, ...(spec.watch.onGraph ? { onGraph: spec.watch.onGraph } : {}) }) : null
    Atomics.store(t, GO, 1)
    Atomics.notify(t, GO)
    const outcomes = await settled
    const seen = watch?.stop() ?? null
    const failed = outcomes.find((o) => o.status === 'rejected')
    if (failed) throw failed.reason
    if (signal.aborted) throw new AbortError(signal.reason)
    const results = outcomes.flatMap((o) => (o.status === 'fulfilled' ? [o.value.result as R] : []))
    return { results, cycle: seen?.cycle ?? null, graph: seen?.graph ?? null }
  } finally {
    signal.removeEventListener('abort', onAbort)
  }
}
