/** Each claim's original Chinese words and sources as the Claims screen shows them (claim-origin.ts). */
import { describe, expect, it } from 'vitest'
import { claimOrigin } from '../../../src-renderer/components/claims/claim-origin'
import { CLAIM_IDS } from '../../../src-shared/claims/claim-ids'

describe('claimOrigin', () => {
  it.each(CLAIM_IDS)('%s: the tutorial’s own words and where they are, without markdown marks', (id) => {
    const origin = claimOrigin(id)
    expect(origin.original.length).toBeGreaterThan(0)
    expect(origin.sources.length).toBeGreaterThan(0)
    for (const line of [...origin.original, ...origin.sources.map((s) => s.section)]) expect(line).not.toMatch(/[*`#]/)
    // Chinese, as written in the tutorial (never a translation).
    for (const line of origin.original) expect(line).toMatch(/\p{Script=Han}/u)
    for (const source of origin.sources) expect(source.file).toMatch(/^\d{3}$/)
  })

  it('keeps the words inside the marks', () => {
    expect(claimOrigin('cpu-processes').original[0]).toMatch(/^CPU 密集型任务：/)
  })
})
