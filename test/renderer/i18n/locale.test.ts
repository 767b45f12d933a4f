/**
 * The window's language: the user's remembered choice, else the desktop shell's `?lang=`, else
 * the browser's preferences; numbers follow it. Runs the real vue-i18n instance and format.ts.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { formatBytes, formatMs, formatNumber, formatPercent } from '../../../src-renderer/format'
import { hasMessages, translate } from '../../../src-renderer/i18n'
import { applyLocale, initialLocale, loadLocale, startLocale } from '../../../src-renderer/i18n/locale'

// zod's messages are fetched with the first language (src-renderer/i18n/locale.ts).
beforeAll(() => loadLocale('en'))
afterEach(() => applyLocale('en'))

/**
 * Runs first (the file's tests run in order): only English is in the first chunk, and Chinese
 * is fetched before it is applied, so a Chinese window never speaks English first.
 */
describe('loading a language', () => {
  it('starts with English only and refuses a language whose catalogue is not loaded', () => {
    expect(hasMessages('en')).toBe(true)
    expect(hasMessages('zh-CN')).toBe(false)
    expect(() => applyLocale('zh-CN')).toThrow(/catalogue is not loaded/)
  })

  it('fetches the catalogue the window asks for before applying it', async () => {
    const page = globalThis as { location?: unknown }
    const before = page.location
    page.location = { search: '?lang=zh-CN' }
    try {
      expect(await startLocale()).toBe('zh-CN')
    } finally {
      page.location = before
    }
    expect(hasMessages('zh-CN')).toBe(true)
    expect(translate('connection.lost')).toBe('与实验室服务器的连接已断开')
  })
})

describe('initialLocale', () => {
  it('takes the browser’s first language when nothing was chosen', () => {
    expect(initialLocale({ stored: undefined, search: '', languages: ['zh-CN', 'en'] })).toBe('zh-CN')
    expect(initialLocale({ stored: undefined, search: '', languages: ['en-US', 'zh-CN'] })).toBe('en')
    expect(initialLocale({ stored: undefined, search: '', languages: [] })).toBe('en')
  })

  it('takes the desktop shell’s ?lang= over the browser engine’s own list', () => {
    expect(initialLocale({ stored: undefined, search: '?lang=zh-CN', languages: ['en-US'] })).toBe('zh-CN')
  })

  it('keeps the language the user picked, and ignores a stored value it does not know', () => {
    expect(initialLocale({ stored: 'en', search: '?lang=zh-CN', languages: ['zh-CN'] })).toBe('en')
    expect(initialLocale({ stored: 'klingon', search: '', languages: ['zh-TW'] })).toBe('zh-CN')
  })
})

describe('applyLocale', () => {
  beforeAll(() => loadLocale('zh-CN'))

  it('switches messages outside components (the WebSocket errors) and number formats', () => {
    applyLocale('zh-CN')
    expect(translate('connection.lost')).toBe('与实验室服务器的连接已断开')
    expect(translate('queue.eta', { eta: '12 s' })).toBe('大约还剩 12 s')
    applyLocale('en')
    expect(translate('queue.eta', { eta: '12 s' })).toBe('About 12 s left')
  })

  it('gives the form zod’s validation messages in the window’s language', () => {
    applyLocale('zh-CN')
    expect(z.number().min(1).safeParse(0).error?.issues[0]?.message).toMatch(/[\u4e00-\u9fff]/)
    applyLocale('en')
    expect(z.number().min(1).safeParse(0).error?.issues[0]?.message).toMatch(/^Too small/)
  })

  it('formats numbers with the locale and keeps the units', () => {
    applyLocale('en')
    expect([formatMs(1.5), formatBytes(2048), formatNumber(12345), formatPercent(0.123)]).toEqual(['1.50 ms', '2.00 KiB', '12,345', '12%'])
    applyLocale('zh-CN')
    // Chinese uses the same digits and separators; what matters is that Intl gets the locale.
    expect([formatMs(0.25), formatBytes(512), formatNumber(1234567.8)]).toEqual(['250 µs', '512 B', '1,230,000'])
  })
})
