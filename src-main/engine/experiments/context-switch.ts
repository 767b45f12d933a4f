/**
 * Context-switch overhead, three ways (README.md, "Context switches"): ping-pongs whose round
 * trip is two switches plus the mechanism, beside the mechanism alone on one thread; an
 * oversubscription sweep against its ideal; and the OS's own switch counters throughout. On
 * Linux with perf installed, `perf bench sched pipe` is stored beside the lab's figures.
 */
import type { ContextSwitchOptions } from '../../../src-shared/workloads/context-switch'
import type { Run } from '../../../src-shared/report'
import { RUNTIME_TRAITS, type WorkerRuntimeName } from '../../../src-shared/runtime-traits'
import { futexBufferBytes } from '../../../src-workers/kernels/futex-pingpong'
import { adapterFor } from '../executors'
import { makeFifos } from './micro/fifo-pair'
import { type MicroRun, runMicro, runPerRuntime, workerRuntimes } from './micro/micro-run'
import { measureOversubscription, oversubscriptionFactors } from './micro/oversubscription'
import { perfSchedPipe } from './micro/perf-reference'
import { type VariantSettings, messagePoint, pairPoint, selfPoint } from './micro/pingpong-variants'
import { startWorker, stopWorkers } from './micro/workers'
import { CheckFailedError, type Experiment, type ExperimentContext } from './experiment'
import { freshSeed } from '../stats/random'

/** Points before the oversubscription sweep: pair ping-pong, one-thread mechanism, message ping-pong. */
const PINGPONG_UNITS = 3

function addChecked(run: MicroRun, point: Run['points'][number]): void {
  run.addPoint(point)
  if (!point.check.ok) throw new CheckFailedError('context-switch', point.check)
}

async function pingPongs(ctx: ExperimentContext, run: MicroRun, runtime: WorkerRuntimeName, s: VariantSettings): Promise<void> {
  const pool = await ctx.createExecutor(runtime, 2, ctx.signal)
  try {
    // A futex needs memory both sides see; workers without it wake each other through pipes.
    if (RUNTIME_TRAITS[runtime].sharesMemory) {
      const channel = { type: 'futex' as const, buffer: new SharedArrayBuffer(futexBufferBytes(0)), payloadBytes: 0 }
      addChecked(run, await pairPoint(pool, channel, 'futex-pingpong', s))
      run.step('measure', 2)
      addChecked(run, await selfPoint(pool, channel, 'futex-one-thread', s))
      run.step('measure', 1)
    } else {
      const fifos = await makeFifos(3, ctx.signal)
      if (!fifos.ok) {
        run.addUnavailable('pipe-pingpong', fifos.reason)
        run.step('measure', 2, 2)
      } else {
        try {
          const [a, b, self] = fifos.paths as [string, string, string]
          addChecked(run, await pairPoint(pool, { type: 'pipe', sendPath: a, receivePath: b }, 'pipe-pingpong', s))
          run.step('measure', 2)
          addChecked(run, await selfPoint(pool, { type: 'pipe', sendPath: self, receivePath: self }, 'pipe-one-thread', s))
          run.step('measure', 1)
        } finally {
          await fifos.dispose()
        }
      }
    }
  } catch (error) {
    await pool.destroy(error)
    throw error
  }
  await pool.close()
}

export function contextSwitchExperiment(options: ContextSwitchOptions): Experiment {
  const factors = oversubscriptionFactors(options.oversubscription)
  return {
    options,
    units: (runtimes) => workerRuntimes(runtimes).length * (PINGPONG_UNITS + factors.length + (options.perf ? 1 : 0)),
    run(ctx): Promise<Run[]> {
      let expectedChecksum: number | undefined
      return runPerRuntime(ctx, workerRuntimes(ctx.runtimes), (runtime) => {
        const adapter = adapterFor(runtime, ctx.config, ctx.runtimeDeps)
        const spec = { options: { ...options, oversubscription: factors }, runtime, serialization: adapter.serialization }
        return runMicro(ctx, spec, async (run) => {
          const s: VariantSettings = { runtime, rounds: options.rounds, timeoutMs: Math.min(ctx.config.taskTimeoutMs, 30_000), clock: ctx.clock, signal: ctx.signal }
          run.step('measure', 2, 0)
          await pingPongs(ctx, run, runtime, s)

          const { worker } = await startWorker(adapter, ctx.clock, ctx.signal)
          try {
            const kind = adapter.serialization === 'json' ? 'string' : 'bytes'
            addChecked(run, await messagePoint(worker, kind, RUNTIME_TRAITS[runtime].ownProcess ? 'ipc-pingpong' : 'message-pingpong', adapter.serialization, s))
          } finally {
            await stopWorkers([worker], ctx.signal.aborted)
          }
          run.step('measure', 1)

          // The reference answer of the busy loop, once per experiment, in a worker thread of its
          // own: tens of milliseconds of spinning must not stall the app's main process.
          expectedChecksum ??= await referenceChecksum(ctx, options.busyIterations)
          const points = await measureOversubscription({
            runtime,
            cores: ctx.logicalCores,
            factors,
            iterations: options.busyIterations,
            expectedChecksum,
            warmup: ctx.config.warmup,
            repeat: ctx.config.repeat,
            seed: ctx.config.seed ?? freshSeed(),
            clock: ctx.clock,
            signal: ctx.signal,
            createExecutor: (size) => ctx.createExecutor(runtime, size, ctx.signal),
            onPoint: (point) => {
              run.addPoint(point)
              run.step('measure', point.workers)
            },
          })
          const bad = points.find((p) => !p.check.ok)
          if (bad) throw new CheckFailedError('context-switch', bad.check)

          if (options.perf) {
            run.addReference(await perfSchedPipe(RUNTIME_TRAITS[runtime].workerThread ? 'thread' : 'process', options.perfLoops, ctx.signal))
            run.step('measure', 2)
          }
        })
      })
    },
  }
}

async function referenceChecksum(ctx: ExperimentContext, iterations: number): Promise<number> {
  const executor = await ctx.createExecutor('thread', 1, ctx.signal)
  try {
    return (await executor.run({ kind: 'busy', iterations }, ctx.signal)).result.checksum
  } finally {
    await (ctx.signal.aborted ? executor.destroy(ctx.signal.reason) : executor.close())
  }
}
