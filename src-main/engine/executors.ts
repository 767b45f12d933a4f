/**
 * Maps a runtime name to an executor: the one place that knows which adapter stands behind each
 * name. Electron's `utilityProcess.fork` arrives by injection from the shell.
 */
import type { RunConfig, RuntimeName } from '../../src-shared/config'
import { assertNever } from '../../src-shared/protocol'
import { type WorkerRuntimeName, isInProcessRuntime } from '../../src-shared/runtime-traits'
import type { TaskExecutor } from './executor'
import { InlineExecutor } from './inline-executor'
import { withGlobalLock } from './global-lock-executor'
import type { Clock } from './measure/clock'
import { WorkerPool } from './pool'
import { processRuntime } from './runtimes/process-runtime'
import { threadRuntime } from './runtimes/thread-runtime'
import { type UtilityForkFn, utilityRuntime } from './runtimes/utility-runtime'
import type { RuntimeAdapter } from './runtimes/types'

export interface RuntimeDeps {
  /** `utilityProcess.fork`, present only inside the Electron app. */
  utilityFork?: UtilityForkFn
  clock: Clock
}

export type ExecutorFactory = (runtime: RuntimeName, size: number, signal: AbortSignal) => Promise<TaskExecutor>

// Kept here for the callers that know them from this module; the runtime traits table defines them.
export { type InProcessRuntime, type WorkerRuntimeName, isInProcessRuntime } from '../../src-shared/runtime-traits'

export function adapterFor(runtime: WorkerRuntimeName, config: Pick<RunConfig, 'serialization' | 'uvThreadpoolSize'>, deps: RuntimeDeps): RuntimeAdapter {
  switch (runtime) {
    case 'thread':
      return threadRuntime()
    case 'process':
      // Only a child process gets a pool of its own; threads share the orchestrator's.
      return processRuntime(
        config.serialization,
        undefined,
        config.uvThreadpoolSize === undefined ? {} : { env: { ...process.env, UV_THREADPOOL_SIZE: String(config.uvThreadpoolSize) } },
      )
    case 'utility':
      if (!deps.utilityFork) {
        throw new Error('The "utility" runtime (Electron utilityProcess) exists only in the desktop app; use "process" under Node')
      }
      return utilityRuntime(deps.utilityFork)
    default:
      return assertNever(runtime, 'runtime')
  }
}

export function executorFactory(config: RunConfig, deps: RuntimeDeps): ExecutorFactory {
  return async (runtime, size, signal) => {
    const executor = isInProcessRuntime(runtime)
      ? new InlineExecutor(size, deps.clock, runtime)
      : await WorkerPool.start({ runtime: adapterFor(runtime, config, deps), size, taskTimeoutMs: config.taskTimeoutMs, clock: deps.clock }, signal)
    return config.globalLock ? withGlobalLock(executor, config, signal) : executor
  }
}
