/**
 * Segmented sieve of Eratosthenes on the mod-30 wheel (prime-wheel.ts): 30 numbers per byte,
 * segments that stay in cache, the small primes copied in from pre-sieved patterns, the
 * others crossed off eight multiples per loop turn with offsets kept from segment to segment, and
 * the survivors counted by a popcount over 32-bit words. The ideas are primesieve's
 * (https://github.com/kimwalisch/primesieve/blob/master/doc/ALGORITHMS.md), minus its bucket sieve
 * for primes far larger than a segment, which the lab's hi (<= 4e9, base primes <= 63 245) never
 * needs.
 *
 * Pure function of its arguments; the only state is a cache that cannot change a result.
 */
import {
  COPRIME_GAP,
  CYCLE_OFFSET,
  MULTIPLE_MASK,
  PRESIEVE_MAX,
  PRESIEVED,
  presievePatterns,
  STEP_CARRY,
  STEP_GAP,
  WHEEL,
  WHEEL_INDEX,
} from './prime-wheel'

/**
 * Bytes per segment (30 numbers each: 3.9 million numbers). Smaller segments stay in L1, but every
 * segment walks all the sieving primes, and for most of them (p > 1000) that walk, not the
 * crossing off, is the cost. Measured on the 2-core EPYC VM (32 KiB L1d, 1 MiB L2 per core), CPU
 * time of pi(1e9), best of 7: 32 KiB 307 ms, 64 KiB 281, 128 KiB 256, 256 KiB 247. 128 KiB takes
 * nearly all of the gain and leaves most of L2 to the patterns (about 300 KiB) and a second
 * process. primesieve picks 256 KiB on this machine too.
 */
export const SEGMENT_BYTES = 128 * 1024

/** floor(sqrt(x)), exact for any safe integer (Math.sqrt alone may be off by one near squares). */
function isqrt(x: number): number {
  let r = Math.floor(Math.sqrt(x))
  while (r * r > x) r--
  while ((r + 1) * (r + 1) <= x) r++
  return r
}

/**
 * Odd primes <= limit, from a cache kept for the life of the worker: sieving them for hi = 4e9
 * costs about as much as a small chunk's whole work, and a pool sends many chunks to one worker.
 * Correct because the array is only ever replaced by a longer one and a call reads a prefix of
 * it; bounded because the limit never exceeds isqrt(2^40) = 2^20 (~82 000 primes, ~330 KiB). The
 * first fill goes to 2^16, which covers every hi up to 2^32.
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

/** The primes the wheel cannot hold (2, 3, 5) and those the patterns mark as composite. */
const SMALL_PRIMES: readonly number[] = [2, 3, 5, ...PRESIEVED]

/** Counts primes in [lo, hi), for integers 0 <= lo < hi <= 2^40 (checked by the caller); `tick` after each segment. */
export function sieveCount(lo: number, hi: number, tick: () => void = () => undefined): number {
  let count = 0
  for (const p of SMALL_PRIMES) if (lo <= p && p < hi) count++
  // Bytes [firstByte, endByte) hold every number of [lo, hi) coprime to 30. Segments start at a
  // multiple of 4 bytes so that the patterns and the count work on whole words.
  const firstByte = Math.floor(lo / 30)
  const endByte = Math.ceil(hi / 30)
  const start = firstByte - (firstByte % 4)
  // A small range gets a small buffer (whole words), so tiny chunks stay cheap.
  const segBytes = Math.min(SEGMENT_BYTES, Math.ceil((endByte - start) / 4) * 4)
  const segment = new Uint8Array(segBytes)
  const words = new Uint32Array(segment.buffer)

  const all = oddPrimesUpTo(isqrt(hi - 1))
  const primes = all.subarray(countAtMost(all, PRESIEVE_MAX))
  // Per sieving prime: the byte of its next multiple to cross off, relative to the current
  // segment, and the wheel position (bit of q mod 30) of that multiple's cofactor q. A prime joins
  // once p * p, its first multiple to cross off, reaches the segment, so offsets fit in 32 bits.
  const next = new Int32Array(primes.length)
  const position = new Uint8Array(primes.length)
  let active = 0

  for (let base = start; base < endByte; base += segBytes) {
    const len = Math.min(segBytes, endByte - base)
    const wordCount = Math.ceil(len / 4)
    presieve(words, base, wordCount)
    while (active < primes.length && primes[active]! * primes[active]! < 30 * (base + len)) {
      joinAt(primes[active]!, base, next, position, active)
      active++
    }
    crossOff(segment, len, primes, active, next, position)
    markOutside(segment, base, len, wordCount, lo, hi)
    count += 32 * wordCount - popcount(words, wordCount)
    tick()
  }
  return count
}

/** Copies the three pre-sieved patterns, OR-ed together, into the segment starting at byte base. */
function presieve(words: Uint32Array, base: number, wordCount: number): void {
  const [a, b, c] = presievePatterns(SEGMENT_BYTES)
  const wa = a.words
  const wb = b.words
  const wc = c.words
  const oa = (base % (4 * a.period)) / 4
  const ob = (base % (4 * b.period)) / 4
  const oc = (base % (4 * c.period)) / 4
  for (let t = 0; t < wordCount; t++) words[t] = wa[oa + t]! | wb[ob + t]! | wc[oc + t]!
}

/**
 * Sets the state of prime p for the segment starting at byte base: its first multiple p * q to
 * cross off is at least p * p (smaller ones have a smaller factor) and at least the segment's
 * first number, with q coprime to 30 (the others are not in the wheel).
 */
function joinAt(p: number, base: number, next: Int32Array, position: Uint8Array, k: number): void {
  const from = 30 * base
  let q = Math.floor(from / p)
  if (q * p < from) q++
  if (q < p) q = p
  q += COPRIME_GAP[q % 30]!
  next[k] = Math.floor((p * q) / 30) - base
  position[k] = WHEEL_INDEX[q % 30]!
}

/**
 * Crosses off the multiples of the active primes in bytes [0, len). Per prime: single steps up to
 * the start of a wheel cycle (q = 1 mod 30), then whole cycles of 8 multiples, which span exactly
 * p bytes and sit at offsets fixed for the prime, then single steps to the segment's end.
 */
function crossOff(segment: Uint8Array, len: number, primes: Uint32Array, active: number, next: Int32Array, position: Uint8Array): void {
  // Local names for the imported tables: where modules are not bundled (vitest rewrites imports
  // into property reads on a module object) each read in the loop would be a property lookup;
  // measured, that doubled the time of pi(1e9) under `npm run bench`.
  const wheelIndex = WHEEL_INDEX
  const mask = MULTIPLE_MASK
  const gap = STEP_GAP
  const carry = STEP_CARRY
  const cycle = CYCLE_OFFSET
  for (let k = 0; k < active; k++) {
    let i = next[k]!
    if (i >= len) {
      next[k] = i - len
      continue
    }
    const p = primes[k]!
    const big = Math.floor(p / 30)
    const row = 8 * wheelIndex[p % 30]!
    let j = position[k]!
    while (j !== 0 && i < len) {
      segment[i] = segment[i]! | mask[row + j]!
      i += big * gap[row + j]! + carry[row + j]!
      j = (j + 1) & 7
    }
    if (i + p <= len) {
      const o1 = big * 6 + cycle[row + 1]!
      const o2 = big * 10 + cycle[row + 2]!
      const o3 = big * 12 + cycle[row + 3]!
      const o4 = big * 16 + cycle[row + 4]!
      const o5 = big * 18 + cycle[row + 5]!
      const o6 = big * 22 + cycle[row + 6]!
      const o7 = big * 28 + cycle[row + 7]!
      const m0 = mask[row]!
      const m1 = mask[row + 1]!
      const m2 = mask[row + 2]!
      const m3 = mask[row + 3]!
      const m4 = mask[row + 4]!
      const m5 = mask[row + 5]!
      const m6 = mask[row + 6]!
      const m7 = mask[row + 7]!
      const last = len - p
      do {
        segment[i] = segment[i]! | m0
        segment[i + o1] = segment[i + o1]! | m1
        segment[i + o2] = segment[i + o2]! | m2
        segment[i + o3] = segment[i + o3]! | m3
        segment[i + o4] = segment[i + o4]! | m4
        segment[i + o5] = segment[i + o5]! | m5
        segment[i + o6] = segment[i + o6]! | m6
        segment[i + o7] = segment[i + o7]! | m7
        i += p
      } while (i <= last)
    }
    while (i < len) {
      segment[i] = segment[i]! | mask[row + j]!
      i += big * gap[row + j]! + carry[row + j]!
      j = (j + 1) & 7
    }
    next[k] = i - len
    position[k] = j
  }
}

/**
 * Marks as composite every bit of the segment that is not a number of [lo, hi) other than 1:
 * bytes before lo's, bits below lo and from hi on, the padding up to a whole word, and 1 itself.
 */
function markOutside(segment: Uint8Array, base: number, len: number, wordCount: number, lo: number, hi: number): void {
  if (base === 0) segment[0] = segment[0]! | 1
  const firstByte = Math.floor(lo / 30)
  if (firstByte >= base && firstByte < base + len) {
    for (let b = base; b < firstByte; b++) segment[b - base] = 0xff
    segment[firstByte - base] = segment[firstByte - base]! | bitsWhere(firstByte, (n) => n < lo)
  }
  const lastByte = Math.ceil(hi / 30) - 1
  if (lastByte >= base && lastByte < base + len) {
    segment[lastByte - base] = segment[lastByte - base]! | bitsWhere(lastByte, (n) => n >= hi)
    for (let b = lastByte + 1 - base; b < 4 * wordCount; b++) segment[b] = 0xff
  }
}

function bitsWhere(byte: number, test: (n: number) => boolean): number {
  let bits = 0
  for (let k = 0; k < 8; k++) if (test(30 * byte + WHEEL[k]!)) bits |= 1 << k
  return bits
}

/** Set bits in the first wordCount words: the classic SWAR popcount, 12 operations a word. */
function popcount(words: Uint32Array, wordCount: number): number {
  let total = 0
  for (let t = 0; t < wordCount; t++) {
    let v = words[t]!
    v -= (v >>> 1) & 0x55555555
    v = (v & 0x33333333) + ((v >>> 2) & 0x33333333)
    total += Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24
  }
  return total
}
