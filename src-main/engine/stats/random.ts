/**
 * A small seeded pseudo-random generator, so that a schedule's shuffle and every bootstrap can be
 * replayed from the seed the report records. mulberry32 (Tommy Ettinger's public-domain 32-bit
 * generator): a full 2^32 period and good equidistribution for shuffles and resampling, which is
 * all we ask of it; it is no cryptographic generator and need not be.
 */
import { randomInt } from 'node:crypto'

/** Uniform numbers in [0, 1). */
export type Rng = () => number

export function seededRng(seed: number): Rng {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** A fresh seed for a run that was given none (recorded, so the run can still be replayed). */
export function freshSeed(): number {
  return randomInt(0, 2 ** 31)
}

/**
 * A seed of its own for each labelled use of one run seed (a point's bootstrap, a comparison's), so
 * that adding a point does not shift the random numbers of the others. FNV-1a over the label.
 */
export function deriveSeed(seed: number, label: string): number {
  let hash = (0x811c9dc5 ^ seed) >>> 0
  for (let i = 0; i < label.length; i++) hash = Math.imul(hash ^ label.charCodeAt(i), 0x01000193) >>> 0
  return hash
}

/** Fisher-Yates: a uniformly random permutation of a copy of `items`. */
export function shuffled<T>(items: readonly T[], rng: Rng): T[] {
  const out = [...items]
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1))
    const swap = out[i]!
    out[i] = out[j]!
    out[j] = swap
  }
  return out
}
