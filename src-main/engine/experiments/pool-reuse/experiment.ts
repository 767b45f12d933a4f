/**
 * Pool reuse (issue 18, README "Pool reuse"): per runtime, T tiny tasks started one worker each
 * (`spawn-per-task`) against T tasks through a pool of one worker started and warmed before
 * timing (`warm-pool`); repetitions alternate which way goes first, warm-ups are dropped. Node
 * threads and processes are driven here; CPython's threads and processes run the tutorials' own
 * code in the interpreter (conlab_pool.py), with the start method recorded.
 *
 * Cancel and kill: every worker started for a task is stopped in a `finally` (forced once the
 * signal fired), the pool is destroyed, and CPython's interpreter is a process group the engine
 * kills; nothing is left running.
 */
import type { PoolReuseOptions, PoolReuseWay } from '../../../../src-shared/workloads/pool-reuse'
import type { Run } from '../../../../src-shared/report'
import { adapterFor } from '../../executors'
import { CheckFailedError, type Experiment, type ExperimentContext } from '../experiment'
import { type MicroRun, type MicroRuntimeName, runMicro, runPerRuntime, workerAndPythonRuntimes } from '../micro/micro-run'
import { type PoolReuseDriver, expectedAnswer, nodeDriver, pythonDriver } from './drivers'
import { type WaySamples, answersCheck, poolReusePoints } from './figures'

/** Longest single wait (one start, one answer): the task timeout when shorter. */
const MAX_WAIT_MS = 30_000
const waitBound = (ctx: ExperimentContext) => (ctx.config.taskTimeoutMs > 0 ? Math.min(ctx.config.taskTimeoutMs, MAX_WAIT_MS) : MAX_WAIT_MS)

/** Every worker runtime asked for (Node threads, processes, utility processes) and CPython threads and processes. */
export const poolReuseRuntimes = (runtimes: Parameters<typeof workerAndPythonRuntimes>[0]) => workerAndPythonRuntimes(runtimes)

async function measure(ctx: ExperimentContext, run: MicroRun<MicroRuntimeName>, driver: PoolReuseDriver, options: PoolReuseOptions, startMethod?: 'spawn' | 'fork' | 'forkserver'): Promise<void> {
  const ways: Record<PoolReuseWay, WaySamples> = {
    'spawn-per-task': { perTaskMs: [], answered: 0, expected: 0 },
    'warm-pool': { perTaskMs: [], answered: 0, expected: 0 },
  }
  const want = expectedAnswer(options.task)
  const rounds = ctx.config.warmup + ctx.config.repeat
  for (let round = 0; round < rounds; round++) {
    run.step('measure', 1, 0)
    // Alternating which way goes first keeps a drift of the machine from favouring one of them.
    const order: PoolReuseWay[] = round % 2 === 0 ? ['spawn-per-task', 'warm-pool'] : ['warm-pool', 'spawn-per-task']
    for (const way of order) {
      const timing = await driver.once(way)
      const right = timing.answers.filter((a) => a === want).length
      // A wrong answer in a warm-up is as wrong as any other: checked, not counted.
      if (right !== options.tasks || timing.answers.length !== options.tasks) throw new CheckFailedError(`pool-reuse ${way}`, answersCheck(options.tasks, right))
      if (round < ctx.config.warmup) continue
      const samples = ways[way]
      samples.perTaskMs.push(Math.max(timing.elapsedMs, 1e-6) / options.tasks)
      samples.answered += right
      samples.expected += options.tasks
    }
    run.step('measure', 1)
  }
  for (const point of poolReusePoints({ tasks: options.tasks, task: options.task, seed: ctx.config.seed ?? 0, startMethod }, ways)) run.addPoint(point)
}

async function onRuntime(ctx: ExperimentContext, run: MicroRun<MicroRuntimeName>, options: PoolReuseOptions): Promise<void> {
  const runtime = run.runtime
  let driver: PoolReuseDriver
  let startMethod: 'spawn' | 'fork' | 'forkserver' | undefined
  if (runtime === 'py-thread' || runtime === 'py-process') {
    const executor = await ctx.createExecutor(runtime, 1, ctx.signal)
    run.recordPython(executor.python)
    startMethod = runtime === 'py-process' ? executor.python?.startMethod : undefined
    driver = pythonDriver(executor, runtime === 'py-thread' ? 'thread' : 'process', options.tasks, options.task, waitBound(ctx), ctx.signal)
  } else {
    const adapter = adapterFor(runtime, ctx.config, ctx.runtimeDeps)
    driver = await nodeDriver({ adapter, clock: ctx.clock, signal: ctx.signal, taskTimeoutMs: waitBound(ctx) }, options.tasks, options.task)
  }
  let failed = true
  try {
    await measure(ctx, run, driver, options, startMethod)
    failed = false
  } finally {
    await driver.close(failed)
  }
}

export function poolReuseExperiment(options: PoolReuseOptions): Experiment {
  return {
    options,
    units: (runtimes, _workers, config) => poolReuseRuntimes(runtimes).length * (config.warmup + config.repeat),
    run(ctx): Promise<Run[]> {
      return runPerRuntime(ctx, poolReuseRuntimes(ctx.runtimes), (runtime) => {
        const serialization = runtime === 'py-thread' || runtime === 'py-process' ? 'json' : adapterFor(runtime, ctx.config, ctx.runtimeDeps).serialization
        return runMicro(ctx, { options, runtime, serialization }, (run) => onRuntime(ctx, run, options))
      })
    },
  }
}
