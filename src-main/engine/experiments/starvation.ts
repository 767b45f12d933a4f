/**
 * Starvation (issue 17, README "Starvation"): the locks experiment's loop (locks-repetition.ts,
 * the same kernel and figures) at one heavily contended case, run with a barging Mutex and with a
 * FIFO one on the same pool, so each thread's share of the acquisitions and its waits show who was
 * starved. The harness (the loop without the lock) is measured too, as the locks figure holds it.
 * One traced repetition per order feeds the live lanes, counted in no figure.
 */
import type { StarvationOptions } from '../../../src-shared/workloads/starvation'
import type { LockOrder } from '../../../src-shared/workloads/locks'
import type { StarvationFigures } from '../../../src-shared/starvation-report'
import type { Point } from '../../../src-shared/report'
import { translateEn } from '../../../src-shared/i18n/translate'
import { locksLaneLabel } from '../../../src-shared/lane-labels'
import { RUNTIME_TRAITS } from '../../../src-shared/runtime-traits'
import { deriveSeed, freshSeed } from '../stats/random'
import { summarizeTimes } from '../stats/summary'
import { CheckFailedError, type Experiment } from './experiment'
import { exclusionCheck, measure } from './locks'
import { type LocksRepetition, acquisitionsOf, costPerAcquisitionUs, fairnessOf, intervalUs } from './micro/locks-figures'
import { runRepetition } from './micro/locks-repetition'
import { runMicro, runPerRuntime, workerRuntimes } from './micro/micro-run'
import { tracedRepetition } from './shared-state/traced-repetition'

/** Barging first: the lock that starves, then the fix. */
export const STARVATION_ORDERS: readonly LockOrder[] = ['barging', 'fifo']
const MAX_WAIT_MS = 30_000

/** Shares, longest waits and starved threads, from the same repetitions as the locks figure. */
export function starvationOf(reps: readonly LocksRepetition[], threads: number): StarvationFigures {
  const counts = Array.from({ length: threads }, (_, i) => reps.reduce((a, rep) => a + (rep.results[i]?.acquisitions ?? 0), 0))
  const total = counts.reduce((a, b) => a + b, 0)
  const shares = counts.map((n) => (total > 0 ? n / total : 0))
  const waitMaxUsPerWorker = Array.from({ length: threads }, (_, i) => reps.reduce((m, rep) => rep.results[i]?.waitsUs.reduce((a, w) => Math.max(a, w), m) ?? m, 0))
  return { total, shares, waitMaxUsPerWorker, starvedThreads: shares.filter((s) => s < 0.5 / threads).length }
}

export function starvationExperiment(options: StarvationOptions): Experiment {
  return {
    options,
    units: (runtimes) => workerRuntimes(runtimes).length * STARVATION_ORDERS.length,
    run(ctx) {
      const seed = ctx.config.seed ?? freshSeed()
      return runPerRuntime(ctx, workerRuntimes(ctx.runtimes), (runtime) =>
        runMicro(ctx, { options, runtime, serialization: RUNTIME_TRAITS[runtime].sharesMemory ? 'structured-clone' : 'none' }, async (run) => {
          if (!RUNTIME_TRAITS[runtime].sharesMemory) {
            run.addUnavailable('threads-only', translateEn('locks.threadsOnly'))
            run.step('measure', 1, STARVATION_ORDERS.length)
            return
          }
          const { threads } = options
          const base = { threads, criticalWork: options.criticalWork, outsideWork: options.outsideWork, acquisitions: options.acquisitions, maxRepetitionMs: options.maxRepetitionMs, timeoutMs: Math.min(ctx.config.taskTimeoutMs || MAX_WAIT_MS, MAX_WAIT_MS) }
          const pool = await ctx.createExecutor(runtime, threads, ctx.signal)
          try {
            const harness = await measure(pool, { ...base, lock: null }, ctx)
            const harnessUs = intervalUs(summarizeTimes(harness.map((r) => costPerAcquisitionUs(r) / 1000), deriveSeed(seed, 'harness')))
            for (const order of STARVATION_ORDERS) {
              const mode = { order, wait: options.wait }
              const spec = { ...base, lock: mode }
              const reps = await measure(pool, spec, ctx)
              const samplesMs = reps.map((r) => costPerAcquisitionUs(r) / 1000)
              const stats = summarizeTimes(samplesMs, deriveSeed(seed, order))
              const point: Point = {
                workers: threads,
                oversubscribed: threads > ctx.logicalCores,
                samplesMs,
                stats,
                speedup: null,
                efficiency: null,
                check: exclusionCheck(reps),
                variant: order,
                samplesKind: 'repetition',
                operations: reps.reduce((a, r) => a + acquisitionsOf(r), 0),
                locks: { ...mode, threads, criticalWork: base.criticalWork, outsideWork: base.outsideWork, costUs: intervalUs(stats), harnessUs, ...fairnessOf(reps, threads), truncatedRepetitions: reps.filter((r) => acquisitionsOf(r) < options.acquisitions).length },
                starvation: starvationOf(reps, threads),
              }
              run.addPoint(point)
              if (!point.check.ok) throw new CheckFailedError('starvation', point.check)
              const label = locksLaneLabel(translateEn, { threads, criticalWork: base.criticalWork, ...mode })
              await tracedRepetition(ctx, run, { workers: threads, label }, (rings) => runRepetition(pool, spec, ctx.signal, rings))
              run.step('measure', threads)
            }
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
