/**
 * The wheel sieve against a plain reference sieve (one byte per number, no wheel, no patterns, no
 * carried offsets) on many ranges chosen where the wheel sieve has edges: lo at 0..3, ranges
 * inside one segment, across segment boundaries, and small windows just below 4e9.
 */
import { describe, expect, it } from 'vitest'
import { countPrimes } from '../../../src-workers/kernels/prime'
import { SEGMENT_BYTES } from '../../../src-workers/kernels/prime-sieve'
import { PRESIEVED } from '../../../src-workers/kernels/prime-wheel'
import { seededRng } from '../../../src-main/engine/stats/random'

/** Numbers per segment of the wheel sieve (30 per byte). */
const SEGMENT_SPAN = 30 * SEGMENT_BYTES

/** Primes in [lo, hi): crosses off, in a window of one byte per number, the multiples of every d >= 2 with d * d < hi. */
function referenceCount(lo: number, hi: number): number {
  const composite = new Uint8Array(hi - lo)
  for (let n = lo; n < Math.min(hi, 2); n++) composite[n - lo] = 1
  for (let d = 2; d * d < hi; d++) {
    // Multiples of d from max(d * d, first multiple >= lo); d itself stays.
    for (let m = Math.max(d * d, Math.ceil(lo / d) * d); m < hi; m += d) composite[m - lo] = 1
  }
  let count = 0
  for (const c of composite) if (c === 0) count++
  return count
}

function expectSameAsReference(ranges: ReadonlyArray<readonly [number, number]>): void {
  for (const [lo, hi] of ranges) expect(countPrimes(lo, hi, 'sieve'), `[${lo}, ${hi})`).toBe(referenceCount(lo, hi))
}

describe('wheel sieve: pi(10^k)', () => {
  // Published values (OEIS A006880).
  const PI_OF_POWERS_OF_TEN = [0, 4, 25, 168, 1_229, 9_592, 78_498, 664_579, 5_761_455, 50_847_534]
  it.each(PI_OF_POWERS_OF_TEN.map((count, k) => [k, count] as const))('pi(10^%i) = %i', (k, count) => {
    expect(countPrimes(0, 10 ** k + 1, 'sieve')).toBe(count)
    expect(countPrimes(2, 10 ** k + 1, 'sieve')).toBe(count)
  })
})

describe('wheel sieve against a reference sieve', () => {
  const random = seededRng(0x5eed)
  const int = (below: number) => Math.floor(random() * below)

  it('every [lo, hi) with lo, hi <= 200 (the wheel, pre-sieved primes and 1)', () => {
    const ranges: Array<[number, number]> = []
    for (let lo = 0; lo <= 200; lo++) for (let hi = lo; hi <= 200; hi++) ranges.push([lo, hi])
    expectSameAsReference(ranges)
  })

  it('lo in 0..3 with random hi', () => {
    const ranges: Array<[number, number]> = []
    for (const lo of [0, 1, 2, 3]) for (let i = 0; i < 15; i++) ranges.push([lo, lo + 1 + int(3_000_000)])
    expectSameAsReference(ranges)
  })

  it('ranges that start or end on a pre-sieved prime, its square or a multiple of 30', () => {
    const ranges: Array<[number, number]> = []
    for (const p of [...PRESIEVED, 41, 43, 47]) {
      for (const n of [p, p * p, 30 * p]) ranges.push([n, n + 1], [n, n + 97], [n - 1, n], [Math.max(0, n - 50), n + 1])
    }
    expectSameAsReference(ranges)
  })

  it('random ranges inside one segment, anywhere below 4e9', () => {
    const ranges: Array<[number, number]> = []
    for (let i = 0; i < 60; i++) {
      const lo = Math.floor(random() ** 3 * 4e9)
      ranges.push([lo, Math.min(4e9, lo + 1 + int(i < 50 ? 20_000 : SEGMENT_SPAN / 4))])
    }
    expectSameAsReference(ranges)
  })

  it('ranges spanning segment boundaries, from any alignment', () => {
    const ranges: Array<[number, number]> = []
    for (let i = 0; i < 8; i++) {
      const lo = int(i < 4 ? 1000 : 2e9)
      ranges.push([lo, lo + SEGMENT_SPAN + int(SEGMENT_SPAN)])
    }
    // Ends one short of, on, and one past a segment boundary of a range starting at 0.
    for (const hi of [SEGMENT_SPAN - 1, SEGMENT_SPAN, SEGMENT_SPAN + 1, 2 * SEGMENT_SPAN + 29]) ranges.push([0, hi])
    expectSameAsReference(ranges)
  })

  it('small windows just below 4e9 (all base primes join at once)', () => {
    const ranges: Array<[number, number]> = [[4e9 - 1, 4e9], [4e9 - 30, 4e9]]
    for (let i = 0; i < 40; i++) {
      const hi = 4e9 - int(100_000)
      ranges.push([hi - 1 - int(5000), hi])
    }
    expectSameAsReference(ranges)
  })

  it('chunks of a range add up to the count of the whole, whatever the cut points', () => {
    const hi = 3 * SEGMENT_SPAN + 12_345
    const cuts = [0, 1, 7, 31, 121, SEGMENT_SPAN - 1, SEGMENT_SPAN + 30, 2 * SEGMENT_SPAN + 2, hi].sort((a, b) => a - b)
    let sum = 0
    for (let i = 0; i + 1 < cuts.length; i++) sum += countPrimes(cuts[i]!, cuts[i + 1]!, 'sieve')
    expect(sum).toBe(referenceCount(0, hi))
  })
})
