/**
 * The busy loop: pure CPU work of a chosen length, for oversubscription and context-switch
 * experiments where the work itself must not matter, only that it keeps a core busy.
 *
 * No Node import, no state: the same `iterations` always gives the same checksum.
 */

/** Any non-zero 32-bit seed works; xorshift32 maps 0 to 0 forever, so 0 is the one to avoid. */
const SEED = 0x9e3779b9

/**
 * Runs `iterations` steps of xorshift32 (Marsaglia 2003) and returns the final state as an
 * unsigned 32-bit checksum.
 *
 * Why xorshift: each step needs the previous state, so the engine can neither skip, reorder nor
 * vectorise the loop, and returning the state keeps it from being removed as dead code. Its
 * period is 2^32 - 1, so any two iteration counts closer than that give different checksums,
 * which lets a test check that the whole loop ran.
 */
export function spin(iterations: number, tick: () => void = noTick): number {
  if (!Number.isSafeInteger(iterations) || iterations < 0) {
    throw new RangeError(`busy iterations must be a non-negative safe integer, got ${iterations}`)
  }
  let x = SEED | 0
  for (let done = 0; done < iterations; done += TICK_EVERY) {
    const end = Math.min(iterations, done + TICK_EVERY)
    for (let i = done; i < end; i++) {
      x ^= x << 13
      x ^= x >>> 17
      x ^= x << 5
    }
    tick()
  }
  return x >>> 0
}

/** Steps between two safe points of the global-lock mode (~0.1 ms): `tick` never changes the checksum. */
const TICK_EVERY = 1 << 16
const noTick = (): void => undefined
