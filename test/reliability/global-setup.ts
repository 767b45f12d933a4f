/**
 * Picks the suite's seed (CONLAB_SEED, or a fresh one), prints it before any case runs, hands it
 * and a tally folder to every file, and prints the cases tried and held per family at the end.
 * Files run in their own processes, so each writes its family's counts to the tally folder.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'
import { parseSeed, type Tally } from './seeded'

declare module 'vitest' {
  export interface ProvidedContext {
    reliabilitySeed: number
    reliabilityTallyDir: string
  }
}

export default function setup(project: TestProject): () => void {
  const seed = parseSeed(process.env.CONLAB_SEED) ?? Math.floor(Math.random() * 2 ** 32)
  const tallyDir = mkdtempSync(join(tmpdir(), 'conlab-reliability-tally-'))
  console.log(`reliability: seed ${seed} (rerun with CONLAB_SEED=${seed} npm run test:reliability)`)
  project.provide('reliabilitySeed', seed)
  project.provide('reliabilityTallyDir', tallyDir)
  return () => {
    const tallies = readdirSync(tallyDir)
      .filter((name) => name.endsWith('.json'))
      .map((name) => JSON.parse(readFileSync(join(tallyDir, name), 'utf8')) as Tally)
      .sort((a, b) => a.family.localeCompare(b.family))
    rmSync(tallyDir, { recursive: true, force: true })
    const lines = tallies.map((t) => `  ${t.family.padEnd(22)} ${String(t.tried).padStart(4)} tried ${String(t.held).padStart(4)} held`)
    const tried = tallies.reduce((sum, t) => sum + t.tried, 0)
    const held = tallies.reduce((sum, t) => sum + t.held, 0)
    console.log(`reliability: seed ${seed}\n${lines.join('\n')}\n  ${'total'.padEnd(22)} ${String(tried).padStart(4)} tried ${String(held).padStart(4)} held`)
  }
}
