/**
 * The language a text table or CLI message is printed in: the catalogue's translator and the
 * locale its numbers are formatted for. Chosen once per command (cli-main.ts) and passed down,
 * never held in a global, so one process can print two languages (tests do).
 */
import type { Locale } from '../../../../src-shared/i18n/locales'
import { translateEn, translatorFor } from '../../../../src-shared/i18n/translate'
import type { Translate } from '../../../../src-shared/workloads/define'

export interface Wording {
  readonly locale: Locale
  readonly t: Translate
}

export const ENGLISH: Wording = { locale: 'en', t: translateEn }

/** A key the locale's catalogue lacks reads in English rather than as the bare key. */
function withEnglishFallback(t: Translate): Translate {
  return (key, params) => {
    const text = t(key, params)
    return text === key ? translateEn(key, params) : text
  }
}

export function wordingFor(locale: Locale): Wording {
  return locale === 'en' ? ENGLISH : { locale, t: withEnglishFallback(translatorFor(locale)) }
}
