/**
 * Turns individually timed operations (round trips, spawns) into a Point: HDR percentiles over
 * every operation, and `samplesMs` as the means of consecutive batches, so that the summary and
 * the warnings judge how stable the figure was from batch to batch rather than the (always wide)
 * spread of single operations.
 */
import type { Check, Latency, Point } from '../../../../src-shared/report'
import { BOOTSTRAP_RESAMPLES, MIN_INTERVAL_SAMPLES, bootstrapMedianInterval } from '../../stats/bootstrap'
import { latencyPercentiles } from '../../stats/percentiles'
import { deriveSeed } from '../../stats/random'
import { summarizeTimes } from '../../stats/summary'

/** Batches a point's operations are grouped into for `samplesMs`. */
export const POINT_BATCHES = 10

/** Means of `batches` consecutive groups (fewer when there are fewer values), in the same unit. */
export function batchMeans(values: readonly number[], batches: number): number[] {
  const n = Math.max(1, Math.min(batches, values.length))
  const means: number[] = []
  for (let b = 0; b < n; b++) {
    const start = Math.floor((b * values.length) / n)
    const end = Math.floor(((b + 1) * values.length) / n)
    let sum = 0
    for (let i = start; i < end; i++) sum += values[i]!
    means.push(sum / Math.max(1, end - start))
  }
  return means
}

/**
 * HDR percentiles in microseconds, recorded in nanoseconds: a futex call on one thread takes a
 * fraction of a microsecond, which whole-microsecond buckets would round to 0.
 */
export function finePercentilesUs(valuesUs: readonly number[], seed = 0): Latency {
  const ns = latencyPercentiles(valuesUs.map((v) => v * 1000))
  return { p50: ns.p50 / 1000, p90: ns.p90 / 1000, p99: ns.p99 / 1000, max: ns.max / 1000, mean: ns.mean / 1000, count: ns.count, ...medianInterval(valuesUs, seed) }
}

/**
 * Fewer resamples for very many operations keeps a 100 000-round-trip point from costing seconds;
 * the median of that many is tight anyway. 200 resamples still put 5 beyond each 2.5% tail.
 */
const resamplesFor = (n: number) => Math.max(200, Math.min(BOOTSTRAP_RESAMPLES, Math.floor(4_000_000 / n)))

/** The shared rule for a median's interval: bootstrap from 5 values, else their range. */
function medianInterval(valuesUs: readonly number[], seed: number): Pick<Latency, 'p50Ci95' | 'p50CiMethod'> {
  if (valuesUs.length < MIN_INTERVAL_SAMPLES) return { p50Ci95: [Math.min(...valuesUs), Math.max(...valuesUs)], p50CiMethod: 'range' }
  return { p50Ci95: bootstrapMedianInterval(valuesUs, seed, resamplesFor(valuesUs.length)), p50CiMethod: 'bootstrap-percentile-median' }
}

export interface OperationsPointInput {
  workers: number
  /** Every operation, in microseconds. */
  operationsUs: readonly number[]
  /** `samplesMs` per batch mean (default) or one per operation (spawns: few and each meaningful). */
  batches?: number | 'each'
  check: Check
  extras?: Partial<Point>
  /** Seeds the bootstrap intervals; by default one fixed per variant, so a report's figures can be recomputed. */
  seed?: number
}

export function operationsPoint(input: OperationsPointInput): Point {
  if (input.operationsUs.length === 0) throw new Error('A point needs at least one timed operation')
  const samplesUs = input.batches === 'each' ? [...input.operationsUs] : batchMeans(input.operationsUs, input.batches ?? POINT_BATCHES)
  const samplesMs = samplesUs.map((us) => us / 1000)
  const label = `${input.extras?.variant ?? ''}/${input.extras?.mechanism ?? ''}/${input.extras?.payloadBytes ?? ''}`
  const seed = deriveSeed(input.seed ?? 0, label)
  return {
    workers: input.workers,
    oversubscribed: false,
    samplesMs,
    // The sweeps' rule: a bootstrap interval of the median, or the range and n below 5 samples.
    stats: summarizeTimes(samplesMs, seed),
    speedup: null,
    efficiency: null,
    check: input.check,
    latencyUs: finePercentilesUs(input.operationsUs, deriveSeed(seed, 'operations')),
    samplesKind: input.batches === 'each' ? 'operation' : 'batch-mean',
    ...input.extras,
  }
}

/** The check of a messaging point: every round trip timed must have come back intact. */
export function intactCheck(timed: number, intact: number): Check {
  return { expected: timed, actual: intact, ok: timed > 0 && intact === timed, source: 'known-value' }
}
