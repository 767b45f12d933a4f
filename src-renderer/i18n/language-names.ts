/**
 * The language switch's options: each language named in its own words (English, 简体中文)
 * whatever the window speaks. The names are read from the catalogue in use, which carries every
 * language's own name: asking a not-yet-fetched catalogue for its name (vue-i18n's `{ locale }`
 * option) falls back to English, and the zh-CN option read "English" on an English page.
 */
import { LOCALES, type Locale } from '../../src-shared/i18n/locales'

export interface LanguageOption {
  readonly value: Locale
  readonly name: string
}

export function languageOptions(t: (key: string) => string): LanguageOption[] {
  return LOCALES.map((value) => ({ value, name: t(`app.languageNames.${value}`) }))
}
