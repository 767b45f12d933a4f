/**
 * The race (issue 15, README "Race"): N workers each add 1 to one counter K times, per variant
 * (src-shared/workloads/race.ts) and worker count, on every worker runtime asked for.
 *
 * Why a micro-experiment rather than a sweep: the workers of a point must run at the same time on
 * one counter (a sweep hands out independent tasks and times the batch), the counter must be reset
 * and read by the engine between repetitions, and "speedup" means nothing here; what a point
 * reports is expected vs actual. So the experiment drives a pool of exactly N workers itself, one
 * task each per repetition, like the ping-pongs of context-switch.ts.
 *
 * Threads race in shared memory; processes cannot share memory in Node, so for them the counter
 * is owned by the engine's server (shared-state/owner-server.ts) and the shared-memory variants
 * are recorded as unavailable with the reason. The main thread is not applicable (workersOnly).
 * On threads each point runs one more repetition traced (shared-state/traced-repetition.ts): the
 * live lane timeline, counted in no figure.
 * Cancel: the run's AbortFlag (in the race buffer) is set, so threads blocked at the gate or on the
 * lock return within a slice; the pool is destroyed and the owner server closed, whatever happens.
 */
import type { RaceOptions, RaceVariant } from '../../../src-shared/workloads/race'
import { OWNER_RACE_VARIANTS, isPyRaceVariant, isSharedRaceVariant, raceVariantsOf } from '../../../src-shared/workloads/race'
import type { RuntimeName } from '../../../src-shared/config'
import type { Run } from '../../../src-shared/report'
import { RUNTIME_TRAITS, type WorkerRuntimeName } from '../../../src-shared/runtime-traits'
import { createRaceBuffer, raceAbortFlag } from '../../../src-workers/kernels/race'
import { adapterFor } from '../executors'
import { CheckFailedError, type Experiment, type ExperimentContext } from './experiment'
import { type MicroRun, runMicro, runPerRuntime, workerAndPythonRuntimes } from './micro/micro-run'
import { pyRaceOnRuntime } from './shared-state/py-race'
import { type OwnerServer, startOwnerServer } from './shared-state/owner-server'
import { type RaceSettings, racePoint, tracedRaceRepetition } from './shared-state/race-point'
import { tracedRepetition } from './shared-state/traced-repetition'
import { raceLaneLabel } from '../../../src-shared/lane-labels'
import { translateEn } from '../../../src-shared/i18n/translate'

/** Longest any single wait of a racer may take (the gate, one lock, one owner reply). */
const MAX_WAIT_MS = 30_000

/** Stored in the report when a runtime lacks a variant (shown translated by the views). */
export const NO_SHARED_MEMORY =
  'Node processes cannot share memory without native code, so there is no counter they could all change in place; the owner variants (get-set, add) stand in, as multiprocessing.Manager does'

/** The chosen variants a runtime runs: its own family's (Node's or CPython's), less shared memory where it has none. */
export function variantsFor(runtime: RuntimeName, chosen: readonly RaceVariant[]): RaceVariant[] {
  const own = chosen.filter((v) => raceVariantsOf(runtime).includes(v))
  return RUNTIME_TRAITS[runtime].sharesMemory || RUNTIME_TRAITS[runtime].python ? own : own.filter((v) => !isSharedRaceVariant(v))
}

/** Longest single wait for this run: the task timeout when shorter. */
const waitBound = (ctx: ExperimentContext) => (ctx.config.taskTimeoutMs > 0 ? Math.min(ctx.config.taskTimeoutMs, MAX_WAIT_MS) : MAX_WAIT_MS)

async function raceOnRuntime(ctx: ExperimentContext, run: MicroRun, runtime: WorkerRuntimeName, options: RaceOptions): Promise<void> {
  const sharesMemory = RUNTIME_TRAITS[runtime].sharesMemory
  const variants = variantsFor(runtime, options.variants)
  for (const missing of options.variants.filter((v) => raceVariantsOf(runtime).includes(v) && !variants.includes(v))) run.addUnavailable(missing, NO_SHARED_MEMORY)
  if (variants.length === 0) return
  const buffer = createRaceBuffer()
  const abort = raceAbortFlag(buffer)
  const onAbort = () => abort.set()
  ctx.signal.addEventListener('abort', onAbort, { once: true })
  let owner: OwnerServer | undefined
  try {
    if (variants.some((v) => (OWNER_RACE_VARIANTS as readonly string[]).includes(v))) owner = await startOwnerServer({ signal: ctx.signal })
    const timeoutMs = waitBound(ctx)
    for (const workers of options.workerCounts) {
      run.step('measure', workers, 0)
      const pool = await ctx.createExecutor(runtime, workers, ctx.signal)
      try {
        for (const variant of variants) {
          const settings: RaceSettings = {
            workers,
            variant,
            increments: isSharedRaceVariant(variant) ? options.increments : options.messageIncrements,
            gap: options.gap,
            warmup: ctx.config.warmup,
            repeat: ctx.config.repeat,
            timeoutMs,
            seed: ctx.config.seed ?? 0,
            buffer,
            sharesMemory,
            owner,
            signal: ctx.signal,
          }
          const point = await racePoint(pool, settings)
          run.addPoint(point)
          // The lost update of an unsafe variant is the finding; an exact variant that loses one is a bug.
          if (!point.check.ok) throw new CheckFailedError(`race ${variant}`, point.check)
          // Threads: one more repetition, traced, in no figure (the live lanes). Processes share no ring.
          if (sharesMemory) {
            const label = raceLaneLabel(translateEn, workers, variant)
            await tracedRepetition(ctx, run, { workers, label }, (rings) => tracedRaceRepetition(pool, settings, rings))
          }
          run.step('measure', workers)
        }
      } catch (error) {
        // Terminates racers still blocked (a failed partner leaves the others at the gate).
        abort.set()
        await pool.destroy(error)
        throw error
      }
      await pool.close()
    }
  } finally {
    ctx.signal.removeEventListener('abort', onAbort)
    await owner?.close()
  }
}

export function raceExperiment(options: RaceOptions): Experiment {
  return {
    options,
    units: (runtimes) => workerAndPythonRuntimes(runtimes).reduce((sum, r) => sum + variantsFor(r, options.variants).length * options.workerCounts.length, 0),
    run(ctx): Promise<Run[]> {
      return runPerRuntime(ctx, workerAndPythonRuntimes(ctx.runtimes), (runtime) => {
        if (runtime === 'py-thread' || runtime === 'py-process') {
          const variants = variantsFor(runtime, options.variants).filter(isPyRaceVariant)
          return runMicro(ctx, { options, runtime, serialization: 'json' }, (run) => pyRaceOnRuntime(ctx, run, options, variants, waitBound(ctx)))
        }
        const adapter = adapterFor(runtime, ctx.config, ctx.runtimeDeps)
        return runMicro(ctx, { options, runtime, serialization: adapter.serialization }, (run) => raceOnRuntime(ctx, run, runtime, options))
      })
    },
  }
}
