/**
 * Turns a sweep workload into an Experiment: prepare once (reference answers, fixtures, servers),
 * then the sweeps of every runtime in one schedule (sweep.ts; the main-thread baseline first, so
 * every other point can be compared with it), and dispose whatever happened. A workload that cannot be prepared fails each
 * of its runs with the reason instead of the whole suite.
 */
import type { RunConfig, RuntimeName } from '../../../src-shared/config'
import { RUNTIME_TRAITS } from '../../../src-shared/runtime-traits'
import type { Task } from '../../../src-shared/protocol'
import type { Run } from '../../../src-shared/report'
import { toError } from '../runtimes/errors'
import { type EngineMessage, englishText, message, messageOf } from '../../../src-shared/engine-message'
import { type Experiment, type SweepWorkload, failedRun, stopReason } from './experiment'
import { runSweeps, sweepUnits } from './sweep'

/** The baseline measures one point: worker counts mean nothing on one thread, one task at a time. */
export const countsFor = (runtime: RuntimeName, counts: readonly number[]): number[] => (RUNTIME_TRAITS[runtime].baseline ? [1] : [...counts])

export function sweepExperiment<T extends Task>(workload: SweepWorkload<T>): Experiment {
  return {
    options: workload.options,
    units: (runtimes, counts, config: RunConfig) => runtimes.reduce((sum, runtime) => sum + sweepUnits(config, countsFor(runtime, counts)), 0),
    async run(ctx) {
      const runs: Run[] = []
      try {
        const prepareError = await quietly(() => workload.prepare?.(ctx.signal))
        if (ctx.signal.aborted) return runs
        if (prepareError) {
          for (const runtime of ctx.runtimes) {
            runs.push(failedRun(workload.options, runtime, ctx.config, stopReason(message('prepareFailed', {}, prepareError)), 'failed', ctx.clock, ctx.newRunId(runtime)))
          }
          return runs
        }
        runs.push(
          ...(await runSweeps(workload, {
            runtimes: ctx.runtimes,
            countsFor: (runtime) => countsFor(runtime, ctx.workerCounts),
            config: ctx.config,
            logicalCores: ctx.logicalCores,
            clock: ctx.clock,
            signal: ctx.signal,
            progress: ctx.progress,
            createExecutor: ctx.createExecutor,
            newRunId: ctx.newRunId,
            emit: ctx.emit,
          })),
        )
        return runs
      } finally {
        // A cleanup that fails must not throw away what was measured: say so on the runs.
        const cleanupError = await quietly(() => workload.dispose?.())
        // The note is English only: the structured reason, if any, would no longer match the text.
        if (cleanupError) {
          for (const run of runs) {
            run.error = [run.error, `Cleanup after the workload failed: ${englishText(cleanupError)}`].filter(Boolean).join(' ')
            delete run.errorMessage
          }
        }
      }
    },
  }
}

/** Runs a step, returning its error's message instead of throwing it. */
async function quietly(step: () => Promise<void> | undefined): Promise<EngineMessage | undefined> {
  try {
    await step()
    return undefined
  } catch (error) {
    return messageOf(toError(error))
  }
}
