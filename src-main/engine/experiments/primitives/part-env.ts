/**
 * What every part of the primitives experiment shares: the run it adds points to, the run's
 * AbortFlag (set on cancel, so threads blocked on any primitive return within one wait slice),
 * its repetitions (warm-ups dropped), and a pool of worker threads that never outlives the part.
 */
import type { PrimitivesOptions } from '../../../../src-shared/workloads/primitives'
import type { PrimitiveJob, PrimitiveResult } from '../../../../src-shared/primitives-task'
import type { Point } from '../../../../src-shared/report'
import type { TraceHandle } from '../../../../src-shared/protocol-shared-state'
import { translateEn } from '../../../../src-shared/i18n/translate'
import { primitivesLaneLabel } from '../../../../src-shared/lane-labels'
import type { AbortFlag } from '../../../../src-workers/sync/abort-flag'
import type { TaskExecutor } from '../../executor'
import { deriveSeed } from '../../stats/random'
import { CheckFailedError, type ExperimentContext } from '../experiment'
import type { MicroRun } from '../micro/micro-run'
import { tracedRepetition } from '../shared-state/traced-repetition'
import { globalLockFigures } from '../global-lock-figures'

export interface PartEnv {
  ctx: ExperimentContext
  run: MicroRun
  options: PrimitivesOptions
  abort: AbortFlag
  /** Longest single wait, from the options (and never beyond the run's task timeout). */
  timeoutMs: number
  /**
   * Global-lock mode: the measured rounds' answers since the last point (the warm-ups and the
   * traced round left out), whose lock figures `addChecked` puts in the point, as a sweep's.
   */
  lockRounds: PrimitiveResult[][]
}

export function seedFor(env: PartEnv, label: string): number {
  return deriveSeed(env.ctx.config.seed ?? 0, `${env.run.runtime}:${label}`)
}

/** Records a point (with the lock figures of its rounds, in global-lock mode); a failed check stops the run loudly. */
export function addChecked(env: PartEnv, measured: Point): void {
  const point = { ...measured, ...globalLockFigures(env.lockRounds.map((results) => ({ outcomes: results.map((result, slot) => ({ result, slot })) }))) }
  env.lockRounds.length = 0
  env.run.addPoint(point)
  if (!point.check.ok) throw new CheckFailedError('primitives', point.check)
}

/** Runs `one` for the warm-ups then the repetitions, and returns the measured ones. */
export async function repetitions<T>(env: PartEnv, one: () => Promise<T>): Promise<T[]> {
  const measured: T[] = []
  const { warmup, repeat } = env.ctx.config
  for (let i = 0; i < warmup + repeat; i++) {
    env.ctx.signal.throwIfAborted()
    if (i === warmup) env.lockRounds.length = 0
    const value = await one()
    if (i >= warmup) measured.push(value)
  }
  return measured
}

/** Runs `body` with a pool of `size` worker threads, destroyed on failure or cancel, closed otherwise. */
export async function withThreads<T>(env: PartEnv, size: number, body: (pool: TaskExecutor) => Promise<T>): Promise<T> {
  const pool = await env.ctx.createExecutor('thread', size, env.ctx.signal)
  let result: T
  try {
    result = await body(pool)
  } catch (error) {
    await pool.destroy(error)
    throw error
  }
  await pool.close()
  return result
}

/**
 * Hands each job to its own thread at once (the pool has one idle worker per job) and waits for
 * all. A job that stopped early fails the part with its reason; a cancel is an AbortError.
 */
export async function runJobs(env: PartEnv, pool: TaskExecutor, jobs: PrimitiveJob[], rings?: readonly TraceHandle[]): Promise<PrimitiveResult[]> {
  if (pool.size < jobs.length) throw new Error(`Impossible: ${jobs.length} jobs need as many threads, the pool has ${pool.size}`)
  const task = (job: PrimitiveJob, i: number) => ({ kind: 'primitive' as const, job, abort: env.abort.handle, timeoutMs: env.timeoutMs, ...(rings?.[i] ? { trace: rings[i] } : {}) })
  const outcomes = await Promise.all(jobs.map((job, i) => pool.run(task(job, i), env.ctx.signal)))
  env.ctx.signal.throwIfAborted()
  const slots = new Set(outcomes.map((o) => o.slot))
  if (slots.size !== jobs.length) throw new Error('Impossible: two jobs of one round ran on the same thread')
  const stopped = outcomes.find((o) => o.result.outcome !== 'ok')
  if (stopped) throw new Error(`primitives: a ${jobs[outcomes.indexOf(stopped)]?.part} thread stopped early (${stopped.result.outcome}; each wait is bounded by ${env.timeoutMs} ms)`)
  const results = outcomes.map((o) => o.result)
  if (!rings) env.lockRounds.push(results)
  return results
}

/**
 * The part's one traced round, after its measured point (`point`, whose figure names it): `round`
 * runs the part's `threads` jobs once more with a trace ring each, counted in no figure, while its
 * lanes stream to the view.
 */
export async function traceRound(env: PartEnv, point: Point, threads: number, round: (rings: TraceHandle[]) => Promise<unknown>): Promise<void> {
  if (!point.primitive) return
  await tracedRepetition(env.ctx, env.run, { workers: threads, label: primitivesLaneLabel(translateEn, point.primitive), part: point.primitive.part }, round)
}
