/** Entry of a worker thread: the `worker_threads` shim around the shared worker loop. */
import { isMainThread, parentPort, threadId } from 'node:worker_threads'
import type { MainToWorker } from '../src-shared/protocol'
import { startWorkerLoop } from './loop'

if (isMainThread || !parentPort) {
  throw new Error('entry-thread must be started as a worker_threads Worker')
}
const port = parentPort

startWorkerLoop({
  identity: { pid: process.pid, threadId, runtime: 'thread', nodeVersion: process.versions.node },
  post: (message, transfer) => port.postMessage(message, transfer),
  onMessage: (listener) => port.on('message', (message: MainToWorker) => listener(message)),
  exit: (code) => process.exit(code),
  close: () => port.close(),
})
