/** Every warning has a short name in both languages: the result panel showed the raw code ("cpu-used-by-others:"). */
import { describe, expect, it } from 'vitest'
import { WARNING_CODES } from '../../../src-shared/report'
import { CATALOGUES } from '../../../src-shared/i18n/translate'
import { LOCALES } from '../../../src-shared/i18n/locales'

describe('warning titles', () => {
  for (const locale of LOCALES) {
    it(`names every warning code in ${locale}, in words rather than the code`, () => {
      const titles: Record<string, string> = CATALOGUES[locale].result.warningTitle
      for (const code of WARNING_CODES) {
        expect(titles[code], `${locale} ${code}`).toBeTruthy()
        expect(titles[code], `${locale} ${code}`).not.toBe(code)
      }
    })
  }

  it('says them in Chinese', () => {
    expect(CATALOGUES['zh-CN'].result.warningTitle['cpu-used-by-others']).toMatch(/[\u4e00-\u9fff]/)
  })
})
