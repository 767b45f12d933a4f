/** Worker-thread adapter: `worker_threads.Worker`, messages by structured clone. */
import { Worker } from 'node:worker_threads'
import type { WorkerToMain } from '../../../src-shared/protocol'
import { WorkerSpawnError } from './errors'
import type { RuntimeAdapter, WorkerChannel } from './types'
import { workerEntries } from './worker-entries'

export function threadRuntime(entry: string = workerEntries.thread): RuntimeAdapter {
  return {
    kind: 'thread',
    serialization: 'structured-clone',
    open(): WorkerChannel {
      let worker: Worker
      try {
        // stdout/stderr are left shared with the parent; a worker's crash message must be seen.
        worker = new Worker(entry)
      } catch (error) {
        throw new WorkerSpawnError('thread', error)
      }
      return {
        pid: process.pid,
        post: (message, transfer) => worker.postMessage(message, transfer),
        onMessage: (listener) => worker.on('message', (message: WorkerToMain) => listener(message)),
        onExit: (listener) => worker.once('exit', (code) => listener({ code, signal: null })),
        onError: (listener) => worker.on('error', listener),
        terminate: () => void worker.terminate(),
        kill: () => void worker.terminate(),
      }
    },
  }
}
