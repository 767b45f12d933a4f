/**
 * The claim catalogue is complete: every claim has the tutorial's own words (found verbatim in
 * the tutorial where the seeds are at hand), its source, a plan or the reason it has none, a
 * verdict rule, and its texts in both languages with the same placeholders.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CLAIM_CATALOGUE } from '../../src-shared/claims/claim-catalogue'
import { CLAIM_IDS } from '../../src-shared/claims/claim-ids'
import { WORKLOAD_NAMES } from '../../src-shared/config'
import en from '../../src-shared/i18n/en-claims'
import zh from '../../src-shared/i18n/zh-CN-claims'
import { CLAIM_PLANS } from '../../src-main/engine/claims/plans'
import { CLAIM_RULES } from '../../src-main/engine/claims/decide'
import type { PythonInterpreter } from '../../src-shared/python'

const PYTHON: PythonInterpreter = { command: 'python3', args: [], source: 'path', executable: '/usr/bin/python3', version: '3.11.2', implementation: 'CPython', gilEnabled: true, freeThreaded: false, startMethods: ['fork', 'spawn', 'forkserver'] }

/** The tutorials live beside the project (../shared/seeds from the main checkout); worktrees may not have them. */
const SEEDS = [join(import.meta.dirname, '../../../shared/seeds'), '/work/shared/seeds'].find((dir) => existsSync(dir))
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
const CJK = /[\u3400-\u9fff]/

describe('the claim catalogue', () => {
  it.each(CLAIM_IDS)('%s has its source, original words, experiment, plan and rule', (id) => {
    const entry = CLAIM_CATALOGUE[id]
    expect(entry.sources.length).toBeGreaterThan(0)
    for (const quote of entry.original) expect(quote).toMatch(CJK)
    for (const w of entry.workloads) expect(WORKLOAD_NAMES).toContain(w)
    // Its plan runs the experiments the catalogue names (with an interpreter: every plan is then non-empty).
    const planned = CLAIM_PLANS[id].configs({ cores: 2, pythons: [PYTHON] }).map((c) => c.workload.workload)
    expect(new Set(planned)).toEqual(new Set(entry.workloads))
    expect(typeof CLAIM_RULES[id]).toBe('function')
  })

  it.skipIf(SEEDS === undefined)('quotes the tutorials verbatim, under the section named', () => {
    for (const id of CLAIM_IDS) {
      const { sources, original } = CLAIM_CATALOGUE[id]
      const texts = sources.map((s) => readFileSync(join(SEEDS!, s.file), 'utf8'))
      for (const s of sources) expect(readFileSync(join(SEEDS!, s.file), 'utf8'), `${id}: ${s.section}`).toContain(s.section)
      for (const quote of original) expect(texts.some((t) => t.includes(quote)), `${id}: ${quote}`).toBe(true)
    }
  })

  it.each(CLAIM_IDS)('%s has a title, a quote and an explanation in English and Chinese; the Chinese quote is the original', (id) => {
    for (const field of ['title', 'quote', 'why'] as const) {
      expect(en.claim[id][field].length, `${id}.${field}`).toBeGreaterThan(10)
      expect(zh.claim[id][field].length).toBeGreaterThan(5)
    }
    expect(en.claim[id].quote).not.toMatch(CJK)
    for (const quote of CLAIM_CATALOGUE[id].original) expect(zh.claim[id].quote).toContain(quote)
  })

  it('has the same codes and placeholders in both languages for every reason, figure and bar', () => {
    for (const area of ['because', 'figure', 'bar', 'verdicts'] as const) {
      const enArea: Record<string, string> = en[area]
      const zhArea: Record<string, string> = zh[area]
      expect(Object.keys(zhArea).sort()).toEqual(Object.keys(enArea).sort())
      for (const [code, text] of Object.entries(enArea)) expect(placeholders(zhArea[code]!), `${area}.${code}`).toEqual(placeholders(text))
    }
  })
})
