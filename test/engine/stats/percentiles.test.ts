import { describe, expect, it } from 'vitest'
import { latencyPercentiles } from '../../../src-main/engine/stats/percentiles'

describe('latencyPercentiles', () => {
  it('gives the nearest-rank percentiles of 1..100 µs exactly (small values are exact)', () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i) // order must not matter
    expect(latencyPercentiles(values)).toEqual({ p50: 50, p90: 90, p99: 99, max: 100, mean: 50.5, count: 100 })
  })

  it('rounds to the nearest whole microsecond before recording, but keeps the exact mean', () => {
    // recorded as 0, 1, 2, 3 (Math.round(2.5) = 3)
    const r = latencyPercentiles([0.3, 1.4, 1.6, 2.5])
    expect(r.p50).toBe(1)
    expect(r.p99).toBe(3)
    expect(r.max).toBe(3)
    expect(r.mean).toBeCloseTo(5.8 / 4, 12)
    expect(r.count).toBe(4)
  })

  it('keeps large values within 3 significant digits (0.1%)', () => {
    // 123456 µs falls in a 64 µs wide bucket [123456, 123519]; HDR reports its upper end
    const r = latencyPercentiles([123_456])
    expect(r.p50).toBeGreaterThanOrEqual(123_456)
    expect((r.p50 - 123_456) / 123_456).toBeLessThan(1e-3)
    expect(r.max).toBe(123_456)
  })

  it('grows past its initial range rather than dropping a slow outlier', () => {
    const r = latencyPercentiles([10, 10, 10, 3_600_000_000])
    expect(r.p50).toBe(10)
    expect(r.max).toBe(3_600_000_000)
    expect(r.count).toBe(4)
  })

  it('rejects empty, negative and non-finite input', () => {
    expect(() => latencyPercentiles([])).toThrow(/empty/)
    expect(() => latencyPercentiles([1, -2])).toThrow(/negative/)
    expect(() => latencyPercentiles([Number.NaN])).toThrow(/finite/)
  })
})
