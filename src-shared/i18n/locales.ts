/**
 * The languages the lab speaks, and how one is picked from what the system or the browser
 * prefers (`LANG`/`LC_ALL`, `navigator.languages`, Electron's locale): any Chinese preference
 * gets Simplified Chinese, anything else English.
 */
export const LOCALES = ['en', 'zh-CN'] as const
export type Locale = (typeof LOCALES)[number]

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value)
}

/** `zh_CN.UTF-8`, `zh-Hans-CN`, `zh-TW`... -> `zh-CN`; `en_US.UTF-8`, `C`, `POSIX` -> `en`. */
export function localeFrom(tag: string | undefined | null): Locale | null {
  if (!tag) return null
  const lower = tag.trim().toLowerCase()
  if (lower === '' || lower === 'c' || lower === 'posix' || lower.startsWith('c.')) return null
  if (lower.startsWith('zh')) return 'zh-CN'
  if (lower.startsWith('en')) return 'en'
  return 'en'
}

/** The first preference that names a language, or English. */
export function pickLocale(preferences: ReadonlyArray<string | undefined | null>): Locale {
  for (const preference of preferences) {
    const locale = localeFrom(preference)
    if (locale) return locale
  }
  return 'en'
}
