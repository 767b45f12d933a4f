/** Child-process adapter: `child_process.fork` with Node's IPC channel. */
import { fork } from 'node:child_process'
import type { WorkerToMain } from '../../../src-shared/protocol'
import { WorkerSpawnError } from './errors'
import type { RuntimeAdapter, WorkerChannel } from './types'
import { workerEntries } from './worker-entries'
import { trackChild } from './live-children'

export type ProcessSerialization = 'json' | 'advanced'

export interface ProcessRuntimeOptions {
  /**
   * Environment of each child, replacing the inherited one (pass `{ ...process.env, ... }` to
   * add to it), e.g. UV_THREADPOOL_SIZE, which libuv reads once when the child's pool starts.
   */
  env?: NodeJS.ProcessEnv
}

export function processRuntime(
  serialization: ProcessSerialization = 'advanced',
  entry: string = workerEntries.process,
  options: ProcessRuntimeOptions = {},
): RuntimeAdapter {
  return {
    kind: 'process',
    serialization,
    open(): WorkerChannel {
      const child = (() => {
        try {
          // execArgv: [] so that flags of the parent (a test runner's loaders, --inspect) do not
          // leak into the worker and distort what we measure.
          return trackChild(fork(entry, [], { serialization, execArgv: [], stdio: ['ignore', 'inherit', 'inherit', 'ipc'], ...(options.env ? { env: options.env } : {}) }))
        } catch (error) {
          throw new WorkerSpawnError('process', error)
        }
      })()
      return {
        pid: child.pid,
        post: (message) => {
          // A dying child may have closed its channel; the exit event tells the pool what happened.
          if (child.connected) child.send(message)
        },
        onMessage: (listener) => child.on('message', (message) => listener(message as WorkerToMain)),
        onExit: (listener) => child.once('exit', (code, signal) => listener({ code, signal })),
        onError: (listener) => child.on('error', listener),
        terminate: () => void child.kill('SIGTERM'),
        kill: () => void child.kill('SIGKILL'),
      }
    },
  }
}
