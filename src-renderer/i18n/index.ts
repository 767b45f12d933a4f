/**
 * vue-i18n in Composition API mode with both catalogues; the locale is chosen at start-up
 * (./locale.ts) and switched from the header. English is the fall-back for a key a catalogue
 * lacks (the catalogue test keeps that from happening).
 */
import { createI18n } from 'vue-i18n'
import en from '../../src-shared/i18n/en'
import type { Locale } from '../../src-shared/i18n/locales'
import type { Messages } from '../../src-shared/i18n/messages'
import zhCN from '../../src-shared/i18n/zh-CN'

export type MessageSchema = Messages

export const i18n = createI18n<[MessageSchema], Locale, false>({
  legacy: false,
  locale: 'en',
  fallbackLocale: 'en',
  messages: { en, 'zh-CN': zhCN },
  // A missing key falls back to a name derived from the schema (forms/labels.ts); no console noise.
  missingWarn: false,
  fallbackWarn: false,
})

/** Translation outside components (the WebSocket transport's errors), in the current locale. */
export function translate(key: string, params: Record<string, string | number> = {}): string {
  return i18n.global.t(key, params)
}
