/**
 * The two ways of pool reuse on one runtime, behind one shape (`PoolReuseDriver`): one call runs
 * T tiny tasks one way and says how long they took and what each answered. Node workers are
 * driven here with the spawn experiment's pieces (startWorker / stopWorkers, WorkerPool); CPython's
 * run inside the interpreter (conlab_pool.py), which times its own T tasks, since a
 * threading.Thread or a ProcessPoolExecutor exists only there.
 */
import type { PyPoolReuseTask, PyStartMethod } from '../../../../src-shared/protocol-python-tasks'
import type { EmptyTask, PrimeTask, TaskResult } from '../../../../src-shared/protocol'
import { POOL_REUSE_PRIME, type PoolReuseTaskKind, type PoolReuseWay } from '../../../../src-shared/workloads/pool-reuse'
import type { TaskExecutor } from '../../executor'
import type { Clock } from '../../measure/clock'
import { WorkerPool } from '../../pool'
import type { RuntimeAdapter } from '../../runtimes/types'
import { startWorker, stopWorkers } from '../micro/workers'

export interface WayTiming {
  elapsedMs: number
  /** One per task: the prime count, 0 for an empty task. */
  answers: number[]
}

export interface PoolReuseDriver {
  once(way: PoolReuseWay): Promise<WayTiming>
  /** Always called; `failed`: terminate rather than wait. */
  close(failed: boolean): Promise<void>
}

export type InnerTask = EmptyTask | (PrimeTask & { method: 'trial' })

export function innerTask(kind: PoolReuseTaskKind): InnerTask {
  return kind === 'empty' ? { kind: 'empty' } : { kind: 'prime', lo: POOL_REUSE_PRIME.lo, hi: POOL_REUSE_PRIME.hi, method: 'trial' }
}

/** What the check expects of every task. */
export const expectedAnswer = (kind: PoolReuseTaskKind) => (kind === 'empty' ? 0 : POOL_REUSE_PRIME.count)

/** -1 for an answer of the wrong kind, so the check counts it as wrong. */
const answerOf = (result: TaskResult) => (result.kind === 'prime' ? result.count : result.kind === 'empty' ? 0 : -1)

export interface NodeDriverDeps {
  adapter: RuntimeAdapter
  clock: Clock
  signal: AbortSignal
  taskTimeoutMs: number
}

/** Node threads or processes: the pool (one worker) is started and warmed here, before any timing. */
export async function nodeDriver(deps: NodeDriverDeps, tasks: number, kind: PoolReuseTaskKind): Promise<PoolReuseDriver> {
  const task = innerTask(kind)
  const pool = await WorkerPool.start({ runtime: deps.adapter, size: 1, taskTimeoutMs: deps.taskTimeoutMs, clock: deps.clock }, deps.signal)
  try {
    await pool.run(task, deps.signal)
  } catch (error) {
    await pool.destroy(error)
    throw error
  }
  return {
    async once(way) {
      const answers: number[] = []
      const t0 = deps.clock.now()
      for (let i = 0; i < tasks; i++) {
        if (way === 'warm-pool') {
          answers.push(answerOf((await pool.run(task, deps.signal)).result))
          continue
        }
        // Start, one task, end: the end is part of the cost a pool saves too.
        const { worker } = await startWorker(deps.adapter, deps.clock, deps.signal)
        try {
          answers.push(answerOf((await worker.run(task, deps.taskTimeoutMs)).result))
        } finally {
          await stopWorkers([worker], deps.signal.aborted)
        }
      }
      return { elapsedMs: deps.clock.now() - t0, answers }
    },
    close: (failed) => (failed || deps.signal.aborted ? pool.destroy() : pool.close()),
  }
}

/** CPython: each call is one task of the worker program, which runs the T tasks and times them. */
export function pythonDriver(executor: TaskExecutor, workers: 'thread' | 'process', tasks: number, kind: PoolReuseTaskKind, timeoutMs: number, signal: AbortSignal): PoolReuseDriver {
  const startMethod: PyStartMethod | undefined = executor.python?.startMethod
  return {
    async once(way) {
      const task: PyPoolReuseTask = { kind: 'py-pool-reuse', workers, way, tasks, inner: innerTask(kind), timeoutMs, ...(startMethod ? { startMethod } : {}) }
      const { result } = await executor.run(task, signal)
      return { elapsedMs: result.elapsedMs, answers: result.answers }
    },
    close: (failed) => (failed || signal.aborted ? executor.destroy() : executor.close()),
  }
}
