/**
 * Locks (README.md, "Locks"): what one acquire+release of the lab's Mutex costs, for each wait
 * mode and order, over thread counts and critical-section lengths, with each thread's share.
 *
 * A micro-experiment, not a sweep: a sweep times independent tasks and derives a speedup, while
 * here the threads of one repetition must start together on one shared buffer and compete for the
 * same lock, and the figure is a cost per acquisition and a fairness, not a speedup. Each point's
 * samples are its repetitions' wall time per acquisition; beside it, the same loop without the
 * lock (the harness) measured on the same pool. Threads only: a runtime that shares no memory
 * answers "threads only" with the reason (a Node process cannot share memory without native code).
 * After each point's repetitions, one more runs traced (shared-state/traced-repetition.ts): the
 * live lane timeline, counted in no figure.
 */
import type { LockOrder, LockWait, LocksOptions } from '../../../src-shared/workloads/locks'
import type { Check, Point } from '../../../src-shared/report'
import { translateEn } from '../../../src-shared/i18n/translate'
import { locksLaneLabel } from '../../../src-shared/lane-labels'
import { RUNTIME_TRAITS, type WorkerRuntimeName } from '../../../src-shared/runtime-traits'
import type { TaskExecutor } from '../executor'
import { deriveSeed, freshSeed } from '../stats/random'
import { summarizeTimes } from '../stats/summary'
import { CheckFailedError, type Experiment, type ExperimentContext } from './experiment'
import { type LocksRepetition, acquisitionsOf, costPerAcquisitionUs, fairnessOf, intervalUs } from './micro/locks-figures'
import { type RepetitionTask, runRepetition } from './micro/locks-repetition'
import { globalLockFigures } from './global-lock-figures'
import { type MicroRun, runMicro, runPerRuntime, workerRuntimes } from './micro/micro-run'
import { tracedRepetition } from './shared-state/traced-repetition'

/** Longest single wait for the lock or the start line: far above any real wait, so only a stuck thread reaches it. */
const MAX_WAIT_MS = 30_000

interface Mode {
  order: LockOrder
  wait: LockWait
}

const sharesMemory = (runtime: WorkerRuntimeName): boolean => RUNTIME_TRAITS[runtime].sharesMemory

/** Warm-ups then measured repetitions of one case on one pool (starvation.ts reuses it). */
export async function measure(pool: TaskExecutor, spec: RepetitionTask, ctx: ExperimentContext): Promise<LocksRepetition[]> {
  const measured: LocksRepetition[] = []
  for (let i = 0; i < ctx.config.warmup + ctx.config.repeat; i++) {
    ctx.signal.throwIfAborted()
    const rep = await runRepetition(pool, spec, ctx.signal)
    if (i >= ctx.config.warmup) measured.push(rep)
  }
  return measured
}

/** Mutual exclusion held in every repetition: the count updated inside the lock equals what the threads counted. */
export function exclusionCheck(reps: readonly LocksRepetition[]): Check {
  const counted = reps.reduce((a, r) => a + acquisitionsOf(r), 0)
  const updated = reps.reduce((a, r) => a + r.taken, 0)
  return { expected: counted, actual: updated, ok: counted > 0 && reps.every((r) => r.taken === acquisitionsOf(r)), source: 'known-value' }
}

function point(reps: LocksRepetition[], harness: LocksRepetition[], spec: RepetitionTask, mode: Mode, ctx: ExperimentContext, seed: number, options: LocksOptions): Point {
  const key = `${spec.threads}/${spec.criticalWork}/${mode.order}/${mode.wait}`
  const samplesMs = reps.map((r) => costPerAcquisitionUs(r) / 1000)
  const stats = summarizeTimes(samplesMs, deriveSeed(seed, key))
  const harnessStats = summarizeTimes(harness.map((r) => costPerAcquisitionUs(r) / 1000), deriveSeed(seed, `${key}/harness`))
  return {
    workers: spec.threads,
    oversubscribed: spec.threads > ctx.logicalCores,
    samplesMs,
    stats,
    speedup: null,
    efficiency: null,
    check: exclusionCheck(reps),
    // Global-lock mode: each thread's figures, its index standing for the slot (one task per thread).
    ...globalLockFigures(reps.map((r) => ({ outcomes: r.results.map((result, slot) => ({ result, slot })) }))),
    variant: `${mode.order}/${mode.wait}`,
    samplesKind: 'repetition',
    operations: reps.reduce((a, r) => a + acquisitionsOf(r), 0),
    settings: { criticalWork: spec.criticalWork, outsideWork: spec.outsideWork },
    locks: {
      ...mode,
      threads: spec.threads,
      criticalWork: spec.criticalWork,
      outsideWork: spec.outsideWork,
      costUs: intervalUs(stats),
      harnessUs: intervalUs(harnessStats),
      ...fairnessOf(reps, spec.threads),
      truncatedRepetitions: reps.filter((r) => acquisitionsOf(r) < options.acquisitions).length,
    },
  }
}

async function onePool(ctx: ExperimentContext, run: MicroRun, pool: TaskExecutor, threads: number, modes: readonly Mode[], seed: number, options: LocksOptions): Promise<void> {
  for (const criticalWork of options.criticalWork) {
    const base = { threads, criticalWork, outsideWork: options.outsideWork, acquisitions: options.acquisitions, maxRepetitionMs: options.maxRepetitionMs, timeoutMs: Math.min(ctx.config.taskTimeoutMs, MAX_WAIT_MS) }
    const harness = await measure(pool, { ...base, lock: null }, ctx)
    run.step('measure', threads)
    for (const mode of modes) {
      const spec = { ...base, lock: mode }
      const p = point(await measure(pool, spec, ctx), harness, spec, mode, ctx, seed, options)
      run.addPoint(p)
      if (!p.check.ok) throw new CheckFailedError('locks', p.check)
      // The live timeline: one more repetition, traced, in no figure (tracing slows the lock down).
      const label = locksLaneLabel(translateEn, { threads, criticalWork, ...mode })
      await tracedRepetition(ctx, run, { workers: threads, label }, (rings) => runRepetition(pool, spec, ctx.signal, rings))
      run.step('measure', threads)
    }
  }
}

export function locksExperiment(options: LocksOptions): Experiment {
  const modes: Mode[] = options.orders.flatMap((order) => options.waits.map((wait) => ({ order, wait })))
  const unitsPerRuntime = options.threads.length * options.criticalWork.length * (modes.length + 1)
  return {
    options,
    units: (runtimes) => workerRuntimes(runtimes).reduce((n, r) => n + (sharesMemory(r) ? unitsPerRuntime : 1), 0),
    run(ctx) {
      const seed = ctx.config.seed ?? freshSeed()
      return runPerRuntime(ctx, workerRuntimes(ctx.runtimes), (runtime) =>
        runMicro(ctx, { options, runtime, serialization: sharesMemory(runtime) ? 'structured-clone' : 'none' }, async (run) => {
          if (!sharesMemory(runtime)) {
            // Not a failure: the concept does not exist there, and the result says why.
            run.addUnavailable('threads-only', translateEn('locks.threadsOnly'))
            run.step('measure', 1)
            return
          }
          for (const threads of options.threads) {
            const pool = await ctx.createExecutor(runtime, threads, ctx.signal)
            try {
              await onePool(ctx, run, pool, threads, modes, seed, options)
            } catch (error) {
              await pool.destroy(error)
              throw error
            }
            await pool.close()
          }
        }),
      )
    },
  }
}
