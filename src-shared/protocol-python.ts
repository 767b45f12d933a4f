/**
 * The lab's task protocol as the Python worker program speaks it (src-workers/python/
 * conlab_worker.py), over the interpreter's stdin and stdout.
 *
 * Framing, the only one: newline-delimited JSON. Each message is one JSON object encoded as
 * UTF-8 on one line, ended by `\n` (JSON escapes every newline inside strings, so a line is
 * always one message). The worker writes nothing else on that stream: its own stdout is moved to
 * stderr before it starts, so a stray print cannot break a frame. Stderr is free text, kept by the
 * engine (its tail) to explain a crash.
 *
 * Order: the worker sends `ready` once its pool is up; then any number of `run`, each answered by
 * one `result` or `error` with the same `taskId`, in completion order; `shutdown` (or end of
 * stdin) lets the tasks in flight finish, then the interpreter exits with code 0.
 */
import type { PythonMode, StartMethod } from './python'
import type { SerializedError, Task, TaskResult, WireTiming } from './protocol'

export type LabToPython = { type: 'run'; taskId: number; task: Task } | { type: 'shutdown' }

export interface PythonWorkerIdentity {
  pid: number
  mode: PythonMode
  workers: number
  startMethod: StartMethod | null
  /** The pool's processes (py-process), started before `ready` so spawning stays out of the figures. */
  poolPids: number[]
  version: string
  implementation: string
  executable: string
  gilEnabled: boolean
  freeThreaded: boolean
}

export type PythonToLab =
  | { type: 'ready'; identity: PythonWorkerIdentity }
  | { type: 'result'; taskId: number; result: TaskResult; timing: WireTiming }
  | { type: 'error'; taskId: number; error: SerializedError }
