/**
 * Prime counting, the lab's CPU-bound workload. Two methods on purpose:
 * - `sieve`: a segmented sieve of Eratosthenes on a mod-30 wheel (prime-sieve.ts), the fast way;
 *   its cost is nearly uniform along the range, so static chunking balances well.
 * - `trial`: trial division of every number, slow and with a cost per number that grows like
 *   sqrt(n), so equal-width chunks take unequal times: the load imbalance that dynamic chunking
 *   fixes.
 *
 * Pure functions of their arguments (no Node import); the only state is the sieve's cache of base
 * primes, which cannot change any result.
 */
import { assertNever, type PrimeMethod } from '../../src-shared/protocol'
import { sieveCount } from './prime-sieve'

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

const noTick = (): void => undefined

/**
 * Counts primes in [lo, hi); 0 when hi <= lo. Throws a RangeError on a range it cannot count.
 * `tick` is called at safe points (every sieve segment, every TRIAL_TICK numbers): the global-lock
 * mode hands its lock over there, as CPython's eval loop does between bytecodes.
 */
export function countPrimes(lo: number, hi: number, method: PrimeMethod, tick: () => void = noTick): number {
  if (!Number.isSafeInteger(lo) || !Number.isSafeInteger(hi) || lo < 0 || hi > MAX_PRIME_HI) {
    throw new RangeError(`prime range [${lo}, ${hi}) must be integers with 0 <= lo and hi <= 2^40`)
  }
  if (hi <= lo) return 0
  switch (method) {
    case 'sieve':
      return sieveCount(lo, hi, tick)
    case 'trial':
      return trialCount(lo, hi, tick)
    default:
      return assertNever(method, 'prime method')
  }
}

// ---------------------------------------------------------------------------------------------
// Trial division
// ---------------------------------------------------------------------------------------------

/** Numbers between two ticks: at n ~ 1e8 about 5 000 divisions each, so a tick every ~0.1 ms. */
const TRIAL_TICK = 64

function trialCount(lo: number, hi: number, tick: () => void): number {
  let count = 0
  for (let n = lo; n < hi; n++) {
    if (isPrimeByTrial(n)) count++
    if ((n & (TRIAL_TICK - 1)) === 0) tick()
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
