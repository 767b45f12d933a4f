// Frozen copy of src-workers/kernels/prime.ts before the wheel sieve (issue 14): the baseline of
// bench/prime.bench.ts when primesieve is not installed. Not used by the lab; do not update it.
/**
 * Prime counting, the lab's CPU-bound workload. Two methods on purpose:
 * - `sieve`: a segmented sieve of Eratosthenes, the fast way; its cost is nearly uniform along
 *   the range, so static chunking balances well.
 * - `trial`: trial division of every number, slow and with a cost per number that grows like
 *   sqrt(n), so equal-width chunks take unequal times: the load imbalance that dynamic chunking
 *   fixes.
 *
 * Pure functions of their arguments (no Node import); the only state is a cache of base primes
 * that cannot change any result (see `oddPrimesUpTo`).
 */
import { assertNever, type PrimeMethod } from '../../src-shared/protocol'

/**
 * pi(x) for the powers of ten the lab uses as reference points. pi(x) counts primes <= x; a
 * power of ten (>= 10) is never prime, so it is also the count over [0, x) and [2, x).
 */
export const KNOWN_PRIME_COUNTS: ReadonlyMap<number, number> = new Map([
  [1e6, 78_498],
  [1e7, 664_579],
  [1e8, 5_761_455],
  [1e9, 50_847_534],
])

/**
 * The known count of primes in [lo, hi), or null when it is not a reference point. Only a range
 * starting at 0, 1 or 2 contains every prime below hi; a larger lo would drop some.
 */
export function knownPrimeCount(lo: number, hi: number): number | null {
  if (!Number.isInteger(lo) || lo < 0 || lo > 2) return null
  return KNOWN_PRIME_COUNTS.get(hi) ?? null
}

/**
 * Upper bound for hi. It keeps the base primes of the sieve at or below 2^20 (about 82 000 of
 * them, ~330 KiB) and every offset far inside the exact range of a double. The lab
 * needs hi up to ~4e9.
 */
export const MAX_PRIME_HI = 2 ** 40

/**
 * Bytes per sieve segment, one byte per odd number, so one segment spans 256 Ki numbers.
 * A segment must stay in cache to be fast, but every segment also walks the whole list of base
 * primes, so too small a segment pays that walk too often. Measured on the 2-core EPYC used for
 * development (32 KiB L1d, 1 MiB L2 per core), best of 5 for pi(1e8): 16 KiB 164 ms, 32 KiB 155,
 * 64 KiB 143, 128 KiB 144, 256 KiB 142; pi(1e9): 2.0 s, 1.76, 1.58, 1.56, 1.55. 128 KiB sits in
 * the flat part while staying well inside L2.
 */
const SEGMENT_BYTES = 128 * 1024

/** Counts primes in [lo, hi); 0 when hi <= lo. Throws a RangeError on a range it cannot count. */
export function countPrimes(lo: number, hi: number, method: PrimeMethod): number {
  if (!Number.isSafeInteger(lo) || !Number.isSafeInteger(hi) || lo < 0 || hi > MAX_PRIME_HI) {
    throw new RangeError(`prime range [${lo}, ${hi}) must be integers with 0 <= lo and hi <= 2^40`)
  }
  if (hi <= lo) return 0
  switch (method) {
    case 'sieve':
      return sieveCount(lo, hi)
    case 'trial':
      return trialCount(lo, hi)
    default:
      return assertNever(method, 'prime method')
  }
}

// ---------------------------------------------------------------------------------------------
// Trial division
// ---------------------------------------------------------------------------------------------

function trialCount(lo: number, hi: number): number {
  let count = 0
  for (let n = lo; n < hi; n++) {
    if (isPrimeByTrial(n)) count++
  }
  return count
}

/** Divides by 2, then by every odd d with d * d <= n: about sqrt(n) / 2 divisions per prime. */
export function isPrimeByTrial(n: number): boolean {
  if (n < 2) return false
  if (n % 2 === 0) return n === 2
  for (let d = 3; d * d <= n; d += 2) {
    if (n % d === 0) return false
  }
  return true
}

// ---------------------------------------------------------------------------------------------
// Segmented sieve, odd numbers only
// ---------------------------------------------------------------------------------------------

/** floor(sqrt(x)), exact for any safe integer (Math.sqrt alone may be off by one near squares). */
function isqrt(x: number): number {
  let r = Math.floor(Math.sqrt(x))
  while (r * r > x) r--
  while ((r + 1) * (r + 1) <= x) r++
  return r
}

/**
 * Odd primes <= limit, from a cache kept for the life of the worker. Why a cache: sieving the
 * base primes for hi = 4e9 (limit 63 245) took ~0.4 ms warm and several ms cold in measurement,
 * as much as a small chunk's whole work or a message round trip, and a pool sends many chunks
 * to one worker; with the cache a 10-number range near 4e9 costs ~0.14 ms warm, mostly the
 * per-prime offsets. Correct because the array is only ever replaced by a longer one and a call
 * reads a prefix of it; bounded because the limit never exceeds isqrt(MAX_PRIME_HI) = 2^20
 * (~82 000 primes, ~330 KiB). The first fill goes to 2^16, which covers every hi up to 2^32.
 */
let cachedPrimes: Uint32Array = new Uint32Array(0)
let cachedLimit = 0
const FIRST_BASE_LIMIT = 2 ** 16
const MAX_BASE_LIMIT = 2 ** 20

function oddPrimesUpTo(limit: number): Uint32Array {
  if (limit > cachedLimit) {
    // Grow at least twofold so that chunks with rising hi do not re-sieve on every call.
    const target = Math.min(MAX_BASE_LIMIT, Math.max(limit, 2 * cachedLimit, FIRST_BASE_LIMIT))
    cachedPrimes = sieveOddPrimes(target)
    cachedLimit = target
  }
  return cachedPrimes.subarray(0, countAtMost(cachedPrimes, limit))
}

/** Plain sieve over odd numbers only: index i stands for 2i + 1. */
function sieveOddPrimes(limit: number): Uint32Array {
  const size = Math.floor((limit + 1) / 2)
  const composite = new Uint8Array(size)
  let found = 0
  for (let i = 1; i < size; i++) {
    if (composite[i] === 1) continue
    found++
    const p = 2 * i + 1
    for (let m = (p * p - 1) / 2; m < size; m += p) composite[m] = 1
  }
  const primes = new Uint32Array(found)
  for (let i = 1, k = 0; i < size; i++) {
    if (composite[i] === 0) primes[k++] = 2 * i + 1
  }
  return primes
}

/** How many entries of the ascending array are <= limit (binary search). */
function countAtMost(sorted: Uint32Array, limit: number): number {
  let low = 0
  let high = sorted.length
  while (low < high) {
    const mid = (low + high) >>> 1
    if (sorted[mid]! <= limit) low = mid + 1
    else high = mid
  }
  return low
}

function sieveCount(lo: number, hi: number): number {
  // 2 is the only even prime; after it, only odd numbers from 3 up are sieved.
  let count = lo <= 2 && hi > 2 ? 1 : 0
  const first = oddAtOrAbove(Math.max(lo, 3))
  if (first >= hi) return count
  // Odd number `first + 2 * i` sits at index i; indices run over [0, oddCount).
  const oddCount = Math.floor((hi - first + 1) / 2)

  // Every composite below hi has an odd prime factor p with p * p <= hi - 1 (or is even).
  const basePrimes = oddPrimesUpTo(isqrt(hi - 1))
  // next[k]: index, relative to the current segment, of the next odd multiple of basePrimes[k]
  // to cross out. Starts at p * p (smaller multiples have a smaller factor, and p itself must
  // stay), carried from segment to segment so no division happens per segment. Float64 because
  // the first offsets can exceed 2^31 when lo is small and hi large.
  const next = new Float64Array(basePrimes.length)
  for (let k = 0; k < basePrimes.length; k++) {
    const p = basePrimes[k]!
    let m = Math.max(p * p, Math.ceil(first / p) * p)
    if (m % 2 === 0) m += p
    next[k] = (m - first) / 2
  }

  // A small range gets a small buffer (rounded up to whole words), so tiny chunks stay cheap.
  const segBytes = Math.min(SEGMENT_BYTES, Math.ceil(oddCount / 4) * 4)
  const segment = new Uint8Array(segBytes)
  // Same bytes read four at a time for counting.
  const words = new Uint32Array(segment.buffer)
  for (let base = 0; base < oddCount; base += segBytes) {
    const segLen = Math.min(segBytes, oddCount - base)
    segment.fill(0)
    for (let k = 0; k < basePrimes.length; k++) {
      const p = basePrimes[k]!
      let j = next[k]!
      for (; j < segLen; j += p) segment[j] = 1
      next[k] = j - segLen
    }
    count += segLen - countMarked(words, Math.ceil(segLen / 4))
  }
  return count
}

function oddAtOrAbove(n: number): number {
  return n % 2 === 0 ? n + 1 : n
}

/**
 * Number of marked bytes (each 0 or 1) in the first `wordCount` words. Multiplying a word by
 * 0x01010101 sums its four bytes into the top byte (at most 4, so no carry spoils it). Bytes past
 * the segment's length are zero because the segment is cleared whole and marks stop at segLen.
 */
function countMarked(words: Uint32Array, wordCount: number): number {
  let marked = 0
  for (let i = 0; i < wordCount; i++) {
    marked += Math.imul(words[i]!, 0x01010101) >>> 24
  }
  return marked
}
