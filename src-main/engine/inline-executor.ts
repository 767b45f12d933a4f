/**
 * Runs tasks on the engine's own thread: the `main` baseline. Kernels are the very functions the
 * workers run. CPU-bound tasks simply run one after another; I/O tasks interleave on the event
 * loop, which is the single-thread async model.
 */
import type { ResultOf, Task } from '../../src-shared/protocol'
import { runTask } from '../../src-workers/run-task'
import type { TaskExecutor, TaskOutcome } from './executor'
import { type Clock, systemClock } from './measure/clock'
import { AbortError } from './runtimes/errors'

export class InlineExecutor implements TaskExecutor {
  readonly runtime = 'main' as const
  readonly serialization = 'none'
  readonly cpuOutsideEngine = false
  private closed = false

  constructor(
    readonly size: number = 1,
    private readonly clock: Clock = systemClock,
  ) {}

  async run<T extends Task>(task: T, signal?: AbortSignal): Promise<TaskOutcome<T>> {
    if (this.closed) throw new Error('The executor is closed')
    // Yield first so that a cancel queued behind this call is seen before the work starts.
    await new Promise((resolve) => setImmediate(resolve))
    if (signal?.aborted || this.closed) throw new AbortError(signal?.reason)
    const enqueuedAt = this.clock.now()
    const cpuBefore = process.cpuUsage()
    const startedAt = performance.now()
    const result = await runTask(task, {
      exit: () => {
        throw new Error('A fault task cannot end the main thread: that would end the lab itself')
      },
    })
    const endedAt = performance.now()
    const cpu = process.cpuUsage(cpuBefore)
    return {
      result: result as ResultOf<T>,
      timing: {
        wallMs: endedAt - startedAt,
        cpuUserUs: cpu.user,
        cpuSystemUs: cpu.system,
        startedAtEpochMs: performance.timeOrigin + startedAt,
        endedAtEpochMs: performance.timeOrigin + endedAt,
      },
      slot: 0,
      roundTripMs: this.clock.now() - enqueuedAt,
    }
  }

  async close(): Promise<void> {
    this.closed = true
  }

  async destroy(): Promise<void> {
    this.closed = true
  }
}
