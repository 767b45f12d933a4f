/**
 * What each runtime is, in one table: the engine, the workers, the reports and the screens ask it
 * instead of comparing runtime names, so a new runtime is described once (leaving one out of the
 * table is a compile error) and every branch that depends on a trait follows.
 */
import type { RuntimeName } from './runtime-names'

export interface RuntimeTraits {
  /** Tasks run on the engine's own thread (the inline executor), with no worker in between. */
  readonly onEngineThread: boolean
  /** Tasks run inside the engine's OS process (its own thread or a worker thread of it). */
  readonly inEngineProcess: boolean
  /** Each worker is a thread of the engine's process (worker_threads). */
  readonly workerThread: boolean
  /** Each worker is an OS process of its own: its CPU time and memory are its own, not the engine's. */
  readonly ownProcess: boolean
  /** Tasks can share memory (a SharedArrayBuffer, Atomics) with the engine and each other. */
  readonly sharesMemory: boolean
  /** Each worker has an event loop of its own, rather than the engine's. */
  readonly ownEventLoop: boolean
  /** Several tasks compute at the same time on different cores, so more workers than cores time-share them. */
  readonly parallel: boolean
  /** The sequential reference: one task at a time, measured at one worker, which speedups are compared with. */
  readonly baseline: boolean
  /** Exists only inside the Electron app (its utilityProcess), not under plain Node. */
  readonly desktopOnly: boolean
  /** Runs in a CPython interpreter found on the machine (the worker program), not in Node. */
  readonly python: boolean
}

const engineThread = { onEngineThread: true, inEngineProcess: true, workerThread: false, ownProcess: false, sharesMemory: true, ownEventLoop: false, parallel: false, desktopOnly: false, python: false } as const
const childProcess = { onEngineThread: false, inEngineProcess: false, workerThread: false, ownProcess: true, sharesMemory: false, ownEventLoop: true, parallel: true, baseline: false, python: false } as const
/**
 * One interpreter, an OS process of its own (its CPU time and memory are not the engine's), with
 * its own loop of control; its workers are its threads, its pool's processes or its asyncio tasks.
 */
const interpreter = { onEngineThread: false, inEngineProcess: false, workerThread: false, ownProcess: true, ownEventLoop: true, sharesMemory: false, baseline: false, desktopOnly: false, python: true } as const

export const RUNTIME_TRAITS = {
  main: { ...engineThread, baseline: true },
  // Tasks in flight interleave on the one event loop: concurrent while they wait, never parallel.
  'main-async': { ...engineThread, baseline: false },
  thread: { onEngineThread: false, inEngineProcess: true, workerThread: true, ownProcess: false, sharesMemory: true, ownEventLoop: true, parallel: true, baseline: false, desktopOnly: false, python: false },
  process: { ...childProcess, desktopOnly: false },
  utility: { ...childProcess, desktopOnly: true },
  // Threads of one interpreter take turns holding its GIL: not parallel (a free-threaded build is,
  // which the run records beside its figures).
  'py-thread': { ...interpreter, parallel: false },
  'py-process': { ...interpreter, parallel: true },
  'py-async': { ...interpreter, parallel: false },
} as const satisfies Record<RuntimeName, RuntimeTraits>

type RuntimesWhere<K extends keyof RuntimeTraits> = { [R in RuntimeName]: (typeof RUNTIME_TRAITS)[R][K] extends true ? R : never }[RuntimeName]

/** Runtimes that run tasks on the engine's own thread rather than in workers. */
export type InProcessRuntime = RuntimesWhere<'onEngineThread'>
/** Runtimes that run in a CPython interpreter (the Python worker program). */
export type InterpreterRuntime = RuntimesWhere<'python'>
/** Runtimes with Node workers (a thread or a process each), the ones a pool manages. */
export type WorkerRuntimeName = Exclude<RuntimeName, InProcessRuntime | InterpreterRuntime>

export function isInProcessRuntime(runtime: RuntimeName): runtime is InProcessRuntime {
  return RUNTIME_TRAITS[runtime].onEngineThread
}

export function isInterpreterRuntime(runtime: RuntimeName): runtime is InterpreterRuntime {
  return RUNTIME_TRAITS[runtime].python
}

/** Runtimes with Node workers: neither the engine's own thread nor a Python interpreter. */
export function isWorkerRuntime(runtime: RuntimeName): runtime is WorkerRuntimeName {
  return !isInProcessRuntime(runtime) && !isInterpreterRuntime(runtime)
}
