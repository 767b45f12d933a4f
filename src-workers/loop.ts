/**
 * The worker side of the task protocol, written once for every runtime (vitest's
 * `runtime/workers/init.ts` pattern): each entry file only supplies a `WorkerShim` for its
 * messaging primitive and checks where it runs.
 */
import type { Transferable } from 'node:worker_threads'
import type { EchoPortLike, MainToWorker, WorkerIdentity, WorkerToMain } from '../src-shared/protocol'
import { assertNever, serializeError } from '../src-shared/protocol'
import { runTask } from './run-task'

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

/** Microseconds of CPU used by this worker's process so far. */
function cpuNow(): NodeJS.CpuUsage {
  return process.cpuUsage()
}

export function startWorkerLoop(shim: WorkerShim): void {
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
      case 'run': {
        const { taskId, task } = message
        const cpuBefore = cpuNow()
        const startedAt = performance.now()
        runTask(task, { exit: (code) => shim.exit(code) }).then(
          (result) => {
            const endedAt = performance.now()
            const cpu = process.cpuUsage(cpuBefore)
            shim.post({
              type: 'result',
              taskId,
              result,
              timing: {
                wallMs: endedAt - startedAt,
                cpuUserUs: cpu.user,
                cpuSystemUs: cpu.system,
                startedAtEpochMs: performance.timeOrigin + startedAt,
                endedAtEpochMs: performance.timeOrigin + endedAt,
              },
            })
          },
          (error: unknown) => shim.post({ type: 'error', taskId, error: serializeError(error) }),
        )
        return
      }
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
