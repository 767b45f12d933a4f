/**
 * Priority inversion (issue 17, README "Priority inversion"): per variant, one case of three
 * processes on one core (hazards/priority-case.ts); a point counts the medium's work units done
 * while the high one waited. Where it cannot be observed (no pinning: macOS, Windows, no taskset;
 * the fix needs the right to raise a priority, which a user who is not root lacks) the run says
 * so with the reason instead of a figure.
 *
 * A case is not repeated: the count is the finding; the repetitions setting does not apply.
 */
import type { PriorityInversionOptions } from '../../../src-shared/workloads/priority-inversion'
import type { PriorityFigures, PriorityUnobservable, PriorityVariant } from '../../../src-shared/priority-report'
import type { Point, Run } from '../../../src-shared/report'
import { RUNTIME_TRAITS } from '../../../src-shared/runtime-traits'
import { translateEn } from '../../../src-shared/i18n/translate'
import { findOnPath } from '../measure/process-affinity'
import { summarizeTimes } from '../stats/summary'
import type { Experiment } from './experiment'
import { runMicro, runPerRuntime, workerRuntimes } from './micro/micro-run'
import { PRIORITY_DIR_PREFIX, probeRights, runPriorityCase } from './hazards/priority-case'
import { sweepStaleDirs } from './owned-temp-dir'
import { tmpdir } from 'node:os'

/** Why nothing can be shown on this system, or null: pinning to one core needs Linux and taskset. */
export function pinningProblem(platform: NodeJS.Platform, taskset: string | null): PriorityUnobservable | null {
  if (platform === 'darwin') return 'macos'
  if (platform !== 'linux') return 'no-pinning'
  return taskset === null ? 'no-taskset' : null
}

/** Which variants can be shown with these rights; the others with the reason. */
export function observableVariants(variants: readonly PriorityVariant[], canRaise: boolean): { run: PriorityVariant[]; not: Array<{ variant: PriorityVariant; reason: PriorityUnobservable }> } {
  return {
    run: variants.filter((v) => v === 'inversion' || canRaise),
    not: canRaise ? [] : variants.filter((v) => v === 'inheritance').map((variant) => ({ variant, reason: 'cannot-raise' as const })),
  }
}

function priorityPoint(f: PriorityFigures, elapsedMs: number): Point {
  return {
    workers: 3,
    oversubscribed: false,
    samplesMs: [elapsedMs],
    stats: summarizeTimes([elapsedMs], 0),
    speedup: null,
    efficiency: null,
    // The count is the finding; only "the high one got the lock in the end" is checked.
    check: { expected: 1, actual: f.highGotLock ? 1 : 0, ok: f.highGotLock, source: 'none' },
    variant: f.variant,
    // One case is one operation, not a repetition to compare: the repetition warnings do not apply.
    samplesKind: 'operation',
    priority: f,
  }
}

export function priorityInversionExperiment(options: PriorityInversionOptions): Experiment {
  return {
    options,
    units: (runtimes) => workerRuntimes(runtimes).length * options.variants.length,
    run(ctx): Promise<Run[]> {
      return runPerRuntime(ctx, workerRuntimes(ctx.runtimes), (runtime) =>
        runMicro(ctx, { options, runtime, serialization: 'json' }, async (run) => {
          const say = (variant: string, reason: PriorityUnobservable) => run.addUnavailable(variant, translateEn(`priority.unobservable.${reason}`))
          const taskset = findOnPath('taskset')
          const problem = RUNTIME_TRAITS[runtime].ownProcess && !RUNTIME_TRAITS[runtime].python && !RUNTIME_TRAITS[runtime].desktopOnly ? pinningProblem(process.platform, taskset) : 'threads'
          if (problem !== null || taskset === null) {
            for (const v of options.variants) say(v, problem ?? 'no-taskset')
            run.step('measure', 3, options.variants.length)
            return
          }
          // A lab killed mid-case (SIGKILL) leaves its lock folder: the next run removes it.
          await sweepStaleDirs(tmpdir(), PRIORITY_DIR_PREFIX)
          const rights = await probeRights()
          const { run: variants, not } = observableVariants(options.variants, rights?.canRaise ?? false)
          for (const n of not) say(n.variant, n.reason)
          for (const variant of variants) {
            ctx.signal.throwIfAborted()
            const started = Date.now()
            const f = await runPriorityCase({ variant, cpu: 0, taskset, unitSteps: options.unitSteps, holdUnits: options.holdUnits, timeoutMs: options.caseTimeoutMs }, ctx.signal)
            run.addPoint(priorityPoint(f, Date.now() - started))
            run.step('measure', 3)
          }
          if (not.length > 0) run.step('measure', 3, not.length)
        }),
      )
    },
  }
}
