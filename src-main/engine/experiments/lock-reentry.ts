/**
 * Lock re-entry (claim "RLock is a lock with a timeout", workloads/lock-reentry.ts): per lock kind
 * (lock, rlock) and probe (reenter, other-thread, foreign-release) a point counting how R
 * repetitions ended.
 *
 * A claim about a Python API is tested with that API where an interpreter is found: py-thread
 * runs CPython's own `threading.Lock` / `threading.RLock` (lock-reentry-python.ts); without an
 * interpreter the session leaves py-thread out with its coded warning and `thread` still runs.
 * `thread` runs the lab's Mutex / RecursiveMutex in two worker threads of a pool (owner and
 * prober), one task each per repetition. Runtimes without shared memory (child processes) cannot
 * hold one lock between workers: recorded as unavailable with the reason.
 * Cancel: every wait in a task is bounded by `boundMs` (the probe by T), and the pool is destroyed.
 */
import type { LockReentryOptions, ReentryLock, ReentryOutcome, ReentryProbe } from '../../../src-shared/workloads/lock-reentry'
import type { LockReentryResult, LockReentryTask } from '../../../src-shared/protocol-lock-reentry'
import type { Run } from '../../../src-shared/report'
import { RUNTIME_TRAITS, type WorkerRuntimeName } from '../../../src-shared/runtime-traits'
import { translateEn } from '../../../src-shared/i18n/translate'
import { createReentryBuffer } from '../../../src-workers/kernels/lock-reentry'
import type { TaskExecutor } from '../executor'
import { freshSeed } from '../stats/random'
import type { Experiment, ExperimentContext } from './experiment'
import { type MicroRun, type MicroRuntimeName, runMicro, runPerRuntime, workerAndPythonRuntimes } from './micro/micro-run'
import { REENTRY_CASES, reentryPoint } from './lock-reentry-point'
import { pyReentryOnRuntime } from './lock-reentry-python'

/** The runtimes measured: CPython's threads, and Node's worker runtimes (those without shared memory say why not). */
function runtimesOf(runtimes: Parameters<typeof workerAndPythonRuntimes>[0]): Array<WorkerRuntimeName | 'py-thread'> {
  return workerAndPythonRuntimes(runtimes).filter((r): r is WorkerRuntimeName | 'py-thread' => r !== 'py-process')
}

/** One repetition on the lab's locks: the owner's task and, for the two-thread probes, the prober's. */
async function labRepetition(pool: TaskExecutor, options: LockReentryOptions, lock: ReentryLock, probe: ReentryProbe, signal: AbortSignal): Promise<{ outcome: ReentryOutcome; waitedMs: number | null; ms: number }> {
  const buffer = createReentryBuffer()
  const task = (role: LockReentryTask['role']): LockReentryTask => ({ kind: 'lock-reentry', role, lock, probe, buffer, timeoutMs: options.timeoutMs, boundMs: options.boundMs })
  const started = performance.now()
  const roles = probe === 'reenter' ? [task('owner')] : [task('owner'), task('other')]
  const results: LockReentryResult[] = (await Promise.all(roles.map((t) => pool.run(t, signal)))).map((o) => o.result)
  const ms = performance.now() - started
  const answer = results.find((r) => r.outcome !== null)
  if (answer?.outcome == null) throw new Error(`lock-reentry: no outcome from the ${probe} probe of ${lock}`)
  return { outcome: answer.outcome, waitedMs: answer.waitedMs, ms }
}

async function labOnRuntime(ctx: ExperimentContext, run: MicroRun<MicroRuntimeName>, options: LockReentryOptions, seed: number): Promise<void> {
  // Two workers: the owner and the prober must run at the same time.
  const pool = await ctx.createExecutor(run.runtime, 2, ctx.signal)
  try {
    for (const { lock, probe } of REENTRY_CASES) {
      const outcomes: ReentryOutcome[] = []
      const waitsMs: Array<number | null> = []
      const repetitionMs: number[] = []
      for (let i = 0; i < options.repetitions; i++) {
        ctx.signal.throwIfAborted()
        const rep = await labRepetition(pool, options, lock, probe, ctx.signal)
        outcomes.push(rep.outcome)
        waitsMs.push(rep.waitedMs)
        repetitionMs.push(rep.ms)
      }
      run.addPoint(reentryPoint({ api: 'lab', lock, probe, timeoutMs: options.timeoutMs, outcomes, waitsMs, repetitionMs }, seed))
      run.step('measure', probe === 'reenter' ? 1 : 2)
    }
  } catch (error) {
    await pool.destroy(error)
    throw error
  }
  await pool.close()
}

export function lockReentryExperiment(options: LockReentryOptions): Experiment {
  return {
    options,
    units: (runtimes) => runtimesOf(runtimes).reduce((n, r) => n + (r === 'py-thread' || RUNTIME_TRAITS[r].sharesMemory ? REENTRY_CASES.length : 1), 0),
    run(ctx): Promise<Run[]> {
      const seed = ctx.config.seed ?? freshSeed()
      return runPerRuntime(ctx, runtimesOf(ctx.runtimes), (runtime) =>
        runMicro<MicroRuntimeName>(ctx, { options, runtime, serialization: runtime === 'py-thread' ? 'json' : 'structured-clone' }, async (run) => {
          if (runtime === 'py-thread') return pyReentryOnRuntime(ctx, run, options, seed)
          if (!RUNTIME_TRAITS[runtime].sharesMemory) {
            run.addUnavailable('lock-reentry', translateEn('lockReentry.cli.noSharedMemory'))
            run.step('measure', 1)
            return
          }
          return labOnRuntime(ctx, run, options, seed)
        }),
      )
    },
  }
}
