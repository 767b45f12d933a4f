/** The evidence chart beside a verdict: runtime bars in their runtime's colour, intervals as whiskers, counts "k of R". */
import { describe, expect, it } from 'vitest'
import type { ClaimEvidence } from '../../../src-shared/claims/claim-verdict'
import { RUNTIME_STYLE } from '../../../src-shared/runtime-style'
import { type EvidenceWords, evidenceBars, evidenceConfig, evidenceTable } from '../../../src-renderer/charts/claim-evidence'
import { LIGHT } from '../../../src-renderer/charts/palette'

const words: EvidenceWords = {
  bar: (label) => `${label.code}${label.params?.runtime ? `:${String(label.params.runtime)}` : ''}`,
  unit: 'ms',
  columns: { bar: 'bar', value: 'value', interval: 'interval' },
  countOf: (value, of) => `${value}/${of}`,
}

describe('claim evidence chart', () => {
  const evidence: ClaimEvidence = {
    unit: 'ms',
    bars: [
      { label: { code: 'runtime', params: { runtime: 'thread' } }, value: 10, interval: [9, 11] },
      { label: { code: 'runtime', params: { runtime: 'process' } }, value: 30, interval: [25, 35] },
      { label: { code: 'globalLock' }, value: 20 },
    ],
  }

  it('colours a runtime bar as the runtime and draws its interval', () => {
    const bars = evidenceBars(evidence, LIGHT, words)
    expect(bars.map((b) => b.color)).toEqual([RUNTIME_STYLE.thread.light, RUNTIME_STYLE.process.light, LIGHT.series[0]])
    const config = evidenceConfig(bars, LIGHT, words)
    expect(config.data.datasets[0]?.data).toEqual([10, 30, 20])
    expect(config.options?.plugins?.errorBars?.intervals?.[0]).toEqual([[9, 11], [25, 35], null])
    expect(evidenceTable(bars, words).rows.map((r) => r[0])).toEqual(['runtime:thread', 'runtime:process', 'globalLock'])
  })

  it('ends a count axis at the repetitions and says "k of R"', () => {
    const counts: ClaimEvidence = { unit: 'count', bars: [{ label: { code: 'deadlocked' }, value: 5, of: 5 }, { label: { code: 'ordered' }, value: 0, of: 5 }] }
    const bars = evidenceBars(counts, LIGHT, words)
    const config = evidenceConfig(bars, LIGHT, words)
    expect((config.options?.scales?.y as { max?: number }).max).toBe(5)
    expect(evidenceTable(bars, words).rows.map((r) => r[1])).toEqual(['5/5', '0/5'])
  })
})
