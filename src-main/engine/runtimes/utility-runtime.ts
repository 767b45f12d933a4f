/**
 * Electron utility-process adapter. The engine never imports `electron`: the shell passes
 * `utilityProcess.fork` in, and `tsc` checks it against these structural types.
 */
import type { WorkerToMain } from '../../../src-shared/protocol'
import { WorkerSpawnError } from './errors'
import type { RuntimeAdapter, WorkerChannel } from './types'
import { workerEntries } from './worker-entries'

/** The members of Electron's `UtilityProcess` we use. */
export interface UtilityProcessLike {
  readonly pid: number | undefined
  postMessage(message: unknown): void
  on(event: 'message', listener: (message: unknown) => void): this
  on(event: 'exit', listener: (code: number) => void): this
  /** Electron passes (type: 'FatalError', location, report); the adapter only needs to know it fired. */
  on(event: 'error', listener: (...args: string[]) => void): this
  kill(): boolean
}

export type UtilityForkFn = (
  modulePath: string,
  args?: string[],
  options?: { serviceName?: string; stdio?: 'inherit' | 'ignore' | 'pipe' },
) => UtilityProcessLike

export function utilityRuntime(forkUtility: UtilityForkFn, entry: string = workerEntries.process): RuntimeAdapter {
  return {
    kind: 'utility',
    // Electron's MessagePort-based channel uses structured clone.
    serialization: 'structured-clone',
    open(): WorkerChannel {
      let child: UtilityProcessLike
      try {
        child = forkUtility(entry, [], { serviceName: 'Concurrency Lab worker', stdio: 'inherit' })
      } catch (error) {
        throw new WorkerSpawnError('utility', error)
      }
      return {
        get pid() {
          return child.pid
        },
        post: (message) => child.postMessage(message),
        onMessage: (listener) => child.on('message', (message) => listener(message as WorkerToMain)),
        onExit: (listener) => child.on('exit', (code) => listener({ code, signal: null })),
        onError: (listener) => child.on('error', () => listener(new Error('utility process reported a fatal error'))),
        // Electron offers one kill (SIGTERM on POSIX); it is the strongest stop available here.
        terminate: () => void child.kill(),
        kill: () => void child.kill(),
      }
    },
  }
}
