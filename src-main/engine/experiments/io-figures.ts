/**
 * Figures the I/O workloads add to a point: throughput at the median time and per-operation
 * latency percentiles (HDR histogram) over every measured repetition.
 */
import type { Latency, Point, Throughput } from '../../../src-shared/report'
import { latencyPercentiles } from '../stats/percentiles'
import { summarize } from '../stats/summary'

/** `amountPerRepetition` units (MB, requests) per second at the median repetition time. */
export function throughputAt(samplesMs: number[], amountPerRepetition: number, unit: string): Throughput {
  const medianMs = summarize(samplesMs).median
  return { value: medianMs > 0 ? amountPerRepetition / (medianMs / 1000) : 0, unit }
}

/**
 * `latencyUs` over every operation, and `latencyByOpUs` per kind when there is more than one kind
 * (a write and a read of the same file are different operations with different costs).
 */
export function latencyFigures(byOp: Record<string, number[]>): Pick<Point, 'latencyUs' | 'latencyByOpUs'> {
  const kinds = Object.entries(byOp).filter(([, values]) => values.length > 0)
  const all = kinds.flatMap(([, values]) => values)
  if (all.length === 0) return {}
  const latencyUs: Latency = latencyPercentiles(all)
  if (kinds.length < 2) return { latencyUs }
  return { latencyUs, latencyByOpUs: Object.fromEntries(kinds.map(([kind, values]) => [kind, latencyPercentiles(values)])) }
}
