/**
 * Crash isolation (issue 17, README "Crash isolation"): each fault raised in a worker thread and
 * in a child process, one case each, every case in a sacrificial host process of its own
 * (hazards/crash-case.ts), so that a fault which kills its whole process (a native abort in a
 * thread) kills the host and not the lab. A point per fault says what survived.
 *
 * A micro-experiment: nothing is timed against anything (the elapsed time is kept as the sample
 * only because a point has one), and a case is not repeated: what happens is the finding, and
 * it does not vary from one repetition to the next the way a duration does.
 */
import type { CrashIsolationOptions } from '../../../src-shared/workloads/crash-isolation'
import type { CrashWorkerKind } from '../../../src-shared/crash-host'
import type { CrashFigures } from '../../../src-shared/crash-report'
import type { Point, Run } from '../../../src-shared/report'
import { RUNTIME_TRAITS, type WorkerRuntimeName } from '../../../src-shared/runtime-traits'
import { translateEn } from '../../../src-shared/i18n/translate'
import { summarizeTimes } from '../stats/summary'
import type { Experiment, ExperimentContext } from './experiment'
import { type MicroRun, runMicro, runPerRuntime, workerRuntimes } from './micro/micro-run'
import { runCrashCase } from './hazards/crash-case'

/** The kind of worker a runtime's host can start: a worker thread or a forked Node process. */
export function crashKindOf(runtime: WorkerRuntimeName): CrashWorkerKind | null {
  const traits = RUNTIME_TRAITS[runtime]
  if (traits.workerThread) return 'thread'
  // Electron's utility process exists only in the app's main process, not in a plain Node host.
  return traits.ownProcess && !traits.desktopOnly ? 'process' : null
}

export function crashPoint(figures: CrashFigures, workers: number): Point {
  return {
    workers,
    oversubscribed: false,
    samplesMs: [figures.elapsedMs],
    stats: summarizeTimes([figures.elapsedMs], 0),
    speedup: null,
    efficiency: null,
    // Nothing is known in advance: what survived is the finding, not a check.
    check: { expected: null, actual: null, ok: true, source: 'none' },
    variant: figures.fault,
    // One case is one operation, not a repetition to compare: the repetition warnings do not apply.
    samplesKind: 'operation',
    crash: figures,
  }
}

async function onRuntime(ctx: ExperimentContext, run: MicroRun, runtime: WorkerRuntimeName, options: CrashIsolationOptions): Promise<void> {
  const kind = crashKindOf(runtime)
  if (kind === null) {
    run.addUnavailable('crash-isolation', translateEn('crash.cli.noHost'))
    run.step('measure', 1, options.faults.length)
    return
  }
  const timeoutMs = ctx.config.taskTimeoutMs > 0 ? Math.min(options.caseTimeoutMs, Math.max(2000, ctx.config.taskTimeoutMs)) : options.caseTimeoutMs
  for (const fault of options.faults) {
    ctx.signal.throwIfAborted()
    const figures = await runCrashCase({ kind, fault, siblings: options.siblings, siblingMs: options.siblingMs, heapLimitMb: options.heapLimitMb, timeoutMs }, ctx.signal)
    run.addPoint(crashPoint(figures, options.siblings + 1))
    run.step('measure', options.siblings + 1)
  }
}

export function crashIsolationExperiment(options: CrashIsolationOptions): Experiment {
  return {
    options,
    units: (runtimes) => workerRuntimes(runtimes).length * options.faults.length,
    run(ctx): Promise<Run[]> {
      return runPerRuntime(ctx, workerRuntimes(ctx.runtimes), (runtime) =>
        runMicro(ctx, { options, runtime, serialization: runtime === 'thread' ? 'structured-clone' : 'advanced' }, (run) => onRuntime(ctx, run, runtime, options)),
      )
    },
  }
}
