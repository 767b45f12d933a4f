/**
 * Spawn cost on CPython (issue 16): how long `threading.Thread.start()` or
 * `multiprocessing.Process.start()` takes to the member's first message, timed inside the
 * interpreter with time.perf_counter_ns (src-workers/python/conlab_spawn.py), one point per start
 * method: the run config's `startMethod` when given, else every method this OS offers
 * (`multiprocessing.get_all_start_methods()`), each its own variant (`cold-ready-fork`...) with
 * the method in its settings. A thread's start is the `cold-ready` variant, as Node's threads'.
 */
import type { PySpawnTask, PyStartMethod } from '../../../../src-shared/protocol-python-tasks'
import type { SpawnOptions } from '../../../../src-shared/workloads/spawn'
import { CheckFailedError, type ExperimentContext } from '../experiment'
import { intactCheck, operationsPoint } from './micro-point'
import type { MicroRun } from './micro-run'

export type PySpawnRuntime = 'py-thread' | 'py-process'

/** Starts per method not kept: module loading, and under forkserver the server's own start. */
export const PY_SPAWN_WARMUP = 1
/** Bound on one member's first message. */
const MAX_WAIT_MS = 30_000

/** The variant of a figure: `cold-ready` for a thread, `cold-ready-<method>` for a process. */
export const pySpawnVariant = (method: PyStartMethod | null): string => (method ? `cold-ready-${method}` : 'cold-ready')

export async function pySpawnOnRuntime(ctx: ExperimentContext, run: MicroRun<PySpawnRuntime>, options: SpawnOptions): Promise<void> {
  const pool = await ctx.createExecutor(run.runtime, 1, ctx.signal)
  run.recordPython(pool.python)
  try {
    run.step('measure', 1, 0)
    const task: PySpawnTask = {
      kind: 'py-spawn',
      racers: run.runtime === 'py-thread' ? 'thread' : 'process',
      ...(run.runtime === 'py-process' && ctx.config.startMethod ? { startMethods: [ctx.config.startMethod] } : {}),
      samples: options.samples,
      warmup: PY_SPAWN_WARMUP,
      timeoutMs: Math.min(ctx.config.taskTimeoutMs, MAX_WAIT_MS),
    }
    const { result } = await pool.run(task, ctx.signal)
    for (const figure of result.figures) {
      // A first message from another thread or process than the one started would be a bug here.
      const check = intactCheck(figure.firstMessageMs.length, figure.identified)
      const settings = { warmupSpawns: PY_SPAWN_WARMUP, startMethod: figure.startMethod ?? 'threading', ...(figure.startMethod ? { offered: result.offered.join(', ') } : {}) }
      run.addPoint(
        operationsPoint({
          workers: 1,
          operationsUs: figure.firstMessageMs.map((ms) => ms * 1000),
          batches: 'each',
          check,
          extras: { variant: pySpawnVariant(figure.startMethod), settings },
        }),
      )
      if (!check.ok) throw new CheckFailedError('spawn', check)
    }
    run.step('measure', 1)
  } catch (error) {
    await pool.destroy(error)
    throw error
  }
  run.recordPython(pool.python)
  await pool.close()
}
