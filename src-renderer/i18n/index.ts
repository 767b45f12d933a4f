/**
 * vue-i18n in Composition API mode. English is in the first chunk (it is the fall-back for a key
 * a catalogue lacks, and what most windows speak); any other catalogue is its own chunk, loaded
 * by `loadMessages` when the window speaks it (./locale.ts waits for it before the first paint):
 * parsing and building every catalogue at page load lengthened the one long start-up task
 * (issue 13: no task over 50 ms).
 */
import { createI18n } from 'vue-i18n'
import en from '../../src-shared/i18n/en'
import type { Locale } from '../../src-shared/i18n/locales'
import type { Messages } from '../../src-shared/i18n/messages'
import { compilePlaceholders } from './compile'

export type MessageSchema = Messages

export const i18n = createI18n<[MessageSchema], Locale, false>({
  legacy: false,
  locale: 'en',
  fallbackLocale: 'en',
  // vue-i18n's types want every locale up front; the others arrive through `loadMessages`.
  messages: { en } as Record<Locale, MessageSchema>,
  // A missing key falls back to a name derived from the schema (forms/labels.ts); no console noise.
  missingWarn: false,
  fallbackWarn: false,
  messageCompiler: compilePlaceholders,
})

/** The catalogues fetched on demand, one chunk each (the compiler asks for a new locale here). */
const LAZY_CATALOGUES: { readonly [K in Exclude<Locale, 'en'>]: () => Promise<{ default: MessageSchema }> } = {
  'zh-CN': () => import('../../src-shared/i18n/zh-CN'),
}

const loading = new Map<Locale, Promise<void>>()

/** Fetches a catalogue once (a failed fetch may be tried again); English is always there. */
export function loadMessages(locale: Locale): Promise<void> {
  if (locale === 'en' || hasMessages(locale)) return Promise.resolve()
  let pending = loading.get(locale)
  if (!pending) {
    pending = LAZY_CATALOGUES[locale]().then(
      ({ default: messages }) => i18n.global.setLocaleMessage(locale, messages),
      (error: unknown) => {
        loading.delete(locale)
        throw error
      },
    )
    loading.set(locale, pending)
  }
  return pending
}

export function hasMessages(locale: Locale): boolean {
  return i18n.global.availableLocales.includes(locale)
}

/** Translation outside components (the WebSocket transport's errors), in the current locale. */
export function translate(key: string, params: Record<string, string | number> = {}): string {
  return i18n.global.t(key, params)
}
