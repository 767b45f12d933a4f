/**
 * Shared-vs-messages on CPython (issue 16): the cost of one update held three ways, with the
 * tutorials' own APIs, each repetition one task of the Python worker program, which starts its
 * own clients (src-workers/python/conlab_updates.py). py-process: `multiprocessing.Value` with
 * its lock, a `multiprocessing.Queue` to an owner process, a `Manager().Value` proxy under a
 * Manager lock. py-thread: a plain int behind a `threading.Lock`, a `queue.Queue` to an owner
 * thread; threads have no Manager way (main-owner), recorded as not applicable with why.
 * Every final value is checked exactly.
 */
import { translateEn } from '../../../../src-shared/i18n/translate'
import type { PyUpdatesTask } from '../../../../src-shared/protocol-python-tasks'
import type { SharedStateWay, SharedVsMessagesOptions } from '../../../../src-shared/workloads/shared-vs-messages'
import { deriveSeed } from '../../stats/random'
import type { ExperimentContext } from '../experiment'
import type { MicroRun } from '../micro/micro-run'
import type { PyMicroRuntime } from './py-race'
import { measureWay } from './update-point'

/** What carries an update and who holds the value, recorded in each point's settings. */
const TRANSPORT = {
  'py-thread': {
    'shared-memory': { transport: 'threading-lock', owner: 'none' },
    'owner-messages': { transport: 'queue-queue', owner: 'python-thread' },
  },
  'py-process': {
    'shared-memory': { transport: 'multiprocessing-value', owner: 'none' },
    'owner-messages': { transport: 'multiprocessing-queue', owner: 'python-process' },
    'main-owner': { transport: 'manager-proxy', owner: 'manager-process' },
  },
} as const satisfies Record<PyMicroRuntime, Partial<Record<SharedStateWay, { transport: string; owner: string }>>>

export function pyWays(runtime: PyMicroRuntime, chosen: readonly SharedStateWay[]): SharedStateWay[] {
  return chosen.filter((w) => Object.hasOwn(TRANSPORT[runtime], w))
}

/** Says once per run which chosen ways a Python runtime has not, and why. */
export function pyUnavailable(run: MicroRun<PyMicroRuntime>, options: SharedVsMessagesOptions): void {
  if (run.runtime !== 'py-thread' || !options.ways.includes('main-owner')) return
  run.addUnavailable('main-owner', translateEn('sharedVsMessages.notApplicable.managerThreads'))
  // Counted as done for every worker count it stands for, as the Node processes' shared memory is.
  run.step('measure', options.updaters[0] ?? 1, options.updaters.length)
}

export async function pyUpdatesAt(ctx: ExperimentContext, run: MicroRun<PyMicroRuntime>, options: SharedVsMessagesOptions, updaters: number, seed: number, waitMs: number): Promise<void> {
  const ways = pyWays(run.runtime, options.ways)
  if (ways.length === 0) return
  // A pool of one: the task starts the N clients (and the owner) itself.
  const pool = await ctx.createExecutor(run.runtime, 1, ctx.signal)
  run.recordPython(pool.python)
  try {
    const startMethod = pool.python?.startMethod
    for (const way of ways) {
      const task: PyUpdatesTask = {
        kind: 'py-updates',
        racers: run.runtime === 'py-thread' ? 'thread' : 'process',
        way,
        workers: updaters,
        updates: options.updates,
        timeoutMs: waitMs,
        ...(startMethod ? { startMethod } : {}),
      }
      const where = (TRANSPORT[run.runtime] as Partial<Record<SharedStateWay, { transport: string; owner: string }>>)[way]!
      const settings = { way, sharesMemory: way === 'shared-memory', warmup: ctx.config.warmup, repeat: ctx.config.repeat, logicalCores: ctx.logicalCores, seed: deriveSeed(seed, `${run.runtime}/${way}/${updaters}`), signal: ctx.signal, ...where }
      const point = await measureWay({ updaters, updates: options.updates }, settings, async () => {
        const { result } = await pool.run(task, ctx.signal)
        return { wallMs: result.wallMs, added: result.added, acked: result.acked }
      })
      run.addPoint(point)
      run.step('measure', updaters)
    }
  } catch (error) {
    await pool.destroy(error)
    throw error
  }
  await pool.close()
}
