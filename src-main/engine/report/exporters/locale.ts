/**
 * The language of one export: its catalogue look-ups and its number formats, passed down to
 * every part of an exporter so that no part picks a language of its own. The report's data never
 * depends on it; only the words and the way numbers read do.
 */
import type { Locale } from '../../../../src-shared/i18n/locales'
import { translatorFor } from '../../../../src-shared/i18n/translate'
import type { Translate } from '../../../../src-shared/workloads/define'
import { type LocaleFormat, localeFormat } from './format'

export interface ExportLocale {
  readonly locale: Locale
  /** Any catalogue key (`workloads.prime.heading`, `report.table.workers`). */
  readonly t: Translate
  /** A key of the report area (`table.workers`). */
  readonly r: Translate
  /** A key of the report area, or null when the catalogue has no such key (for optional labels). */
  readonly maybe: (key: string, params?: Record<string, string | number>) => string | null
  readonly fmt: LocaleFormat
}

const cache = new Map<Locale, ExportLocale>()

export function exportLocale(locale: Locale = 'en'): ExportLocale {
  const known = cache.get(locale)
  if (known) return known
  const t = translatorFor(locale)
  const r: Translate = (key, params) => t(`report.${key}`, params)
  const maybe = (key: string, params?: Record<string, string | number>) => {
    // The translator answers a missing key with the key itself.
    const text = r(key, params)
    return text === `report.${key}` ? null : text
  }
  const made: ExportLocale = { locale, t, r, maybe, fmt: localeFormat(locale) }
  cache.set(locale, made)
  return made
}

/** English, the default of every exporter (and the language of the stored warnings). */
export const EN: ExportLocale = exportLocale('en')

/** `{n} run` or `{n} runs`: the catalogue keeps singular and plural as two keys (`...One`, `...Many`). */
export function plural(loc: ExportLocale, key: string, n: number, params: Record<string, string | number> = {}): string {
  return loc.r(`${key}${n === 1 ? 'One' : 'Many'}`, { n: loc.fmt.number(n), ...params })
}

/**
 * A catalogue template filled with pieces that are already markup (escaped report text inside
 * tags): the template's own words are escaped first, then the placeholders are replaced.
 */
export function fillMarkup(template: string, escape: (text: string) => string, pieces: Record<string, string>): string {
  // split() with a capture group alternates the template's own text (even) and placeholder names (odd).
  return template
    .split(/\{(\w+)\}/)
    .map((part, i) => (i % 2 === 0 ? escape(part) : (pieces[part] ?? escape(`{${part}}`))))
    .join('')
}
