/**
 * What the experiments run tasks on: a pool of workers of one runtime, or the orchestrator's own
 * thread. Experiments see only this interface, so they never branch on the kind of runtime.
 */
import type { Serialization } from '../../src-shared/report'
import type { RuntimeName } from '../../src-shared/config'
import type { PythonRunInfo } from '../../src-shared/python'
import type { ResultOf, Task, TaskTiming } from '../../src-shared/protocol'

export interface TaskOutcome<T extends Task = Task> {
  result: ResultOf<T>
  /** As measured inside the worker. */
  timing: TaskTiming
  /** Which worker slot ran it (a replaced worker keeps its slot), for timelines. */
  slot: number
  /** From `run()` to the result, on the engine's clock: queueing + messaging + kernel. */
  roundTripMs: number
}

export interface TaskExecutor {
  readonly runtime: RuntimeName
  readonly size: number
  /** Recorded next to the figures: `structured-clone`, `json`, `advanced` or `none`. */
  readonly serialization: Serialization
  /**
   * True when tasks burn CPU in other OS processes, whose time `process.cpuUsage()` of the engine
   * does not include; their own reported CPU time must then be added.
   */
  readonly cpuOutsideEngine: boolean
  /** The CPython runtimes: which interpreter ran the tasks, recorded beside the figures. */
  readonly python?: PythonRunInfo
  run<T extends Task>(task: T, signal?: AbortSignal): Promise<TaskOutcome<T>>
  /** Graceful shutdown; resolves when every worker has exited. */
  close(): Promise<void>
  /** Cancel: rejects what is queued and running with an AbortError, workers terminated. */
  destroy(reason?: unknown): Promise<void>
}
