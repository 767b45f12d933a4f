/**
 * Global-lock mode for an executor (issue 16): every task of a kind that computes or waits under
 * the lock carries the run's lock. One lock per executor, so every thread of a pool shares it; a
 * worker process gets none and makes its own (each CPython process has its own interpreter and
 * GIL, so processes are unaffected); the engine thread's runtimes get one of their own.
 * Cancelling the run sets the lock's abort word, so a thread blocked waiting for it ends.
 */
import type { RunConfig } from '../../src-shared/config'
import { GLOBAL_LOCK_TASK_KINDS, type GlobalLockSpec, type GlobalLockTrace } from '../../src-shared/protocol-global-lock'
import type { Task } from '../../src-shared/protocol'
import { RUNTIME_TRAITS } from '../../src-shared/runtime-traits'
import { GlobalLock } from '../../src-workers/sync/global-lock'
import type { TaskExecutor, TaskOutcome } from './executor'

const LOCKED_KINDS: ReadonlySet<Task['kind']> = new Set(GLOBAL_LOCK_TASK_KINDS)

/** Runs tasks under the executor's lock with a trace for the threads to record into (one traced repetition). */
export type GlobalLockTracer = (trace: GlobalLockTrace) => Pick<TaskExecutor, 'run'>

const tracers = new WeakMap<TaskExecutor, GlobalLockTracer>()

/**
 * The tracer of an executor whose threads share one lock, or undefined: without global-lock mode,
 * or when each worker is a process of its own (its lock and a TraceRing cannot be shared with the engine).
 */
export function globalLockTracer(executor: TaskExecutor): GlobalLockTracer | undefined {
  return tracers.get(executor)
}

export function withGlobalLock(executor: TaskExecutor, config: Pick<RunConfig, 'switchIntervalMs' | 'taskTimeoutMs'>, signal: AbortSignal): TaskExecutor {
  const buffer = RUNTIME_TRAITS[executor.runtime].ownProcess ? null : GlobalLock.create()
  const spec: GlobalLockSpec = { switchIntervalMs: config.switchIntervalMs, timeoutMs: config.taskTimeoutMs, buffer }
  const abort = () => {
    if (buffer) GlobalLock.abortFlagOf(buffer).set()
  }
  if (signal.aborted) abort()
  else signal.addEventListener('abort', abort, { once: true })
  const withSpec = (lockSpec: GlobalLockSpec) => <T extends Task>(task: T, taskSignal?: AbortSignal): Promise<TaskOutcome<T>> =>
    executor.run(LOCKED_KINDS.has(task.kind) ? { ...task, globalLock: lockSpec } : task, taskSignal)
  const locked: TaskExecutor = {
    runtime: executor.runtime,
    size: executor.size,
    serialization: executor.serialization,
    cpuOutsideEngine: executor.cpuOutsideEngine,
    run: withSpec(spec),
    close: () => {
      signal.removeEventListener('abort', abort)
      return executor.close()
    },
    destroy: (reason?: unknown) => {
      abort()
      signal.removeEventListener('abort', abort)
      return executor.destroy(reason)
    },
  }
  if (buffer) tracers.set(locked, (trace) => ({ run: withSpec({ ...spec, trace }) }))
  return locked
}
