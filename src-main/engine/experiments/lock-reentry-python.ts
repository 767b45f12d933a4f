/**
 * Lock re-entry on CPython: the tutorials' own `threading.Lock` and `threading.RLock`
 * (src-workers/python/conlab_reentry.py). One task per (lock, probe) runs its R repetitions in the
 * interpreter, which starts the probing thread itself: a CPython lock lives in one interpreter and
 * cannot be handed to the engine. The interpreter gets a pool of one; its version is recorded.
 */
import type { PyLockReentryTask } from '../../../src-shared/protocol-lock-reentry'
import { type LockReentryOptions, REENTRY_OUTCOMES } from '../../../src-shared/workloads/lock-reentry'
import type { ExperimentContext } from './experiment'
import type { MicroRun, MicroRuntimeName } from './micro/micro-run'
import { REENTRY_CASES, reentryPoint } from './lock-reentry-point'

export async function pyReentryOnRuntime(ctx: ExperimentContext, run: MicroRun<MicroRuntimeName>, options: LockReentryOptions, seed: number): Promise<void> {
  const pool = await ctx.createExecutor(run.runtime, 1, ctx.signal)
  run.recordPython(pool.python)
  try {
    for (const { lock, probe } of REENTRY_CASES) {
      const task: PyLockReentryTask = { kind: 'py-lock-reentry', lock, probe, repetitions: options.repetitions, timeoutMs: options.timeoutMs, boundMs: options.boundMs }
      const { result } = await pool.run(task, ctx.signal)
      if (result.outcomes.length !== options.repetitions || result.waitsMs.length !== options.repetitions || result.repetitionMs.length !== options.repetitions) {
        throw new Error(`lock-reentry: CPython answered ${result.outcomes.length} of ${options.repetitions} repetitions of ${lock} ${probe}`)
      }
      const odd = result.outcomes.find((o) => !(REENTRY_OUTCOMES as readonly string[]).includes(o))
      if (odd !== undefined) throw new Error(`lock-reentry: CPython answered an unknown outcome ${JSON.stringify(odd).slice(0, 40)}`)
      run.addPoint(reentryPoint({ api: 'cpython', lock, probe, timeoutMs: options.timeoutMs, outcomes: result.outcomes, waitsMs: result.waitsMs, repetitionMs: result.repetitionMs }, seed))
      run.step('measure', probe === 'reenter' ? 1 : 2)
    }
  } catch (error) {
    await pool.destroy(error)
    throw error
  }
  run.recordPython(pool.python)
  await pool.close()
}
