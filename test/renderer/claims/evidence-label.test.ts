/** The Claims evidence bars name runtimes and workloads in the reader's language, not by their schema names. */
import { describe, expect, it } from 'vitest'
import { evidenceBarLabel, type LabelNames } from '../../../src-renderer/components/claims/evidence-label'
import { CATALOGUES, translator } from '../../../src-shared/i18n/translate'
import type { Locale } from '../../../src-shared/i18n/locales'

function namesIn(locale: Locale): LabelNames {
  const tr = translator(CATALOGUES[locale])
  const t = (key: string, params: Record<string, unknown> = {}) => tr(key, params as Record<string, string | number>)
  const te = (key: string) => tr(key) !== key
  return { t, te, runtime: (n) => (te(`runtimes.${n}`) ? t(`runtimes.${n}`) : n), workload: (n) => (te(`workloads.${n}.title`) ? t(`workloads.${n}.title`) : n) }
}

describe('evidenceBarLabel', () => {
  it('names the runtimes in Chinese', () => {
    const zh = namesIn('zh-CN')
    expect(evidenceBarLabel({ code: 'runtime', params: { runtime: 'thread' } }, zh)).toBe(CATALOGUES['zh-CN'].runtimes.thread)
    expect(evidenceBarLabel({ code: 'runtimeWorkers', params: { runtime: 'process', workers: 2 } }, zh)).toBe(`${CATALOGUES['zh-CN'].runtimes.process} × 2`)
    expect(evidenceBarLabel({ code: 'workloadRuntime', params: { workload: 'prime', runtime: 'thread' } }, zh)).toBe(`${CATALOGUES['zh-CN'].workloads.prime.title}，${CATALOGUES['zh-CN'].runtimes.thread}`)
    expect(evidenceBarLabel({ code: 'runtime', params: { runtime: 'thread' } }, zh)).not.toMatch(/thread/)
  })

  it('names them in English as the rest of the screen does, and a bar without words by its runtime', () => {
    const en = namesIn('en')
    expect(evidenceBarLabel({ code: 'runtime', params: { runtime: 'thread' } }, en)).toBe(CATALOGUES.en.runtimes.thread)
    expect(evidenceBarLabel({ code: 'no-such-bar', params: { runtime: 'process' } }, en)).toBe(CATALOGUES.en.runtimes.process)
    expect(evidenceBarLabel({ code: 'no-such-bar' }, en)).toBe('no-such-bar')
  })
})
