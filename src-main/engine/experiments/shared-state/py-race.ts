/**
 * The race on CPython (issue 16): the same points as the Node race (expected vs actual, lost
 * updates, time per increment), but each repetition is one task of the Python worker program,
 * which starts its own crew of N `threading.Thread`s or N `multiprocessing.Process`es
 * (src-workers/python/conlab_race.py): a CPython counter is shared only inside the interpreter
 * or with the processes it starts, so the engine cannot hand it out the way it hands out a
 * SharedArrayBuffer. The interpreter therefore gets a pool of one.
 *
 * Whether `counter += 1` or read-call-write lose updates depends on the interpreter (where it
 * may switch threads): nothing here expects either. The locked variants are checked exact; the
 * others only never above the total. The interpreter's version is recorded in the run.
 */
import type { PyRaceShape, PyRaceTask } from '../../../../src-shared/protocol-python-tasks'
import type { PyRaceVariant, RaceOptions } from '../../../../src-shared/workloads/race'
import { CheckFailedError, type ExperimentContext } from '../experiment'
import type { MicroRun } from '../micro/micro-run'
import { measureRacePoint, overlapShare } from './race-point'

export type PyMicroRuntime = 'py-thread' | 'py-process'

const SHAPES = {
  'py-plus-equals': 'plus-equals',
  'py-read-call-write': 'read-call-write',
  'py-lock': 'lock',
  'py-value': 'value',
  'py-value-lock': 'value-lock',
} as const satisfies Record<PyRaceVariant, PyRaceShape>

export async function pyRaceOnRuntime(ctx: ExperimentContext, run: MicroRun<PyMicroRuntime>, options: RaceOptions, variants: readonly PyRaceVariant[], timeoutMs: number): Promise<void> {
  if (variants.length === 0) return
  const pool = await ctx.createExecutor(run.runtime, 1, ctx.signal)
  run.recordPython(pool.python)
  try {
    const startMethod = pool.python?.startMethod
    for (const workers of options.workerCounts) {
      run.step('measure', workers, 0)
      for (const variant of variants) {
        const task: PyRaceTask = {
          kind: 'py-race',
          racers: run.runtime === 'py-thread' ? 'thread' : 'process',
          variant: SHAPES[variant],
          workers,
          increments: options.increments,
          gap: options.gap,
          timeoutMs,
          ...(startMethod ? { startMethod } : {}),
        }
        const shape = { workers, variant, increments: options.increments, warmup: ctx.config.warmup, repeat: ctx.config.repeat, seed: ctx.config.seed ?? 0 }
        const point = await measureRacePoint(shape, async () => {
          const { result } = await pool.run(task, ctx.signal)
          if (result.loops.length !== workers) throw new Error(`race: ${result.loops.length} of ${workers} Python racers answered`)
          for (const loop of result.loops) if (loop.done !== options.increments) throw new Error(`race: a Python racer made ${loop.done} of ${options.increments} increments`)
          return { loopsMs: result.loops.map((l) => l.loopMs), total: result.total, overlap: overlapShare(result.loops) }
        })
        run.addPoint(point)
        run.step('measure', workers)
        // The locked variants must be exact on every interpreter; the others are the finding.
        if (!point.check.ok) throw new CheckFailedError(`race ${variant}`, point.check)
      }
    }
  } catch (error) {
    await pool.destroy(error)
    throw error
  }
  run.recordPython(pool.python)
  await pool.close()
}
