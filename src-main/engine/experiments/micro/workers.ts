/** Starting and stopping single workers for experiments that drive them without a pool. */
import type { Clock } from '../../measure/clock'
import { raceAbort } from '../../pool'
import { WorkerSpawnError } from '../../runtimes/errors'
import { ManagedWorker, type ReadyInfo } from '../../runtimes/managed-worker'
import type { RuntimeAdapter } from '../../runtimes/types'

export const SPAWN_TIMEOUT_MS = 30_000

/** Spawns one worker and waits for its `ready`; on failure or cancel, nothing is left running. */
export async function startWorker(
  adapter: RuntimeAdapter,
  clock: Clock,
  signal: AbortSignal,
  timeoutMs = SPAWN_TIMEOUT_MS,
): Promise<{ worker: ManagedWorker; ready: ReadyInfo }> {
  signal.throwIfAborted()
  const worker = new ManagedWorker(adapter, clock)
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new WorkerSpawnError(adapter.kind, `no ready message within ${timeoutMs} ms`)), timeoutMs)
  })
  try {
    const ready = await raceAbort(Promise.race([worker.ready, timeout]), signal)
    return { worker, ready }
  } catch (error) {
    await worker.forceStop()
    throw error
  } finally {
    clearTimeout(timer)
  }
}

/** Graceful stop of every worker, or a forced one after a cancel; resolves when all have exited. */
export async function stopWorkers(workers: Iterable<ManagedWorker>, force: boolean): Promise<void> {
  await Promise.all([...workers].map((w) => (force ? w.forceStop() : w.stop())))
}
