/**
 * The mod-30 wheel behind the sieve (prime-sieve.ts), after primesieve's layout
 * (https://github.com/kimwalisch/primesieve/blob/master/doc/ALGORITHMS.md): byte b of the number
 * line stands for the 8 numbers 30b + {1, 7, 11, 13, 17, 19, 23, 29}, the only ones not divisible
 * by 2, 3 or 5, one bit each. 30 numbers per byte instead of 16 for an odd-only bit sieve, and no
 * work at all for the multiples of 2, 3 and 5.
 *
 * Pure tables, built once at import; the pre-sieve patterns are built on first use.
 */

/** The residues mod 30 of the numbers a byte holds; bit k stands for 30b + WHEEL[k]. */
export const WHEEL: readonly number[] = [1, 7, 11, 13, 17, 19, 23, 29]

/** WHEEL_INDEX[r]: the bit for residue r mod 30, or -1 when r shares a factor with 30. */
export const WHEEL_INDEX: Int8Array = (() => {
  const index = new Int8Array(30).fill(-1)
  WHEEL.forEach((r, k) => (index[r] = k))
  return index
})()

/** COPRIME_GAP[r]: how far r mod 30 is from the next residue coprime to 30 (0 when it is one). */
export const COPRIME_GAP: Uint8Array = (() => {
  const gap = new Uint8Array(30)
  for (let r = 0; r < 30; r++) {
    let d = 0
    while (WHEEL_INDEX[(r + d) % 30] === -1) d++
    gap[r] = d
  }
  return gap
})()

/** Gap from wheel residue k to the next one (29 -> 31 = 30 + 1 is 2). */
const WHEEL_GAP = WHEEL.map((r, k) => (k === 7 ? 31 : WHEEL[k + 1]!) - r)

/**
 * Tables for crossing off the multiples p * q of a sieving prime p with q coprime to 30, indexed
 * by 8 * (bit of p mod 30) + (bit of q mod 30). Every entry depends on p only through p mod 30:
 * - MULTIPLE_MASK: the bit of p * q in its byte.
 * - STEP_GAP, STEP_CARRY: going to the next q adds p * gap to the number, that is
 *   floor(p / 30) * gap + carry bytes, where carry = floor((p * q mod 30 + (p mod 30) * gap) / 30).
 * - CYCLE_OFFSET, for q = 1 (mod 30): the 8 multiples p*q .. p*(q+28) lie at bytes
 *   b + floor(p / 30) * (WHEEL[k] - 1) + CYCLE_OFFSET[k] from the byte b of p*q, and p*(q+30) at
 *   b + p: the unrolled loop's offsets.
 */
export const MULTIPLE_MASK = new Uint8Array(64)
export const STEP_GAP = new Uint8Array(64)
export const STEP_CARRY = new Uint8Array(64)
export const CYCLE_OFFSET = new Uint8Array(64)
for (let a = 0; a < 8; a++) {
  const r = WHEEL[a]!
  for (let k = 0; k < 8; k++) {
    const residue = (r * WHEEL[k]!) % 30
    MULTIPLE_MASK[8 * a + k] = 1 << WHEEL_INDEX[residue]!
    STEP_GAP[8 * a + k] = WHEEL_GAP[k]!
    STEP_CARRY[8 * a + k] = Math.floor((residue + r * WHEEL_GAP[k]!) / 30)
    CYCLE_OFFSET[8 * a + k] = Math.floor((r * WHEEL[k]!) / 30)
  }
}

/**
 * Primes whose multiples are not crossed off one by one but copied from periodic patterns: a
 * group's pattern repeats every product-of-the-group bytes, and OR-ing three patterns into a
 * segment word by word costs less than crossing off these small primes, which have the most
 * multiples. Two more groups (41, 43 and 47, 53) measured within noise of three (README).
 */
type Group = readonly number[]
export const PRESIEVE_GROUPS: readonly [Group, Group, Group] = [
  [7, 11, 13],
  [17, 19, 23],
  [29, 31, 37],
]
export const PRESIEVED: readonly number[] = PRESIEVE_GROUPS.flat()
/** The largest pre-sieved prime: the sieve crosses off only primes above it. */
export const PRESIEVE_MAX = Math.max(...PRESIEVED)

export interface PresievePattern {
  /** Bytes in one period (the product of the group's primes, coprime to 4). */
  period: number
  /** The pattern as words: bytes [0, 4 * period + segmentBytes) of the number line. */
  words: Uint32Array
}

type Patterns = readonly [PresievePattern, PresievePattern, PresievePattern]
let patterns: Patterns | null = null
let patternSegmentBytes = 0

/**
 * The patterns, each covering 4 periods plus one segment, so that a segment starting at a byte
 * B = 0 (mod 4) reads the pattern from offset B mod (4 * period), itself a multiple of 4 because
 * the period is odd: whole words, no shifting.
 */
export function presievePatterns(segmentBytes: number): Patterns {
  if (patterns !== null && patternSegmentBytes === segmentBytes) return patterns
  const [a, b, c] = PRESIEVE_GROUPS
  patterns = [buildPattern(a, segmentBytes), buildPattern(b, segmentBytes), buildPattern(c, segmentBytes)]
  patternSegmentBytes = segmentBytes
  return patterns
}

function buildPattern(group: Group, segmentBytes: number): PresievePattern {
  const period = group.reduce((a, b) => a * b, 1)
  const bytes = new Uint8Array(4 * period + segmentBytes)
  // One period crossed off, then copied: the first call in a fresh worker runs this cold
  // (interpreted), and crossing off the whole buffer took ~50 ms there, a chunk's worth.
  for (const p of group) {
    // The multiples of p coprime to 30, from p itself (the caller adds the pre-sieved primes
    // back). p * (WHEEL[k] + 30t) keeps the residue of p * WHEEL[k] and lies p bytes further on.
    for (let k = 0; k < 8; k++) {
      const n = p * WHEEL[k]!
      const bit = 1 << WHEEL_INDEX[n % 30]!
      for (let b = Math.floor(n / 30) % period; b < period; b += p) bytes[b] = bytes[b]! | bit
    }
  }
  for (let filled = period; filled < bytes.length; filled *= 2) bytes.copyWithin(filled, 0, filled)
  return { period, words: new Uint32Array(bytes.buffer) }
}
