/**
 * The frame the thread-only hazards (deadlock, livelock) share: one run per worker runtime; a
 * runtime without shared memory gets an "unavailable" entry with its (coded) reason instead of an
 * error; a thread run gets a pool of its own for every variant, destroyed on failure, closed after.
 */
import type { WorkloadOptions } from '../../../../src-shared/config'
import type { EngineMessage } from '../../../../src-shared/engine-message'
import { RUNTIME_TRAITS } from '../../../../src-shared/runtime-traits'
import type { TaskExecutor } from '../../executor'
import { freshSeed } from '../../stats/random'
import type { Experiment, ExperimentContext } from '../experiment'
import { type MicroRun, runMicro, runPerRuntime, workerRuntimes } from '../micro/micro-run'

export interface ThreadsOnlyHazard<O extends WorkloadOptions & { variants: readonly string[] }> {
  options: O
  /** Threads in the pool. */
  workers: number
  /** Why a runtime without shared memory is not measured (stored English + code, shown translated). */
  processesReason: EngineMessage
  onThreads(ctx: ExperimentContext, run: MicroRun, pool: TaskExecutor, options: O, seed: number): Promise<void>
}

export function threadsOnlyHazard<O extends WorkloadOptions & { variants: readonly string[] }>(spec: ThreadsOnlyHazard<O>): Experiment {
  const { options } = spec
  return {
    options,
    units: (runtimes) => workerRuntimes(runtimes).reduce((n, r) => n + (RUNTIME_TRAITS[r].sharesMemory ? options.variants.length : 1), 0),
    run(ctx) {
      const seed = ctx.config.seed ?? freshSeed()
      return runPerRuntime(ctx, workerRuntimes(ctx.runtimes), (runtime) =>
        runMicro(ctx, { options, runtime, serialization: RUNTIME_TRAITS[runtime].sharesMemory ? 'structured-clone' : 'none' }, async (run) => {
          if (!RUNTIME_TRAITS[runtime].sharesMemory) {
            run.addUnavailable('processes', spec.processesReason)
            run.step('measure', 1)
            return
          }
          const pool = await ctx.createExecutor(runtime, spec.workers, ctx.signal)
          try {
            await spec.onThreads(ctx, run, pool, options, seed)
          } catch (error) {
            await pool.destroy(error)
            throw error
          }
          await pool.close()
        }),
      )
    },
  }
}
