/**
 * The language switch names each language in its own words, whatever the window speaks, and
 * before the other language's catalogue (its own chunk) is fetched. Runs the real vue-i18n instance.
 */
import { afterAll, describe, expect, it } from 'vitest'
import { hasMessages, translate } from '../../../src-renderer/i18n'
import { languageOptions } from '../../../src-renderer/i18n/language-names'
import { applyLocale, loadLocale } from '../../../src-renderer/i18n/locale'

afterAll(() => applyLocale('en'))

const OWN_NAMES = [
  { value: 'en', name: 'English' },
  { value: 'zh-CN', name: '简体中文' },
]

describe('languageOptions', () => {
  it('on an English page, with only English loaded, offers 简体中文 by its own name', async () => {
    await loadLocale('en')
    expect(hasMessages('zh-CN')).toBe(false)
    expect(languageOptions((key) => translate(key))).toEqual(OWN_NAMES)
  })

  it('on a Chinese page, still offers English as English', async () => {
    await loadLocale('zh-CN')
    applyLocale('zh-CN')
    expect(languageOptions((key) => translate(key))).toEqual(OWN_NAMES)
  })
})
