/**
 * The workers of one shared-vs-messages point, driven without a pool: each task goes to a chosen
 * worker (clients 0..N-1, the owner last) and may carry MessagePorts, which a pool cannot hand
 * over. Every task is bounded by its timeout and by the cancel; `stop` ends every worker, by
 * force after a cancel or a failure, so none survives the point.
 */
import type { Transferable } from 'node:worker_threads'
import type { ResultOf, Task } from '../../../../src-shared/protocol'
import type { Clock } from '../../measure/clock'
import { raceAbort } from '../../pool'
import type { ManagedWorker } from '../../runtimes/managed-worker'
import type { RuntimeAdapter } from '../../runtimes/types'
import { startWorker, stopWorkers } from '../micro/workers'

export class Crew {
  private constructor(
    private readonly workers: ManagedWorker[],
    private readonly signal: AbortSignal,
  ) {}

  /** Starts `count` workers one after the other; if one fails or the run is cancelled, none is left. */
  static async start(adapter: RuntimeAdapter, count: number, clock: Clock, signal: AbortSignal): Promise<Crew> {
    const workers: ManagedWorker[] = []
    try {
      for (let i = 0; i < count; i++) workers.push((await startWorker(adapter, clock, signal)).worker)
    } catch (error) {
      await stopWorkers(workers, true)
      throw error
    }
    return new Crew(workers, signal)
  }

  get size(): number {
    return this.workers.length
  }

  /** Runs `task` on worker `index`; rejects at once on cancel (the worker is then stopped by `stop`). */
  async run<T extends Task>(index: number, task: T, timeoutMs: number, transfer?: readonly Transferable[]): Promise<ResultOf<T>> {
    const worker = this.workers[index]
    if (!worker) throw new Error(`Impossible: no worker ${index} in a crew of ${this.workers.length}`)
    const answer = await raceAbort(worker.run(task, timeoutMs, transfer), this.signal)
    if (answer.result.kind !== task.kind) throw new Error(`Impossible: a ${task.kind} task answered ${answer.result.kind}`)
    return answer.result as ResultOf<T>
  }

  /** Graceful after a clean point; forced after a cancel or a failure (a worker may be blocked). */
  stop(force: boolean): Promise<void> {
    return stopWorkers(this.workers, force)
  }
}
