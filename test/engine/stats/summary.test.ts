import { describe, expect, it } from 'vitest'
import { summarize, summarizeTimes } from '../../../src-main/engine/stats/summary'

// Reference values worked out by hand; t quantiles from printed tables
// (t(0.975, 4) = 2.776, t(0.975, 1) = 12.706), the 1..5 interval also matches R's t.test(1:5).
describe('summarize', () => {
  it('matches hand-computed statistics for 1..5', () => {
    const s = summarize([3, 1, 5, 2, 4])
    expect(s.n).toBe(5)
    expect(s.mean).toBe(3)
    expect(s.median).toBe(3)
    expect(s.min).toBe(1)
    expect(s.max).toBe(5)
    // sample variance = (4 + 1 + 0 + 1 + 4) / (5 - 1) = 2.5
    expect(s.stddev).toBeCloseTo(Math.sqrt(2.5), 12)
    // half width = 2.776 * sqrt(2.5) / sqrt(5) = 2.776 / sqrt(2)
    const half = s.ci95[1] - s.mean
    expect(half / (Math.sqrt(2.5) / Math.sqrt(5))).toBeCloseTo(2.776, 3)
    expect(s.ci95[0]).toBeCloseTo(1.036757, 5)
    expect(s.ci95[1]).toBeCloseTo(4.963243, 5)
  })

  it('uses the mean of the two middle values as median for even n', () => {
    const s = summarize([2, 4, 4, 4, 5, 5, 7, 9])
    expect(s.median).toBe(4.5)
    expect(s.mean).toBe(5)
    // squared deviations sum to 32, over n - 1 = 7
    expect(s.stddev).toBeCloseTo(Math.sqrt(32 / 7), 12)
  })

  it('gives a very wide interval for two samples (t = 12.706 with one degree of freedom)', () => {
    const s = summarize([1, 3])
    expect(s.stddev).toBeCloseTo(Math.SQRT2, 12)
    // half width = 12.706 * sqrt(2) / sqrt(2)
    expect(s.ci95[0]).toBeCloseTo(2 - 12.706, 3)
    expect(s.ci95[1]).toBeCloseTo(2 + 12.706, 3)
  })

  it('reports stddev 0 and a zero-width interval for a single sample', () => {
    expect(summarize([7.5])).toEqual({ n: 1, median: 7.5, mean: 7.5, stddev: 0, min: 7.5, max: 7.5, ci95: [7.5, 7.5] })
  })

  it('gives a zero-width interval when all samples are equal', () => {
    const s = summarize([4, 4, 4])
    expect(s.stddev).toBe(0)
    expect(s.ci95).toEqual([4, 4])
  })

  it('does not modify its input', () => {
    const xs = [3, 1, 2]
    summarize(xs)
    expect(xs).toEqual([3, 1, 2])
  })

  it('rejects empty and non-finite input with a clear error', () => {
    expect(() => summarize([])).toThrow(/empty/)
    expect(() => summarize([1, Number.NaN])).toThrow(/index 1 is NaN/)
    expect(() => summarize([Number.POSITIVE_INFINITY])).toThrow(/not a finite number/)
  })
})

describe('summarizeTimes', () => {
  it('gives the range and the reason, not an interval, below 5 samples', () => {
    expect(summarizeTimes([12, 10, 30], 1)).toMatchObject({ n: 3, median: 12, ci95: [10, 30], ciMethod: 'range', ciUnavailable: 'few-samples' })
  })

  it('gives the bootstrap interval of the median from 5 samples, inside the samples and seeded', () => {
    const samples = [101, 97, 140, 99, 103, 98, 100]
    const s = summarizeTimes(samples, 5)
    expect(s.ciMethod).toBe('bootstrap-percentile-median')
    expect(s.ciResamples).toBe(2000)
    expect(s.ci95[0]).toBeGreaterThanOrEqual(97)
    expect(s.ci95[0]).toBeLessThanOrEqual(s.median)
    expect(s.ci95[1]).toBeGreaterThanOrEqual(s.median)
    expect(s.ci95[1]).toBeLessThanOrEqual(140)
    expect(summarizeTimes(samples, 5)).toEqual(s)
  })
})
