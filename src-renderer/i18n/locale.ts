/**
 * Which language the window speaks: the one the user picked in the header (remembered), else
 * what the system prefers. In the desktop app the main process reads Electron's
 * `app.getPreferredSystemLanguages()` and passes the result in the page address (`?lang=zh-CN`,
 * src-main/app/locale.ts); in a browser, `navigator.languages` says it.
 */
import { z } from 'zod'
import { type Locale, isLocale, pickLocale } from '../../src-shared/i18n/locales'
import { setFormatLocale } from '../format'
import { readStored, writeStored } from '../persist'
import { i18n } from '.'

const STORED_KEY = 'locale'

/** The parts of the page used here, typed locally: this file also runs under Node in tests. */
interface PageLike {
  document?: { documentElement: { lang: string }; title: string }
  location?: { search: string }
  navigator?: { languages?: readonly string[] }
}
const page = (): PageLike => globalThis as PageLike

export interface LocaleSources {
  /** What the user chose before, from storage (anything else is ignored). */
  stored: unknown
  /** The `lang` query parameter the desktop shell sets from the OS. */
  search: string
  /** The browser's preferences, most preferred first. */
  languages: readonly string[]
}

export function initialLocale({ stored, search, languages }: LocaleSources): Locale {
  if (isLocale(stored)) return stored
  const fromShell = new URLSearchParams(search).get('lang')
  return pickLocale([fromShell, ...languages])
}

/** zod's own messages for the form's validation errors ("too small: expected >= 1"), per locale. */
const ZOD_LOCALES = { en: z.locales.en, 'zh-CN': z.locales.zhCN } as const satisfies Record<Locale, () => unknown>

/**
 * Everything that follows the language: messages, numbers, the form's validation errors (zod's
 * built-in messages; the renderer bundle has its own zod, so this touches no other door),
 * `<html lang>`, the window title.
 */
export function applyLocale(locale: Locale): void {
  i18n.global.locale.value = locale
  setFormatLocale(locale)
  z.config(ZOD_LOCALES[locale]())
  const document = page().document
  if (document) {
    document.documentElement.lang = locale
    document.title = i18n.global.t('app.title')
  }
}

/** The header's switch: applied now and remembered across reloads. */
export function chooseLocale(locale: Locale): void {
  applyLocale(locale)
  writeStored(STORED_KEY, locale)
}

export function startLocale(): Locale {
  const locale = initialLocale({
    stored: readStored(STORED_KEY),
    search: page().location?.search ?? '',
    languages: page().navigator?.languages ?? [],
  })
  applyLocale(locale)
  return locale
}
