/**
 * Dispatches a task to its kernel. Shared by the worker loop and by the engine's in-process
 * (`main`) executor, so the main-thread baseline runs exactly the code the workers run.
 */
import type { BusyResult, PrimeResult, Task, TaskResult } from '../src-shared/protocol'
import { assertNever } from '../src-shared/protocol'
import { spin } from './kernels/busy'
import { countedSpin } from './kernels/busy-counted'
import { runPingPong } from './kernels/pingpong'
import { runFault } from './kernels/fault'
import { runFetch } from './kernels/fetch'
import { runFileIo } from './kernels/file-io'
import { countPrimes } from './kernels/prime'
import { runLocks } from './kernels/locks'
import { runRace } from './kernels/race'
import { runDeadlock } from './kernels/hazards/deadlock'
import { runLivelock } from './kernels/hazards/livelock'
import { runLockReentry } from './kernels/lock-reentry'
import { runSleep } from './kernels/sleep'
import { runOwnerServe } from './kernels/owner-serve'
import { runSharedUpdate } from './kernels/shared-update'
import { runPrimitive } from './kernels/primitives/run'
import { runLocked } from './global-lock-scope'

export interface TaskContext {
  /** How the current runtime ends itself; used by the `fault` kernel's `exit` mode. */
  exit(code: number): void
  /**
   * Cancels I/O kernels between operations. Only the in-process executors pass one: a worker
   * thread or process is simply terminated on cancel.
   */
  signal?: AbortSignal
}

export async function runTask(task: Task, context: TaskContext): Promise<TaskResult> {
  return runTaskNow(task, context)
}

/**
 * The same dispatch, returning a CPU-bound kernel's answer directly (a promise only for kernels
 * that wait), so the worker loop can reply without a microtask hop.
 */
export function runTaskNow(task: Task, context: TaskContext): TaskResult | Promise<TaskResult> {
  switch (task.kind) {
    case 'empty':
      return { kind: 'empty' }
    case 'prime':
      return runLocked<PrimeResult>(task.globalLock, (lock) => ({ kind: 'prime', count: countPrimes(task.lo, task.hi, task.method, () => lock.tick()) }))
    case 'busy':
      return runLocked<BusyResult>(task.globalLock, (lock) => ({ kind: 'busy', checksum: spin(task.iterations, () => lock.tick()) }))
    case 'fault':
      return runFault(task.mode, context.exit)
    case 'file-io':
      return runLocked(task.globalLock, (lock) => runFileIo(task, context.signal, lock))
    case 'fetch':
      return runLocked(task.globalLock, (lock) => runFetch(task, context.signal, lock))
    case 'busy-counted':
      return countedSpin(task.iterations)
    case 'pingpong':
      return runPingPong(task)
    case 'sleep':
      return runLocked(task.globalLock, (lock) => runSleep(task, context.signal, lock))
    case 'shared-update':
      return runSharedUpdate(task)
    case 'owner-serve':
      return runOwnerServe(task)
    case 'locks':
      return runLocks(task)
    case 'primitive':
      return runPrimitive(task)
    case 'race':
      return runRace(task)
    case 'py-race':
    case 'py-updates':
    case 'py-pool-reuse':
    case 'py-lock-reentry':
    case 'py-pingpong':
    case 'py-spawn':
      // Their crews are CPython threads or processes: only the Python worker program runs them.
      throw new Error(`A ${task.kind} task runs only in the Python worker program`)
    case 'deadlock':
      return runDeadlock(task)
    case 'livelock':
      return runLivelock(task)
    case 'lock-reentry':
      return runLockReentry(task)
    default:
      return assertNever(task, 'task')
  }
}
