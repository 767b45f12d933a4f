/**
 * The desktop app's language comes from the OS: Electron's preferred system languages (then its
 * own locale, which follows `--lang` and the OS), reduced to one of ours by the same rule the CLI
 * and the browser use. It reaches the renderer in the page address (`?lang=zh-CN`): read before
 * the first render with no IPC round trip, and ignored by the app protocol, which serves paths.
 * A language picked in the window's own switch is remembered there and wins over this.
 */
import { type Locale, pickLocale } from '../../src-shared/i18n/locales'

/** The members of Electron's `app` used here (after `ready`: getLocale is empty before). */
export interface LocaleSource {
  getPreferredSystemLanguages(): string[]
  getLocale(): string
}

export function systemLocale(source: LocaleSource): Locale {
  return pickLocale([...source.getPreferredSystemLanguages(), source.getLocale()])
}

/** The renderer's entry address with the language in its query. */
export function withLocale(entryUrl: string, locale: Locale): string {
  const url = new URL(entryUrl)
  url.searchParams.set('lang', locale)
  return url.toString()
}
