/**
 * The worker side of the task protocol, written once for every runtime (vitest's
 * `runtime/workers/init.ts` pattern): each entry file only supplies a `WorkerShim` for its
 * messaging primitive and checks where it runs.
 */
import type { Transferable } from 'node:worker_threads'
import type { EchoPortLike, MainToWorker, Task, TaskResult, WorkerIdentity, WorkerToMain } from '../src-shared/protocol'
import { assertNever, serializeError } from '../src-shared/protocol'
import { RUNTIME_TRAITS } from '../src-shared/runtime-traits'
import { runTaskNow } from './run-task'
import { wireTiming } from './timing'

export interface WorkerShim {
  identity: WorkerIdentity
  /** `transfer` is honoured by runtimes that can move buffers (threads); others copy. */
  post(message: WorkerToMain, transfer?: readonly Transferable[]): void
  onMessage(listener: (message: MainToWorker) => void): void
  /** Ends this thread or process (a thread's `process.exit` ends only the thread). */
  exit(code: number): void
  /** Stops listening so that the event loop can drain and the worker exit on its own. */
  close(): void
}

const NO_CPU: NodeJS.CpuUsage = { user: 0, system: 0 }

/**
 * Runs one task and posts its result. Kept lean because it is the harness overhead every figure
 * carries: a synchronous kernel's answer is posted without a detour through a promise, and the
 * CPU counter is read only where it means something (a thread's `process.cpuUsage()` is the whole
 * process's, so threads report 0 and the engine counts their CPU itself).
 */
function runAndReply(shim: WorkerShim, taskId: number, task: Task, measureCpu: boolean): void {
  const cpuBefore = measureCpu ? process.cpuUsage() : NO_CPU
  const startedAt = performance.now()
  const reply = (result: TaskResult) => {
    const endedAt = performance.now()
    const cpu = measureCpu ? process.cpuUsage(cpuBefore) : NO_CPU
    shim.post({ type: 'result', taskId, result, timing: wireTiming(startedAt, endedAt, cpu) })
  }
  const fail = (error: unknown) => shim.post({ type: 'error', taskId, error: serializeError(error) })
  let outcome: TaskResult | Promise<TaskResult>
  try {
    outcome = runTaskNow(task, { exit: (code) => shim.exit(code) })
  } catch (error) {
    fail(error)
    return
  }
  if (outcome instanceof Promise) outcome.then(reply, fail)
  else reply(outcome)
}

export function startWorkerLoop(shim: WorkerShim): void {
  const measureCpu = RUNTIME_TRAITS[shim.identity.runtime].ownProcess
  // Echo ports keep the event loop alive; they are closed on shutdown.
  const ports = new Set<EchoPortLike>()
  shim.onMessage((message) => {
    switch (message.type) {
      case 'echo': {
        const { seq, payload } = message
        // Only a buffer of our own can be moved; a view over shared memory is copied like any other.
        const movable = message.transfer && typeof payload !== 'string' && payload.buffer instanceof ArrayBuffer
        shim.post({ type: 'echo', seq, payload }, movable ? [payload.buffer] : undefined)
        return
      }
      case 'echo-port': {
        const port = message.port
        ports.add(port)
        port.on('message', (echoed) => port.postMessage(echoed))
        return
      }
      case 'memory': {
        const usage = process.memoryUsage()
        shim.post({
          type: 'memory',
          seq: message.seq,
          rssBytes: usage.rss,
          heapUsedBytes: usage.heapUsed,
          heapTotalBytes: usage.heapTotal,
          externalBytes: usage.external,
        })
        return
      }
      case 'run':
        runAndReply(shim, message.taskId, message.task, measureCpu)
        return
      case 'shutdown':
        for (const port of ports) port.close()
        shim.close()
        shim.exit(0)
        return
      default:
        assertNever(message, 'message to worker')
    }
  })
  shim.post({ type: 'ready', identity: shim.identity, epochMs: performance.timeOrigin + performance.now() })
}
