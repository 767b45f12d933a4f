/** The desktop app's language from Electron's system languages, passed in the page address. */
import { describe, expect, it } from 'vitest'
import { systemLocale, withLocale } from '../../src-main/app/locale'
import { APP_ENTRY_URL } from '../../src-main/app/security'

const electronApp = (languages: string[], locale: string) => ({ getPreferredSystemLanguages: () => languages, getLocale: () => locale })

describe('the desktop locale', () => {
  it('follows the first system language, then Electron’s own locale', () => {
    expect(systemLocale(electronApp(['zh-Hans-CN', 'en-US'], 'en-US'))).toBe('zh-CN')
    expect(systemLocale(electronApp(['en-GB', 'zh-CN'], 'zh-CN'))).toBe('en')
    expect(systemLocale(electronApp([], 'zh-CN'))).toBe('zh-CN')
    expect(systemLocale(electronApp([], ''))).toBe('en')
  })

  it('reaches the renderer as ?lang= on the entry address, the path untouched', () => {
    expect(withLocale(APP_ENTRY_URL, 'zh-CN')).toBe(`${APP_ENTRY_URL}?lang=zh-CN`)
    expect(new URL(withLocale('http://localhost:5173/', 'en')).pathname).toBe('/')
  })
})
