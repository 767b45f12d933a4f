/**
 * The executor of the CPython runtimes: ONE interpreter (the worker program) whose own pool runs
 * the tasks, `size` threads (py-thread), `size` processes (py-process) or `size` tasks in flight
 * on asyncio (py-async), because the GIL is one per interpreter: N interpreters of one thread
 * each would be processes, not threads. Tasks cross its stdio as NDJSON (protocol-python.ts).
 *
 * Like the Node pool: a timeout, a crash or an abort of a running task stops the interpreter
 * (its whole process group) and the next task starts a fresh one; the tasks it was running fail
 * with the same typed error. A crash's error carries what the interpreter wrote on stderr.
 */
import { CodedError, message } from '../../../../src-shared/engine-message'
import { type ResultOf, type Task, fromWireTiming } from '../../../../src-shared/protocol'
import type { PythonToLab, PythonWorkerIdentity } from '../../../../src-shared/protocol-python'
import { PYTHON_RUNTIME_MODES, type PythonInterpreter, type PythonRunInfo, type StartMethod } from '../../../../src-shared/python'
import type { InterpreterRuntime } from '../../../../src-shared/runtime-traits'
import type { TaskExecutor, TaskOutcome } from '../../executor'
import { type Clock, systemClock } from '../../measure/clock'
import { AbortError, TaskFailedError, TaskTimeoutError, WorkerCrashedError, WorkerSpawnError } from '../errors'
import { type InterpreterEnd, type InterpreterProcess, startInterpreter } from './interpreter-process'
import { LaneGate } from '../../lane-gate'

export interface PythonExecutorOptions {
  runtime: InterpreterRuntime
  size: number
  interpreter: PythonInterpreter
  workerProgram: string
  watchdogEntry: string
  /** py-process: how the pool's processes start; the interpreter's default when left out. */
  startMethod?: StartMethod
  taskTimeoutMs?: number
  /** Bound on the interpreter (and its pool) getting ready. */
  readyTimeoutMs?: number
  graceMs?: number
  clock?: Clock
}

/** The interpreter ended while tasks ran in it: its exit and the last of its stderr. */
export class InterpreterCrashedError extends WorkerCrashedError {
  constructor(runtime: string, readonly end: InterpreterEnd, readonly stderr: string) {
    const exit = end.kind === 'exited' ? end : { code: null, signal: null }
    super(runtime, exit.code, exit.signal, false, lastLines(stderr) || (end.kind === 'protocol' ? end.detail : ''))
  }
}

const lastLines = (text: string) => text.trim().split('\n').slice(-3).join(' | ').slice(-600)

interface Live {
  process: InterpreterProcess
  ready: Promise<PythonWorkerIdentity>
  tasks: Map<number, { resolve(m: PythonToLab): void; reject(e: Error): void }>
}

export class PythonExecutor implements TaskExecutor {
  readonly serialization = 'json' as const
  /** The interpreter is another process: its CPU time is not in the engine's own counter. */
  readonly cpuOutsideEngine = true
  readonly runtime: InterpreterRuntime
  readonly size: number
  private readonly gate: LaneGate
  private readonly clock: Clock
  private live: Live | undefined
  private closed = false
  private nextTaskId = 1
  private lastIdentity: PythonWorkerIdentity | undefined

  private constructor(private readonly options: PythonExecutorOptions) {
    this.runtime = options.runtime
    this.size = options.size
    this.gate = new LaneGate(options.size)
    this.clock = options.clock ?? systemClock
  }

  static async start(options: PythonExecutorOptions, signal?: AbortSignal): Promise<PythonExecutor> {
    const executor = new PythonExecutor(options)
    const onAbort = () => void executor.destroy(signal?.reason)
    signal?.addEventListener('abort', onAbort, { once: true })
    try {
      await executor.interpreter()
      return executor
    } catch (error) {
      await executor.destroy(error)
      throw signal?.aborted ? new AbortError(signal.reason) : error
    } finally {
      signal?.removeEventListener('abort', onAbort)
    }
  }

  /** Recorded beside the run's figures: which interpreter, which build, which start method. */
  get python(): PythonRunInfo {
    const id = this.lastIdentity
    const i = this.options.interpreter
    return {
      executable: i.executable,
      version: id?.version ?? i.version,
      implementation: id?.implementation ?? i.implementation,
      gilEnabled: id?.gilEnabled ?? i.gilEnabled,
      freeThreaded: id?.freeThreaded ?? i.freeThreaded,
      ...(id?.startMethod ? { startMethod: id.startMethod } : {}),
    }
  }

  /** The interpreter's pid and its pool's, for "no orphan" checks. */
  get pids(): number[] {
    return this.lastIdentity ? [this.lastIdentity.pid, ...this.lastIdentity.poolPids] : []
  }

  async run<T extends Task>(task: T, signal?: AbortSignal): Promise<TaskOutcome<T>> {
    if (this.closed) throw new Error('The executor is closed')
    const enqueuedAt = this.clock.now()
    const lane = await this.gate.acquire(signal)
    try {
      const live = await this.interpreter()
      const taskId = this.nextTaskId++
      const answer = await new Promise<PythonToLab>((resolve, reject) => {
        const timeoutMs = this.options.taskTimeoutMs
        const timer = timeoutMs === undefined ? undefined : setTimeout(() => this.stopLive(live, new TaskTimeoutError(timeoutMs)), timeoutMs)
        const onAbort = () => this.stopLive(live, new AbortError(signal?.reason))
        const settle = () => (clearTimeout(timer), signal?.removeEventListener('abort', onAbort), live.tasks.delete(taskId))
        live.tasks.set(taskId, { resolve: (m) => (settle(), resolve(m)), reject: (e) => (settle(), reject(e)) })
        signal?.addEventListener('abort', onAbort, { once: true })
        if (signal?.aborted) return onAbort()
        live.process.send({ type: 'run', taskId, task })
      })
      if (answer.type === 'error') throw new TaskFailedError(answer.error)
      if (answer.type !== 'result' || answer.result.kind !== task.kind) throw new CodedError(message('pythonProtocol', { detail: `answer of the wrong kind to a ${task.kind} task` }))
      return { result: answer.result as ResultOf<T>, timing: fromWireTiming(answer.timing), slot: lane, roundTripMs: this.clock.now() - enqueuedAt }
    } finally {
      this.gate.release(lane)
    }
  }

  async close(): Promise<void> {
    this.closed = true
    this.gate.failWaiting(new Error('The executor was closed before the task started'))
    const live = this.live
    if (!live) return
    live.process.send({ type: 'shutdown' })
    const grace = setTimeout(() => live.process.stop(), Math.max(5000, this.options.taskTimeoutMs ?? 0))
    await live.process.ended
    clearTimeout(grace)
  }

  async destroy(reason?: unknown): Promise<void> {
    this.closed = true
    this.gate.failWaiting(new AbortError(reason))
    const live = this.live
    if (live) {
      this.stopLive(live, new AbortError(reason))
      await live.process.ended
    }
  }

  /** The running interpreter, or a new one (the first, or after a crash, timeout or abort). */
  private interpreter(): Promise<Live> {
    if (!this.live) this.live = this.launch()
    const live = this.live
    return live.ready.then(() => live)
  }

  private launch(): Live {
    const { interpreter, runtime, size, startMethod } = this.options
    const args = [...interpreter.args, '-u', this.options.workerProgram, '--mode', PYTHON_RUNTIME_MODES[runtime], '--workers', String(size)]
    if (runtime === 'py-process' && startMethod) args.push('--start-method', startMethod)
    let markReady!: (identity: PythonWorkerIdentity) => void
    const tasks: Live['tasks'] = new Map()
    const process = startInterpreter(interpreter.command, args, {
      watchdogEntry: this.options.watchdogEntry,
      ...(this.options.graceMs === undefined ? {} : { graceMs: this.options.graceMs }),
      onMessage: (m) => (m.type === 'ready' ? markReady(m.identity) : tasks.get(m.taskId)?.resolve(m)),
    })
    const live: Live = { process, tasks, ready: undefined as unknown as Promise<PythonWorkerIdentity> }
    const readyTimeoutMs = this.options.readyTimeoutMs ?? 60_000
    live.ready = new Promise<PythonWorkerIdentity>((resolve, reject) => {
      const timer = setTimeout(() => (process.stop(), reject(new WorkerSpawnError(runtime, new TaskTimeoutError(readyTimeoutMs)))), readyTimeoutMs)
      markReady = (identity) => (clearTimeout(timer), (this.lastIdentity = identity), resolve(identity))
      void process.ended.then((end) => {
        clearTimeout(timer)
        reject(end.kind === 'could-not-start' ? new WorkerSpawnError(runtime, new Error(end.message)) : new InterpreterCrashedError(runtime, end, process.stderrTail()))
      })
    })
    live.ready.catch(() => undefined)
    // However it ends, what ran in it fails with why, and the next task starts a fresh one.
    void process.ended.then((end) => {
      if (this.live === live) this.live = undefined
      const crash = new InterpreterCrashedError(runtime, end, process.stderrTail())
      for (const task of [...tasks.values()]) task.reject(crash)
    })
    return live
  }

  /** Stops an interpreter on purpose: its tasks fail with `why` rather than as a crash. */
  private stopLive(live: Live, why: Error): void {
    if (this.live === live) this.live = undefined
    for (const task of [...live.tasks.values()]) task.reject(why)
    live.process.stop()
  }
}
