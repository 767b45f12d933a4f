/**
 * Seeded cases for the reliability families. Each case draws from its own generator, derived from
 * (seed, family, index), so one case can be rerun alone with the same inputs:
 * `CONLAB_SEED=<seed> CONLAB_CASE=<family>#<index> npm run test:reliability`. A failing case's
 * message starts with its seed and index; every family's tried/held counts go to the tally.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, inject, it } from 'vitest'
import { seededRng } from '../../src-main/engine/stats/random'

export interface Tally {
  family: string
  tried: number
  held: number
}

export function parseSeed(raw: string | undefined): number | undefined {
  if (raw === undefined || raw.trim() === '') return undefined
  const seed = Number(raw)
  if (!Number.isInteger(seed) || seed < 0 || seed >= 2 ** 32) throw new Error(`CONLAB_SEED must be a whole number from 0 to 2^32-1, not "${raw}"`)
  return seed
}

/** mulberry32: small, fast, and good enough to pick test inputs. */
export class Rng {
  private readonly random: () => number
  constructor(seed: number) {
    this.random = seededRng(seed)
  }
  next(): number {
    return this.random()
  }
  /** A whole number in [lo, hi]. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1))
  }
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list')
    return items[this.int(0, items.length - 1)]!
  }
  chance(p: number): boolean {
    return this.next() < p
  }
}

function hashString(text: string, into: number): number {
  let h = into >>> 0
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0
  return h
}

export function caseRng(seed: number, family: string, index: number): Rng {
  return new Rng(hashString(`${family}#${index}`, seed ^ 0x811c9dc5))
}

export interface FamilySpec<T> {
  /** How many cases, fixed so the suite's time stays bounded. */
  count: number
  generate(rng: Rng, index: number): T
  describe(input: T): string
  run(input: T, rng: Rng): Promise<void>
  timeoutMs?: number
}

/** A hang fails as this case (with its seed), not as vitest's anonymous test timeout. */
async function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the case did not finish within ${ms} ms (a hang)`)), ms)
  })
  try {
    return await Promise.race([work, deadline])
  } finally {
    clearTimeout(timer)
  }
}

/** CONLAB_CASE=family or family#index runs only that family or case. */
function selected(family: string, index: number): boolean {
  const only = process.env.CONLAB_CASE
  if (!only) return true
  const [name, at] = only.split('#')
  return name === family && (at === undefined || Number(at) === index)
}

export function family<T>(name: string, spec: FamilySpec<T>): void {
  const seed = inject('reliabilitySeed')
  const tally: Tally = { family: name, tried: 0, held: 0 }
  describe(name, () => {
    afterAll(() => {
      if (tally.tried > 0) writeFileSync(join(inject('reliabilityTallyDir'), `${name}.json`), JSON.stringify(tally))
    })
    for (let index = 0; index < spec.count; index++) {
      const input = spec.generate(caseRng(seed, name, index), index)
      const test = selected(name, index) ? it : it.skip
      test(`#${index} ${spec.describe(input)}`, { timeout: spec.timeoutMs ?? 60_000 }, async () => {
        tally.tried++
        try {
          // A fresh generator for what the case draws while it runs (timings, offsets).
          await withDeadline(spec.run(input, caseRng(seed ^ 0x5bd1e995, name, index)), (spec.timeoutMs ?? 60_000) - 5_000)
        } catch (error) {
          const where = `[seed ${seed}, ${name}#${index}; rerun alone: CONLAB_SEED=${seed} CONLAB_CASE=${name}#${index} npm run test:reliability] `
          if (error instanceof Error) error.message = where + error.message
          throw error
        }
        tally.held++
      })
    }
  })
}
