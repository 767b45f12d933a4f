/**
 * The primitives experiment's charts as data, one small bar chart per part: most threads inside
 * the semaphore by limit (beside the limit itself), the event's wake-up latency by waiters (median
 * and p99), each thread's wait at the barrier per phase, and queue throughput by capacity per
 * mechanism. Pure, so that what a chart shows is tested without a canvas.
 */
import type { PrimitiveFigure, QueueMechanism } from '../../src-shared/primitives-report'
import { QUEUE_MECHANISMS } from '../../src-shared/primitives-report'
import type { BarModel } from './bar-config'
import type { ShownRun } from './shown-run'

type Figure<P extends PrimitiveFigure['part']> = Extract<PrimitiveFigure, { part: P }>
type ShownPoint = ShownRun['points'][number]

export function partPoints<P extends PrimitiveFigure['part']>(runs: readonly ShownRun[], part: P): Array<{ point: ShownPoint; figure: Figure<P> }> {
  const out: Array<{ point: ShownPoint; figure: Figure<P> }> = []
  for (const run of runs) for (const point of run.points) if (point.primitive?.part === part) out.push({ point, figure: point.primitive as Figure<P> })
  return out
}

/** Labels come from the caller (the catalogue); series keys stay stable for tests and colours. */
export function semaphoreBars(runs: readonly ShownRun[]): BarModel {
  const points = partPoints(runs, 'semaphore')
  return {
    categories: points.map(({ figure }) => String(figure.limit)),
    series: [
      { key: 'maxInFlight', label: 'maxInFlight', color: '', values: points.map(({ figure }) => figure.maxInFlight) },
      { key: 'limit', label: 'limit', color: '', values: points.map(({ figure }) => figure.limit) },
    ],
  }
}

export function eventBars(runs: readonly ShownRun[]): BarModel {
  const points = partPoints(runs, 'event')
  return {
    categories: points.map(({ figure }) => String(figure.waiters)),
    series: [
      { key: 'p50', label: 'p50', color: '', values: points.map(({ point }) => point.latencyUs?.p50 ?? null) },
      { key: 'p99', label: 'p99', color: '', values: points.map(({ point }) => point.latencyUs?.p99 ?? null) },
    ],
  }
}

/** One series per thread, one category per phase (the last barrier point shown). */
export function barrierBars(runs: readonly ShownRun[]): BarModel {
  const figure = partPoints(runs, 'barrier').at(-1)?.figure
  if (!figure) return { categories: [], series: [] }
  return {
    categories: figure.phaseMs.map((_, p) => String(p + 1)),
    series: figure.waitMs.map((row, w) => ({ key: `thread-${w + 1}`, label: String(w + 1), color: '', values: row })),
  }
}

/** One series per mechanism measured, one category per capacity. */
export function queueBars(runs: readonly ShownRun[]): BarModel {
  const points = partPoints(runs, 'queue')
  const capacities = [...new Set(points.map(({ figure }) => figure.capacity))].sort((a, b) => a - b)
  const mechanisms = QUEUE_MECHANISMS.filter((m: QueueMechanism) => points.some(({ figure }) => figure.mechanism === m))
  return {
    categories: capacities.map(String),
    series: mechanisms.map((m) => ({
      key: m,
      label: m,
      color: '',
      values: capacities.map((c) => points.find(({ figure }) => figure.mechanism === m && figure.capacity === c)?.point.throughput?.value ?? null),
    })),
  }
}
