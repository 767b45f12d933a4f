/**
 * A pool of N workers of one runtime with a FIFO work queue. Dynamic chunking falls out of it
 * (free workers pull the next chunk); static chunking is N tasks for N idle workers.
 * Cancellation follows piscina: a queued task is dequeued, a running one has its worker
 * terminated, and the promise rejects with an AbortError. A crashed or timed-out worker fails its
 * task and its slot is refilled, so the pool goes on.
 */
import type { Serialization } from '../../src-shared/report'
import type { ResultOf, Task } from '../../src-shared/protocol'
import type { RuntimeName } from '../../src-shared/config'
import { RUNTIME_TRAITS } from '../../src-shared/runtime-traits'
import type { TaskExecutor, TaskOutcome } from './executor'
import { type Clock, systemClock } from './measure/clock'
import { AbortError, WorkerSpawnError, toError } from './runtimes/errors'
import { ManagedWorker, type ReadyInfo } from './runtimes/managed-worker'
import type { RuntimeAdapter } from './runtimes/types'

export interface PoolOptions {
  runtime: RuntimeAdapter
  size: number
  taskTimeoutMs?: number
  /** How long a worker may take to send `ready` before it counts as failed to spawn. */
  spawnTimeoutMs?: number
  stopGraceMs?: number
  clock?: Clock
}

interface QueuedTask {
  task: Task
  enqueuedAt: number
  resolve(outcome: TaskOutcome): void
  reject(error: Error): void
  cleanup(): void
}

interface Slot {
  index: number
  worker: ManagedWorker
  running: QueuedTask | undefined
}

export class WorkerPool implements TaskExecutor {
  readonly runtime: RuntimeName
  readonly size: number
  readonly serialization: Serialization
  readonly cpuOutsideEngine: boolean
  /** Spawn time of each initial worker, in slot order. */
  readonly spawns: ReadyInfo[] = []
  private readonly slots: Slot[] = []
  private readonly queue: QueuedTask[] = []
  private readonly clock: Clock
  private closed = false
  private readonly replacing = new Set<Promise<void>>()
  /** Workers being stopped outside close/destroy (a cancelled task's); both wait for them. */
  private readonly stopping = new Set<Promise<void>>()

  private constructor(private readonly options: PoolOptions) {
    this.runtime = options.runtime.kind
    this.size = options.size
    this.serialization = options.runtime.serialization
    this.cpuOutsideEngine = RUNTIME_TRAITS[options.runtime.kind].ownProcess
    this.clock = options.clock ?? systemClock
  }

  /** Spawns every worker and waits until all are ready; on failure, none is left running. */
  static async start(options: PoolOptions, signal?: AbortSignal): Promise<WorkerPool> {
    if (!Number.isInteger(options.size) || options.size < 1) throw new RangeError(`Pool size must be a positive integer, got ${options.size}`)
    const pool = new WorkerPool(options)
    try {
      signal?.throwIfAborted()
      for (let index = 0; index < options.size; index++) pool.slots.push({ index, worker: pool.spawn(index), running: undefined })
      const ready = Promise.all(pool.slots.map((slot) => pool.whenReady(slot.worker)))
      pool.spawns.push(...(await raceAbort(ready, signal)))
      return pool
    } catch (error) {
      await pool.destroy(error)
      throw signal?.aborted ? new AbortError(signal.reason) : toError(error)
    }
  }

  get pids(): number[] {
    return this.slots.map((slot) => slot.worker.pid).filter((pid): pid is number => pid !== undefined)
  }

  run<T extends Task>(task: T, signal?: AbortSignal): Promise<TaskOutcome<T>> {
    if (this.closed) return Promise.reject(new Error('The pool is closed'))
    if (signal?.aborted) return Promise.reject(new AbortError(signal.reason))
    return new Promise<TaskOutcome<T>>((resolve, reject) => {
      const entry: QueuedTask = {
        task,
        enqueuedAt: this.clock.now(),
        resolve: (outcome) => resolve(outcome as unknown as TaskOutcome<T>),
        reject,
        cleanup: () => signal?.removeEventListener('abort', onAbort),
      }
      const onAbort = () => this.abortTask(entry, signal?.reason)
      signal?.addEventListener('abort', onAbort, { once: true })
      this.queue.push(entry)
      this.dispatch()
    })
  }

  async close(): Promise<void> {
    this.closed = true
    this.rejectQueued(new Error('The pool was closed before the task started'))
    await Promise.all([...this.replacing])
    await Promise.all([...this.slots.map((slot) => slot.worker.stop(this.options.stopGraceMs)), ...this.stopping])
  }

  async destroy(reason?: unknown): Promise<void> {
    this.closed = true
    const error = new AbortError(reason)
    this.rejectQueued(error)
    for (const slot of this.slots) this.failRunning(slot, error)
    await Promise.all([...this.replacing])
    await Promise.all([...this.slots.map((slot) => slot.worker.forceStop(this.options.stopGraceMs)), ...this.stopping])
  }

  private spawn(index: number): ManagedWorker {
    const worker = new ManagedWorker(this.options.runtime, this.clock)
    worker.onUnexpectedExit = (error) => {
      const slot = this.slots[index]
      if (slot && slot.worker === worker) {
        this.failRunning(slot, error)
        this.replace(slot)
      }
    }
    return worker
  }

  private whenReady(worker: ManagedWorker): Promise<ReadyInfo> {
    const limit = this.options.spawnTimeoutMs ?? 30_000
    let timer: ReturnType<typeof setTimeout> | undefined
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new WorkerSpawnError(this.runtime, `no ready message within ${limit} ms`)), limit)
    })
    return Promise.race([worker.ready, timeout]).finally(() => clearTimeout(timer))
  }

  /** Refills a slot whose worker died or was stopped; the pool goes on with a fresh worker. */
  private replace(slot: Slot): void {
    if (this.closed) return
    const worker = this.spawn(slot.index)
    slot.worker = worker
    const pending = this.whenReady(worker)
      .then(() => this.dispatch())
      .catch((error: unknown) => {
        // Without any worker able to start, queued tasks would wait forever: fail them instead.
        if (this.slots.every((s) => s.worker.state === 'exited' || s.worker.state === 'starting')) this.rejectQueued(toError(error))
        this.trackStop(worker.forceStop())
      })
      .finally(() => this.replacing.delete(pending))
    this.replacing.add(pending)
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (this.queue.length === 0) return
      if (slot.running || slot.worker.state !== 'idle') continue
      const entry = this.queue.shift()!
      this.execute(slot, entry)
    }
  }

  private execute(slot: Slot, entry: QueuedTask): void {
    slot.running = entry
    const worker = slot.worker
    worker.start(entry.task, this.options.taskTimeoutMs ?? Number.POSITIVE_INFINITY, (error, answer) => {
      if (!error && answer) {
        if (slot.running !== entry) return
        slot.running = undefined
        entry.cleanup()
        entry.resolve({ result: answer.result as ResultOf<Task>, timing: answer.timing, slot: slot.index, roundTripMs: this.clock.now() - entry.enqueuedAt })
        this.dispatch()
        return
      }
      if (slot.running === entry) {
        slot.running = undefined
        entry.cleanup()
        entry.reject(toError(error))
      }
      // A timed-out worker is being stopped by its ManagedWorker: refill the slot.
      if (slot.worker === worker && worker.state === 'stopping') {
        this.trackStop(worker.exited.then(() => undefined))
        this.replace(slot)
      }
      this.dispatch()
    })
  }

  private abortTask(entry: QueuedTask, reason: unknown): void {
    const queuedAt = this.queue.indexOf(entry)
    if (queuedAt >= 0) {
      this.queue.splice(queuedAt, 1)
      entry.cleanup()
      entry.reject(new AbortError(reason))
      return
    }
    const slot = this.slots.find((s) => s.running === entry)
    if (!slot) return
    this.failRunning(slot, new AbortError(reason))
    this.trackStop(slot.worker.forceStop())
    this.replace(slot)
  }

  private trackStop(stopped: Promise<void>): void {
    const tracked = stopped.finally(() => this.stopping.delete(tracked))
    this.stopping.add(tracked)
  }

  private failRunning(slot: Slot, error: Error): void {
    const entry = slot.running
    if (!entry) return
    slot.running = undefined
    entry.cleanup()
    entry.reject(error)
  }

  private rejectQueued(error: Error): void {
    for (const entry of this.queue.splice(0)) {
      entry.cleanup()
      entry.reject(error)
    }
  }
}

/** Rejects with an AbortError as soon as the signal fires, whatever `promise` does. */
export function raceAbort<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise
  if (signal.aborted) return Promise.reject(new AbortError(signal.reason))
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new AbortError(signal.reason))
    signal.addEventListener('abort', onAbort, { once: true })
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort))
  })
}
