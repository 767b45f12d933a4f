/**
 * A workload's one-line description (the heading of its table, exports and screens) names the
 * chosen variants as the form does, in the reader's language: a Chinese heading listed the English
 * ids ("变体 naive, ordered, try-backoff") until they went through the catalogue.
 */
import { describe, expect, it } from 'vitest'
import { translatorFor } from '../../src-shared/i18n/translate'
import { WORKLOADS } from '../../src-shared/workloads'

const zh = translatorFor('zh-CN')
const en = translatorFor('en')

describe('descriptions name the chosen variants in the reader’s language', () => {
  it('deadlock, livelock, race, crash isolation, daemon', () => {
    const deadlock = WORKLOADS.deadlock.schema.parse({ workload: 'deadlock' })
    expect(WORKLOADS.deadlock.describe(deadlock, zh)).toContain(zh('options.deadlock.variants.naive'))
    expect(WORKLOADS.deadlock.describe(deadlock, zh)).not.toMatch(/naive, ordered/)
    expect(WORKLOADS.deadlock.describe(deadlock, en)).toContain(en('options.deadlock.variants.naive'))
    for (const [name, needle] of [['livelock', 'fixed'], ['race', 'unsafe'], ['crash-isolation', 'oom'], ['daemon', 'sigkill']] as const) {
      const options = WORKLOADS[name].schema.parse({ workload: name })
      expect(WORKLOADS[name].describe(options as never, zh), name).not.toMatch(new RegExp(`\\b${needle}\\b`))
    }
  })
})
