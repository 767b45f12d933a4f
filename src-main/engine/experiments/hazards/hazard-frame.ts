/**
 * The frame the lock hazards (deadlock, livelock) share: one run per worker runtime. Threads get a
 * pool of their own (the locks live in shared memory), destroyed on failure, closed after.
 * Processes share no memory, so the run gets a lock server owned by the engine instead (the
 * Manager-style server of lock-server.ts), closed however the run ends; its worker processes are
 * started per repetition (process-repetition.ts).
 */
import type { WorkloadOptions } from '../../../../src-shared/config'
import { RUNTIME_TRAITS } from '../../../../src-shared/runtime-traits'
import type { TaskExecutor } from '../../executor'
import { freshSeed } from '../../stats/random'
import type { Experiment, ExperimentContext } from '../experiment'
import { type MicroRun, runMicro, runPerRuntime, workerRuntimes } from '../micro/micro-run'
import { type LockServer, startLockServer } from './lock-server'

export interface LockHazard<O extends WorkloadOptions & { variants: readonly string[] }> {
  options: O
  /** Threads in the pool. */
  workers: number
  onThreads(ctx: ExperimentContext, run: MicroRun, pool: TaskExecutor, options: O, seed: number): Promise<void>
  onProcesses(ctx: ExperimentContext, run: MicroRun, server: LockServer, options: O, seed: number): Promise<void>
}

export function lockHazard<O extends WorkloadOptions & { variants: readonly string[] }>(spec: LockHazard<O>): Experiment {
  const { options } = spec
  return {
    options,
    units: (runtimes) => workerRuntimes(runtimes).length * options.variants.length,
    run(ctx) {
      const seed = ctx.config.seed ?? freshSeed()
      return runPerRuntime(ctx, workerRuntimes(ctx.runtimes), (runtime) =>
        runMicro(ctx, { options, runtime, serialization: RUNTIME_TRAITS[runtime].sharesMemory ? 'structured-clone' : 'json' }, async (run) => {
          if (!RUNTIME_TRAITS[runtime].sharesMemory) {
            const server = await startLockServer({ signal: ctx.signal })
            try {
              await spec.onProcesses(ctx, run, server, options, seed)
            } finally {
              await server.close()
            }
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
