/**
 * Spawn cost: how long a thread or a process takes from the request to its first message, and to
 * its first task answered; how little a warm pool's worker takes for the same task; and how much
 * memory each worker adds. One run per worker runtime.
 */
import type { SpawnOptions } from '../../../src-shared/workloads/spawn'
import type { Point, Run } from '../../../src-shared/report'
import { adapterFor } from '../executors'
import { intactCheck, operationsPoint } from './micro/micro-point'
import { type MicroRuntimeName, runMicro, runPerRuntime, workerAndPythonRuntimes } from './micro/micro-run'
import { pySpawnOnRuntime } from './micro/python-spawn'
import { SPAWN_WARMUP, WARM_POOL_WARMUP, measureColdSpawns, measureMemory, measureWarmPool } from './micro/spawn-measure'
import { CheckFailedError, type Experiment } from './experiment'

const msToUs = (values: number[]) => values.map((ms) => ms * 1000)

const isPy = (runtime: MicroRuntimeName): runtime is 'py-thread' | 'py-process' => runtime === 'py-thread' || runtime === 'py-process'

export function spawnExperiment(options: SpawnOptions): Experiment {
  return {
    options,
    // Node: cold spawns, warm pool, cleanup; CPython: its cold starts, one task.
    units: (runtimes) => workerAndPythonRuntimes(runtimes).reduce((sum, r) => sum + (isPy(r) ? 1 : 3), 0),
    run(ctx): Promise<Run[]> {
      return runPerRuntime(ctx, workerAndPythonRuntimes(ctx.runtimes), (runtime) => {
        if (isPy(runtime)) return runMicro(ctx, { options, runtime, serialization: 'json' }, (run) => pySpawnOnRuntime(ctx, run, options))
        const adapter = adapterFor(runtime, ctx.config, ctx.runtimeDeps)
        const spec = { options, runtime, serialization: adapter.serialization }
        return runMicro(ctx, spec, async (run) => {
          const deps = { adapter, clock: ctx.clock, signal: ctx.signal, taskTimeoutMs: ctx.config.taskTimeoutMs }
          const settings = { warmupSpawns: SPAWN_WARMUP, serialization: adapter.serialization }

          run.step('measure', 1, 0)
          const memory = await measureMemory(deps, options.memoryWorkers)
          const cold = await measureColdSpawns(deps, options.samples)
          // A worker that answered `ready` as another runtime would mean the adapter is wrong.
          const check = intactCheck(cold.readyMs.length, cold.identified)
          const coldPoint = (variant: string, valuesMs: number[], extras: Partial<Point> = {}) =>
            operationsPoint({ workers: 1, operationsUs: msToUs(valuesMs), batches: 'each', check, extras: { variant, settings, ...extras } })
          run.addPoint(coldPoint('cold-ready', cold.readyMs, { memory }))
          run.addPoint(coldPoint('cold-first-task', cold.firstTaskMs))
          if (!check.ok) throw new CheckFailedError('spawn', check)
          run.step('measure', 1, 2)

          const warm = await measureWarmPool(deps, options.warmSamples)
          const warmCheck = intactCheck(warm.roundTripsMs.length, warm.answered)
          run.addPoint(
            operationsPoint({
              workers: 1,
              operationsUs: msToUs(warm.roundTripsMs),
              check: warmCheck,
              extras: { variant: 'warm-pool', settings: { warmupTasks: WARM_POOL_WARMUP, poolSize: 1 } },
            }),
          )
          if (!warmCheck.ok) throw new CheckFailedError('spawn', warmCheck)
          run.step('cleanup', 1)
        })
      })
    },
  }
}
