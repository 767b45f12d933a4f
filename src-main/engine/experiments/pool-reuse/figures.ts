/**
 * The points of pool reuse: per way, the per-task cost of each measured repetition (its wall time
 * over T) summarised by the lab's rule (bootstrap interval of the median from 5 repetitions, the
 * range below), the answers checked against the known result, and on the spawn-per-task point the
 * ratio spawn / pool with the paired bootstrap interval (repetition i of both ways ran in the same
 * round, so a disturbance that hit both cancels in the ratio).
 */
import { median } from 'simple-statistics'
import type { Check, Point } from '../../../../src-shared/report'
import type { IntervalFigure, PoolReuseFigures } from '../../../../src-shared/pool-reuse-report'
import type { StartMethod } from '../../../../src-shared/python'
import type { PoolReuseTaskKind, PoolReuseWay } from '../../../../src-shared/workloads/pool-reuse'
import { MIN_INTERVAL_SAMPLES, bootstrapRatioInterval } from '../../stats/bootstrap'
import { deriveSeed } from '../../stats/random'
import { operationsPoint } from '../micro/micro-point'

export interface WaySamples {
  /** Per-task cost of each measured repetition, ms. */
  perTaskMs: number[]
  answered: number
  expected: number
}

export interface PoolReuseShape {
  tasks: number
  task: PoolReuseTaskKind
  seed: number
  startMethod?: StartMethod | undefined
}

export function answersCheck(expected: number, answered: number): Check {
  return { expected, actual: answered, ok: expected > 0 && answered === expected, source: 'known-value' }
}

/** Bootstrap from 5 repetitions, else the range: the same rule as summarizeTimes. */
function ratioFigure(spawn: readonly number[], pool: readonly number[], seed: number): IntervalFigure | undefined {
  if (spawn.length === 0 || spawn.length !== pool.length || pool.some((v) => !(v > 0)) || spawn.some((v) => !(v > 0))) return undefined
  const value = median([...spawn]) / median([...pool])
  if (spawn.length >= MIN_INTERVAL_SAMPLES) {
    const ci = bootstrapRatioInterval(spawn, pool, seed, true)
    if (ci) return { median: value, ci95: ci, ciMethod: 'bootstrap-percentile-median' }
  }
  const ratios = spawn.map((s, i) => s / pool[i]!)
  return { median: value, ci95: [Math.min(...ratios, value), Math.max(...ratios, value)], ciMethod: 'range' }
}

export function poolReusePoints(shape: PoolReuseShape, ways: Record<PoolReuseWay, WaySamples>): Point[] {
  const ratio = ratioFigure(ways['spawn-per-task'].perTaskMs, ways['warm-pool'].perTaskMs, deriveSeed(shape.seed, 'pool-reuse/ratio'))
  const order: PoolReuseWay[] = ['spawn-per-task', 'warm-pool']
  return order
    .filter((way) => ways[way].perTaskMs.length > 0)
    .map((way) => {
      const s = ways[way]
      const point = operationsPoint({ workers: 1, operationsUs: s.perTaskMs.map((ms) => ms * 1000), batches: 'each', check: answersCheck(s.expected, s.answered), extras: { variant: way }, seed: shape.seed })
      const figures: PoolReuseFigures = {
        way,
        task: shape.task,
        tasksPerRepetition: shape.tasks,
        repetitions: s.perTaskMs.length,
        expected: s.expected,
        answered: s.answered,
        perTaskMs: { median: point.stats.median, ci95: point.stats.ci95, ciMethod: point.stats.ciMethod === 'bootstrap-percentile-median' ? 'bootstrap-percentile-median' : 'range' },
        ...(way === 'spawn-per-task' && ratio ? { spawnOverPool: ratio } : {}),
        ...(shape.startMethod ? { startMethod: shape.startMethod } : {}),
      }
      return { ...point, poolReuse: figures }
    })
}
