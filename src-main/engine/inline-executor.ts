/**
 * Runs tasks on the engine's own thread. Kernels are the very functions the workers run.
 * - `main`, the baseline: one task at a time (size 1), so CPU-bound and I/O tasks alike run one
 *   after another, like a single worker.
 * - `main-async`: up to `size` tasks in flight at once on the one event loop, the single-thread
 *   async model. CPU-bound tasks still run one after another (nothing yields inside them); I/O
 *   tasks interleave while they wait, which is the point of the comparison.
 */
import type { ResultOf, Task } from '../../src-shared/protocol'
import type { InProcessRuntime } from '../../src-shared/runtime-traits'
import { runTask } from '../../src-workers/run-task'
import { taskTiming } from '../../src-workers/timing'
import type { TaskExecutor, TaskOutcome } from './executor'
import { type Clock, systemClock } from './measure/clock'
import { LaneGate } from './lane-gate'
import { AbortError } from './runtimes/errors'

export class InlineExecutor implements TaskExecutor {
  readonly serialization = 'none' as const
  readonly cpuOutsideEngine = false
  private closed = false
  /** Aborted by destroy(): I/O kernels in flight stop between operations and drop their requests. */
  private readonly stopping = new AbortController()
  /** Lane numbers (the "worker" slot of a timeline): at most `size` tasks in flight. */
  private readonly lanes: LaneGate
  /** Kernels running now; destroy() waits for them, so nothing still writes after a cancel. */
  private readonly running = new Set<Promise<unknown>>()

  constructor(
    readonly size: number = 1,
    private readonly clock: Clock = systemClock,
    readonly runtime: InProcessRuntime = 'main',
  ) {
    if (!Number.isInteger(size) || size < 1) throw new RangeError(`In-process executor size must be a positive integer, got ${size}`)
    this.lanes = new LaneGate(size)
  }

  async run<T extends Task>(task: T, signal?: AbortSignal): Promise<TaskOutcome<T>> {
    if (this.closed) throw new Error('The executor is closed')
    const enqueuedAt = this.clock.now()
    const lane = await this.lanes.acquire(signal)
    try {
      // Yield first so that a cancel queued behind this call is seen before the work starts.
      await new Promise((resolve) => setImmediate(resolve))
      if (signal?.aborted || this.closed) throw new AbortError(signal?.reason ?? this.stopping.signal.reason)
      const taskSignal = signal ? AbortSignal.any([signal, this.stopping.signal]) : this.stopping.signal
      const cpuBefore = process.cpuUsage()
      const startedAt = performance.now()
      const kernel = runTask(task, {
        exit: () => {
          throw new Error('A fault task cannot end the main thread: that would end the lab itself')
        },
        signal: taskSignal,
      })
      const settled = kernel.then(
        () => undefined,
        () => undefined,
      )
      this.running.add(settled)
      void settled.finally(() => this.running.delete(settled))
      let result
      try {
        result = await kernel
      } catch (error) {
        if (taskSignal.aborted) throw new AbortError(taskSignal.reason)
        throw error
      }
      const endedAt = performance.now()
      // With several tasks in flight this includes the others' CPU; the sweep uses the engine's
      // own total instead (cpuOutsideEngine is false), so only timelines read these.
      const cpu = process.cpuUsage(cpuBefore)
      return {
        result: result as ResultOf<T>,
        timing: taskTiming(startedAt, endedAt, cpu),
        slot: lane,
        roundTripMs: this.clock.now() - enqueuedAt,
      }
    } finally {
      this.lanes.release(lane)
    }
  }

  async close(): Promise<void> {
    this.closed = true
    this.lanes.failWaiting(new Error('The executor was closed before the task started'))
  }

  /**
   * Cancel: queued tasks are rejected, running kernels told to stop (I/O kernels stop between
   * operations and drop their requests), and this resolves once every one of them has stopped,
   * so that whoever removes their files or servers next does not race them.
   */
  async destroy(reason?: unknown): Promise<void> {
    this.closed = true
    this.lanes.failWaiting(new AbortError(reason))
    this.stopping.abort(reason)
    await Promise.all([...this.running])
  }
}
