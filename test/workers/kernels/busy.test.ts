import { describe, expect, it } from 'vitest'
import { spin } from '../../../src-workers/kernels/busy'

describe('spin', () => {
  it('is deterministic for a given iteration count', () => {
    for (const n of [0, 1, 1000, 1_000_000]) expect(spin(n)).toBe(spin(n))
  })

  it('returns an unsigned 32-bit integer', () => {
    for (const n of [0, 1, 7, 123_457]) {
      const checksum = spin(n)
      expect(Number.isInteger(checksum)).toBe(true)
      expect(checksum).toBeGreaterThanOrEqual(0)
      expect(checksum).toBeLessThan(2 ** 32)
    }
  })

  it('gives a different checksum for every iteration count tried, so every step counts', () => {
    const counts = [0, 1, 2, 3, 10, 11, 999_999, 1_000_000, 1_000_001]
    const checksums = new Set(counts.map((n) => spin(n)))
    expect(checksums.size).toBe(counts.length)
  })

  it('rejects iteration counts that are not non-negative integers', () => {
    expect(() => spin(-1)).toThrow(RangeError)
    expect(() => spin(1.5)).toThrow(RangeError)
    expect(() => spin(Number.NaN)).toThrow(RangeError)
  })
})
