/**
 * The renderer's own message compiler (src-renderer/i18n/compile.ts) against vue-i18n's: every
 * text of both catalogues, its placeholders filled, must come out the same, so dropping
 * vue-i18n's compiler from the bundle changes no word on screen.
 */
import { describe, expect, it } from 'vitest'
import { createI18n } from 'vue-i18n'
import en from '../../../src-shared/i18n/en'
import zhCN from '../../../src-shared/i18n/zh-CN'
import { compilePlaceholders } from '../../../src-renderer/i18n/compile'
import { flatten } from '../../shared/catalogue-tree'

const messages = { en, 'zh-CN': zhCN }
const options = { legacy: false, locale: 'en', fallbackLocale: 'en', messages, missingWarn: false, fallbackWarn: false } as const
const ours = createI18n({ ...options, messageCompiler: compilePlaceholders }).global
const theirs = createI18n(options).global

describe('compilePlaceholders', () => {
  for (const locale of ['en', 'zh-CN'] as const) {
    it(`gives vue-i18n's own result for every ${locale} text`, () => {
      const texts = flatten(messages[locale])
      expect(texts.size).toBeGreaterThan(100)
      for (const [key, text] of texts) {
        const params = Object.fromEntries([...text.matchAll(/\{(\w+)\}/g)].map((m, i) => [m[1]!, i % 2 === 0 ? `<${m[1]}>` : i * 1000]))
        expect(ours.t(key, params, { locale }), key).toBe(theirs.t(key, params, { locale }))
      }
    })
  }

  it('shows a missing parameter, a list, an object and a date as vue-i18n does', () => {
    const catalogue = { en: { a: 'x {n} y {m}' } }
    const compiled = createI18n({ ...options, messages: catalogue, messageCompiler: compilePlaceholders }).global
    const reference = createI18n({ ...options, messages: catalogue }).global
    for (const params of [{ n: 1 }, { n: [1, 2], m: 'z' }, { n: { k: 1 }, m: new Date(0) }]) expect(compiled.t('a', params)).toBe(reference.t('a', params))
    expect(compiled.t('a', { n: 1 })).toBe('x 1 y ')
  })
})
