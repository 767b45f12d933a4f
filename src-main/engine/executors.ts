/**
 * Maps a runtime name to an executor: the one place that knows which adapter stands behind each
 * name. Electron's `utilityProcess.fork` arrives by injection from the shell.
 */
import type { RunConfig, RuntimeName } from '../../src-shared/config'
import { assertNever } from '../../src-shared/protocol'
import { type WorkerRuntimeName, isInProcessRuntime, isInterpreterRuntime } from '../../src-shared/runtime-traits'
import { CodedError, message } from '../../src-shared/engine-message'
import { MIN_PYTHON, type PythonInterpreter } from '../../src-shared/python'
import { PythonExecutor } from './runtimes/python/python-executor'
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
  /** The interpreter the py-* runtimes use, when one was found (python-plan.ts). */
  python?: PythonDeps
}

export interface PythonDeps {
  interpreter: PythonInterpreter
  workerProgram: string
  watchdogEntry: string
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
    if (isInterpreterRuntime(runtime)) {
      // CPython brings its own global lock (or none, free-threaded): the emulated one is for Node.
      // The session leaves py-* runtimes out when no interpreter was found; this is a bug guard.
      if (!deps.python) throw new CodedError(message('pythonNotFound', { min: MIN_PYTHON.join('.') }))
      return PythonExecutor.start(
        { runtime, size, ...deps.python, taskTimeoutMs: config.taskTimeoutMs, clock: deps.clock, ...(config.startMethod ? { startMethod: config.startMethod } : {}) },
        signal,
      )
    }
    const executor = isInProcessRuntime(runtime)
      ? new InlineExecutor(size, deps.clock, runtime)
      : await WorkerPool.start({ runtime: adapterFor(runtime, config, deps), size, taskTimeoutMs: config.taskTimeoutMs, clock: deps.clock }, signal)
    return config.globalLock ? withGlobalLock(executor, config, signal) : executor
  }
}
