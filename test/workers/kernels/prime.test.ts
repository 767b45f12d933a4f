import { describe, expect, it } from 'vitest'
import {
  countPrimes,
  isPrimeByTrial,
  KNOWN_PRIME_COUNTS,
  knownPrimeCount,
  MAX_PRIME_HI,
} from '../../../src-workers/kernels/prime'
import type { PrimeMethod } from '../../../src-shared/protocol'
import { seededRng } from '../../../src-main/engine/stats/random'

const METHODS: readonly PrimeMethod[] = ['sieve', 'trial']

/** Reference count: one isPrimeByTrial per number, independent of both kernels' loops. */
function referenceCount(lo: number, hi: number): number {
  let count = 0
  for (let n = lo; n < hi; n++) if (isPrimeByTrial(n)) count++
  return count
}

describe('isPrimeByTrial', () => {
  it('classifies the small numbers', () => {
    const primes = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47]
    for (let n = 0; n < 50; n++) expect(isPrimeByTrial(n), `n = ${n}`).toBe(primes.includes(n))
  })
})

describe('countPrimes against known values', () => {
  it.each(METHODS)('%s: pi(10^6) = 78498', (method) => {
    expect(countPrimes(0, 1e6, method)).toBe(78_498)
  })

  it('sieve: pi(10^7) = 664579 from lo = 0, 1 and 2', () => {
    for (const lo of [0, 1, 2]) expect(countPrimes(lo, 1e7, 'sieve')).toBe(664_579)
  })

  it('sieve agrees with the table wherever the table applies up to 10^7', () => {
    for (const [hi, count] of KNOWN_PRIME_COUNTS) {
      if (hi <= 1e7) expect(countPrimes(0, hi, 'sieve')).toBe(count)
    }
  })
})

describe('countPrimes edge cases', () => {
  it.each(METHODS)('%s: ranges around 0..3', (method) => {
    expect(countPrimes(0, 0, method)).toBe(0)
    expect(countPrimes(0, 1, method)).toBe(0)
    expect(countPrimes(0, 2, method)).toBe(0) // 2 is excluded: the range is half-open
    expect(countPrimes(0, 3, method)).toBe(1)
    expect(countPrimes(1, 3, method)).toBe(1)
    expect(countPrimes(2, 3, method)).toBe(1)
    expect(countPrimes(3, 4, method)).toBe(1)
    expect(countPrimes(3, 5, method)).toBe(1)
    expect(countPrimes(3, 6, method)).toBe(2)
    expect(countPrimes(0, 10, method)).toBe(4)
    expect(countPrimes(1, 100, method)).toBe(25)
  })

  it.each(METHODS)('%s: a single number [n, n+1) counts whether n is prime', (method) => {
    for (const n of [0, 1, 2, 3, 4, 9, 25, 49, 97, 7919, 7921, 65_521, 65_537, 1_000_003, 1_000_001]) {
      expect(countPrimes(n, n + 1, method), `n = ${n}`).toBe(isPrimeByTrial(n) ? 1 : 0)
    }
  })

  it.each(METHODS)('%s: hi <= lo is an empty range', (method) => {
    expect(countPrimes(10, 10, method)).toBe(0)
    expect(countPrimes(100, 10, method)).toBe(0)
  })

  it.each(METHODS)('%s: rejects ranges it cannot count', (method) => {
    expect(() => countPrimes(-1, 10, method)).toThrow(RangeError)
    expect(() => countPrimes(0.5, 10, method)).toThrow(RangeError)
    expect(() => countPrimes(0, Number.NaN, method)).toThrow(RangeError)
    expect(() => countPrimes(0, MAX_PRIME_HI + 1, method)).toThrow(RangeError)
  })

  it('squares of base primes at segment edges are not counted', () => {
    // Perfect squares of primes are the first multiples the sieve crosses out; test a few as
    // one-number ranges and inside ranges that start exactly on them.
    for (const p of [3, 5, 7, 251, 257, 65_521]) {
      const sq = p * p
      expect(countPrimes(sq, sq + 1, 'sieve')).toBe(0)
      expect(countPrimes(sq, sq + 200, 'sieve')).toBe(referenceCount(sq, sq + 200))
    }
  })
})

describe('countPrimes on subranges', () => {
  it('sieve matches trial division on seeded random subranges, small and large', () => {
    const random = seededRng(20240611)
    for (let i = 0; i < 40; i++) {
      // Starts spread up to ~4e9 (the lab's largest hi), skewed towards small numbers where
      // segment and base-prime edges are dense; widths up to 3000 keep the reference cheap.
      const lo = Math.floor(random() ** 3 * 4e9)
      const hi = lo + 1 + Math.floor(random() * 3000)
      expect(countPrimes(lo, hi, 'sieve'), `[${lo}, ${hi})`).toBe(referenceCount(lo, hi))
    }
  })

  it('sieve matches trial over a range longer than one segment and not aligned to it', () => {
    const lo = 10_000_019
    const hi = lo + 1_234_567
    expect(countPrimes(lo, hi, 'sieve')).toBe(countPrimes(lo, hi, 'trial'))
  })

  it('chunk counts add up to the whole, for both methods and uneven chunks', () => {
    const hi = 2_000_000
    const bounds = [0, 1, 2, 3, 17, 1000, 65_536, 262_145, 999_999, 1_000_000, 1_500_001, hi]
    for (const method of METHODS) {
      let sum = 0
      for (let i = 0; i + 1 < bounds.length; i++) sum += countPrimes(bounds[i]!, bounds[i + 1]!, method)
      expect(sum, method).toBe(148_933)
    }
  })

  it('counts the same on repeated calls, whatever the order of hi (base-prime cache)', () => {
    const ranges: Array<[number, number]> = [
      [4e9 - 5000, 4e9],
      [100, 5000],
      [1e6, 1e6 + 5000],
      [4e9 - 5000, 4e9],
    ]
    for (const [lo, hi] of ranges) expect(countPrimes(lo, hi, 'sieve')).toBe(referenceCount(lo, hi))
  })
})

describe('knownPrimeCount', () => {
  it('returns pi(hi) for lo in 0..2 and a listed hi', () => {
    expect(knownPrimeCount(0, 1e6)).toBe(78_498)
    expect(knownPrimeCount(1, 1e7)).toBe(664_579)
    expect(knownPrimeCount(2, 1e8)).toBe(5_761_455)
    expect(knownPrimeCount(0, 1e9)).toBe(50_847_534)
  })

  it('returns null when the range is not a reference point', () => {
    expect(knownPrimeCount(3, 1e6)).toBeNull() // misses the prime 2
    expect(knownPrimeCount(0, 1e6 + 1)).toBeNull()
    expect(knownPrimeCount(-1, 1e6)).toBeNull()
    expect(knownPrimeCount(0.5, 1e6)).toBeNull()
  })
})
