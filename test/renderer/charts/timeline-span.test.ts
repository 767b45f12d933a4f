/** The timeline's spans are named in the reader's language ("task 1" is the engine's record, not a label). */
import { describe, expect, it } from 'vitest'
import { spanLabel } from '../../../src-renderer/charts/timeline-series'
import { CATALOGUES, translator } from '../../../src-shared/i18n/translate'

describe('spanLabel', () => {
  it('names a sweep task in Chinese and in English', () => {
    const zh = translator(CATALOGUES['zh-CN'])
    const en = translator(CATALOGUES.en)
    expect(spanLabel('task 12', zh)).toBe('任务 12')
    expect(spanLabel('task 1', en)).toBe('task 1')
  })

  it('shows any other recorded label as it is', () => {
    const zh = translator(CATALOGUES['zh-CN'])
    expect(spanLabel('chunk [2, 500)', zh)).toBe('chunk [2, 500)')
    expect(spanLabel(undefined, zh)).toBe('')
  })
})
