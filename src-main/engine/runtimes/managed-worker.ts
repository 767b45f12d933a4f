/**
 * One worker's lifecycle over any runtime, written once: spawn, wait for `ready`, run one task at
 * a time, stop gracefully then by force. States are explicit (vitest `poolRunner.ts`).
 */
import type { Transferable } from 'node:worker_threads'
import type { ProbeReply, ProbeRequest, Task, TaskResult, TaskTiming, WorkerIdentity, WorkerRuntimeKind, WorkerToMain } from '../../../src-shared/protocol'
import { assertNever, fromWireTiming } from '../../../src-shared/protocol'
import { type Clock, systemClock } from '../measure/clock'
import { CodedError } from '../../../src-shared/engine-message'
import { TaskFailedError, TaskTimeoutError, WORKER_TEXT, WorkerCrashedError, WorkerSpawnError } from './errors'
import type { ExitInfo, RuntimeAdapter, WorkerChannel } from './types'

export type WorkerState = 'starting' | 'idle' | 'busy' | 'stopping' | 'exited'

export interface ReadyInfo {
  identity: WorkerIdentity
  /** From the spawn request to the first message, on the engine's clock. */
  spawnMs: number
}

export interface TaskAnswer {
  result: TaskResult
  timing: TaskTiming
}

/** Called once with the task's answer or its failure, synchronously when the worker's message arrives. */
export type TaskCallback = (error: Error | undefined, answer?: TaskAnswer) => void

interface RunningTask {
  taskId: number
  done: TaskCallback
  timer: ReturnType<typeof setTimeout> | undefined
}

let nextTaskId = 1

export class ManagedWorker {
  state: WorkerState = 'starting'
  readonly kind: WorkerRuntimeKind
  readonly ready: Promise<ReadyInfo>
  readonly exited: Promise<ExitInfo>
  /** Set by the owner to learn of an exit it did not ask for. */
  onUnexpectedExit: ((error: Error) => void) | undefined
  /** Set by an experiment that sends probes (echo, memory) to receive their answers. */
  onProbeReply: ((reply: ProbeReply) => void) | undefined
  private readonly channel: WorkerChannel
  private current: RunningTask | undefined
  private lastError: Error | undefined

  constructor(
    runtime: RuntimeAdapter,
    private readonly clock: Clock = systemClock,
  ) {
    this.kind = runtime.kind
    const spawnStart = clock.now()
    this.channel = runtime.open()
    let markReady!: (info: ReadyInfo) => void
    let failReady!: (error: Error) => void
    this.ready = new Promise<ReadyInfo>((resolve, reject) => {
      markReady = resolve
      failReady = reject
    })
    // The owner may never await `ready` (a worker replaced while a run is cancelled).
    this.ready.catch(() => undefined)
    let markExited!: (exit: ExitInfo) => void
    this.exited = new Promise<ExitInfo>((resolve) => (markExited = resolve))

    this.channel.onMessage((message) => this.handleMessage(message, spawnStart, markReady))
    this.channel.onError((error) => {
      this.lastError = error
      // A process that could not be spawned reports `error` and may never report `exit`.
      if (this.state === 'starting' && this.channel.pid === undefined) this.handleExit({ code: null, signal: null }, failReady, markExited)
    })
    this.channel.onExit((exit) => this.handleExit(exit, failReady, markExited))
  }

  get pid(): number | undefined {
    return this.channel.pid
  }

  /** `transfer` moves ports or buffers the task carries (threads; shared-vs-messages hands out MessagePorts). */
  run(task: Task, timeoutMs: number, transfer?: readonly Transferable[]): Promise<TaskAnswer> {
    return new Promise((resolve, reject) => this.start(task, timeoutMs, (error, answer) => (error ? reject(error) : resolve(answer!)), transfer))
  }

  /**
   * `run` without a promise of its own: the pool passes its callback straight through, one
   * promise and one microtask fewer per task on the path every figure's overhead includes.
   */
  start(task: Task, timeoutMs: number, done: TaskCallback, transfer?: readonly Transferable[]): void {
    if (this.state !== 'idle') {
      done(new Error(`Impossible: a task was sent to a worker in state ${this.state}`))
      return
    }
    this.state = 'busy'
    const taskId = nextTaskId++
    const timer =
      Number.isFinite(timeoutMs) && timeoutMs > 0
        ? setTimeout(() => {
            // Stopping first: whoever hears of the timeout must already see this worker as going.
            void this.forceStop()
            this.settle(new TaskTimeoutError(timeoutMs))
          }, timeoutMs)
        : undefined
    this.current = { taskId, done, timer }
    this.channel.post({ type: 'run', taskId, task }, transfer)
  }

  /**
   * Sends a probe straight to the worker, outside the one-task-at-a-time bookkeeping, so that a
   * latency measurement times the channel and nothing of ours. Only to a live worker.
   */
  probe(message: ProbeRequest, transfer?: readonly Transferable[]): void {
    if (this.state !== 'idle' && this.state !== 'busy') throw new Error(`Cannot probe a worker in state ${this.state}`)
    this.channel.post(message, transfer)
  }

  /** Graceful first, then terminate, then kill after the grace period (vitest `forksWorker`). */
  async stop(graceMs = 1000): Promise<void> {
    if (this.state === 'exited') return
    this.state = 'stopping'
    this.channel.post({ type: 'shutdown' })
    if (await this.exitsWithin(graceMs)) return
    this.channel.terminate()
    if (await this.exitsWithin(graceMs)) return
    this.channel.kill()
    await this.exited
  }

  /** For cancel and timeouts: no goodbye, terminate now and kill if that is ignored. */
  async forceStop(graceMs = 500): Promise<void> {
    if (this.state === 'exited') return
    this.state = 'stopping'
    this.channel.terminate()
    if (await this.exitsWithin(graceMs)) return
    this.channel.kill()
    await this.exited
  }

  private exitsWithin(ms: number): Promise<boolean> {
    let timer: ReturnType<typeof setTimeout> | undefined
    const timeout = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), ms)))
    return Promise.race([this.exited.then(() => true), timeout]).finally(() => clearTimeout(timer))
  }

  private handleMessage(message: WorkerToMain, spawnStart: number, markReady: (info: ReadyInfo) => void): void {
    switch (message.type) {
      case 'ready':
        if (this.state === 'starting') this.state = 'idle'
        markReady({ identity: message.identity, spawnMs: this.clock.now() - spawnStart })
        return
      case 'result':
        if (this.current?.taskId === message.taskId) this.settle(undefined, { result: message.result, timing: fromWireTiming(message.timing) })
        return
      case 'error':
        if (this.current?.taskId === message.taskId) this.settle(new TaskFailedError(message.error))
        return
      case 'echo':
      case 'memory':
        this.onProbeReply?.(message)
        return
      default:
        assertNever(message, 'message from worker')
    }
  }

  private settle(error: Error | undefined, value?: { result: TaskResult; timing: TaskTiming }): void {
    const task = this.current
    if (!task) return
    this.current = undefined
    clearTimeout(task.timer)
    if (this.state === 'busy') this.state = 'idle'
    task.done(error, value)
  }

  private handleExit(exit: ExitInfo, failReady: (error: Error) => void, markExited: (exit: ExitInfo) => void): void {
    if (this.state === 'exited') return
    const expected = this.state === 'stopping'
    const wasStarting = this.state === 'starting'
    this.state = 'exited'
    // A process that existed and was ended by a signal while loading was lost (killed from
    // outside, out of memory), not unable to start: say so rather than blame the start.
    const lostWhileStarting = wasStarting && exit.signal !== null && this.channel.pid !== undefined && !this.lastError
    const crash = new WorkerCrashedError(this.kind, exit.code, exit.signal, lostWhileStarting, this.lastError?.message)
    const spawnFailure = () => new WorkerSpawnError(this.kind, this.lastError ?? new CodedError(WORKER_TEXT.exitedBeforeReady(WORKER_TEXT.how(exit.code, exit.signal))))
    failReady(wasStarting && !lostWhileStarting ? spawnFailure() : crash)
    const task = this.current
    if (task) {
      this.current = undefined
      clearTimeout(task.timer)
      task.done(crash)
    }
    markExited(exit)
    if (!expected) this.onUnexpectedExit?.(crash)
  }
}
