/**
 * Latency percentiles through an HDR histogram (hdr-histogram-js, the pure-JS build so no
 * WebAssembly has to be initialised first). An HDR histogram keeps 3 significant digits at
 * every magnitude in fixed memory, so millions of per-operation latencies cost no more than a
 * few hundred.
 */
import { build } from 'hdr-histogram-js'
import { mean } from 'simple-statistics'
import { assertFiniteSamples } from './summary'

export interface LatencyPercentiles {
  /** Microseconds. Percentiles are the upper end of their histogram bucket (HDR convention). */
  p50: number
  p90: number
  p99: number
  /** Largest recorded value after rounding to whole microseconds. */
  max: number
  /** Exact mean of the unrounded input, not the histogram's bucket-midpoint estimate. */
  mean: number
  count: number
}

const SIGNIFICANT_DIGITS = 3
/** Initial range only; autoResize grows it, so a slow outlier is never dropped. */
const INITIAL_HIGHEST_US = 60_000_000

/**
 * Percentiles of latencies given in microseconds (fractions allowed). Each value is rounded to
 * the nearest whole microsecond before recording, because HDR histograms count integers; below
 * 2048 µs that rounding is the only error, above it the histogram's buckets add at most 0.1%
 * (3 significant digits). Values under 0.5 µs are recorded as 0.
 */
export function latencyPercentiles(valuesUs: readonly number[]): LatencyPercentiles {
  assertFiniteSamples(valuesUs, 'latencies')
  const negative = valuesUs.findIndex((v) => v < 0)
  if (negative !== -1) throw new Error(`Latency at index ${negative} is negative (${valuesUs[negative]} µs)`)

  const histogram = build({
    useWebAssembly: false,
    numberOfSignificantValueDigits: SIGNIFICANT_DIGITS,
    lowestDiscernibleValue: 1,
    highestTrackableValue: INITIAL_HIGHEST_US,
    autoResize: true,
  })
  try {
    for (const v of valuesUs) histogram.recordValue(Math.round(v))
    return {
      p50: histogram.getValueAtPercentile(50),
      p90: histogram.getValueAtPercentile(90),
      p99: histogram.getValueAtPercentile(99),
      max: histogram.maxValue,
      mean: mean(valuesUs),
      count: histogram.totalCount,
    }
  } finally {
    histogram.destroy()
  }
}
