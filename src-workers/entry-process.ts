/**
 * Entry of a worker process. One file serves both process runtimes: Electron's utility process
 * (messages through `process.parentPort`) and Node's `child_process.fork` (`process.send`).
 */
import type { MainToWorker, WorkerRuntimeKind, WorkerToMain } from '../src-shared/protocol'
import { startWorkerLoop } from './loop'

/** The part of Electron's `ParentPort` we use, typed here so workers never import `electron`. */
interface ParentPortLike {
  on(event: 'message', listener: (event: { data: unknown }) => void): void
  postMessage(message: unknown): void
}

const parentPort = (process as unknown as { parentPort?: ParentPortLike }).parentPort

function shimFor(runtime: WorkerRuntimeKind) {
  return { pid: process.pid, threadId: 0, runtime, nodeVersion: process.versions.node }
}

if (parentPort) {
  startWorkerLoop({
    identity: shimFor('utility'),
    post: (message: WorkerToMain) => parentPort.postMessage(message),
    onMessage: (listener) => parentPort.on('message', (event) => listener(event.data as MainToWorker)),
    exit: (code) => process.exit(code),
    close: () => undefined,
  })
} else if (process.send) {
  const send = process.send.bind(process)
  // A forked child whose parent has gone (crash, SIGKILL) loses its IPC channel: exit rather than
  // linger as an orphan: no worker may outlive the app.
  process.on('disconnect', () => process.exit(0))
  // This ES module loads asynchronously, so the channel may have closed, and 'disconnect' fired,
  // before the line above ran; `send` would then emit ERR_IPC_CHANNEL_CLOSED (or EPIPE) as an
  // unhandled 'error' with a stack trace. Nobody is left to tell: exit quietly.
  process.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'ERR_IPC_CHANNEL_CLOSED' || error.code === 'EPIPE') process.exit(0)
    throw error
  })
  if (!process.connected) process.exit(0)
  startWorkerLoop({
    identity: shimFor('process'),
    post: (message: WorkerToMain) => send(message),
    onMessage: (listener) => process.on('message', (message) => listener(message as MainToWorker)),
    exit: (code) => process.exit(code),
    close: () => process.disconnect?.(),
  })
} else {
  throw new Error('entry-process must be started by child_process.fork or utilityProcess.fork')
}
