/** Stand-ins shared by the micro-experiment tests: Electron's utilityProcess.fork over a real child. */
import { fork } from 'node:child_process'
import type { UtilityForkFn, UtilityProcessLike } from '../../src-main/engine/runtimes/utility-runtime'

/** Electron's UtilityProcess surface over a Node child process (stubs are allowed for Electron only). */
export const fakeUtilityFork: UtilityForkFn = (modulePath) => {
  const child = fork(modulePath, [], { serialization: 'advanced', execArgv: [] })
  const proxy = {
    get pid() {
      return child.pid
    },
    postMessage: (message: unknown) => void child.send(message as object),
    on(event: 'message' | 'exit' | 'error', listener: (...args: never[]) => void) {
      if (event === 'exit') child.on('exit', (code) => (listener as (code: number) => void)(code ?? 1))
      else if (event === 'message') child.on('message', listener as (m: unknown) => void)
      else child.on('error', listener as () => void)
      return proxy
    },
    kill: () => child.kill(),
  } as UtilityProcessLike
  return proxy
}
