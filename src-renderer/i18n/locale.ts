/**
 * Which language the window speaks: the one the user picked in the header (remembered), else
 * what the system prefers. In the desktop app the main process reads Electron's
 * `app.getPreferredSystemLanguages()` and passes the result in the page address (`?lang=zh-CN`,
 * src-main/app/locale.ts); in a browser, `navigator.languages` says it.
 */
import { type Locale, isLocale, pickLocale } from '../../src-shared/i18n/locales'
import { assertNever } from '../../src-shared/protocol'
import { setFormatLocale } from '../format'
import { readStored, writeStored } from '../persist'
import { hasMessages, i18n, loadMessages } from '.'

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

type ZodLocale = typeof import('./zod-locale')
let zodLocale: ZodLocale | null = null
let zodLoading: Promise<ZodLocale> | null = null

/**
 * Fetches what a language needs before it can be shown: its catalogue (only English is in the
 * first chunk) and zod's messages for the form. Call it before `applyLocale`.
 */
export async function loadLocale(locale: Locale): Promise<void> {
  zodLoading ??= import('./zod-locale').catch((error: unknown) => {
    zodLoading = null
    throw error
  })
  const [zod] = await Promise.all([zodLoading, loadMessages(locale)])
  zodLocale = zod
}

/**
 * Everything that follows the language: messages, numbers, the form's validation errors (zod's
 * built-in messages), `<html lang>`, the window title. The language must be loaded
 * (`loadLocale`): applied without its catalogue, the page would quietly speak English.
 */
export function applyLocale(locale: Locale): void {
  // A caller that skipped loadLocale: a bug, said as such rather than shown as English.
  if (!hasMessages(locale) || !zodLocale) assertNever(locale as never, 'language: its catalogue is not loaded (await loadLocale first)')
  i18n.global.locale.value = locale
  setFormatLocale(locale)
  zodLocale.applyZodLocale(locale)
  const document = page().document
  if (document) {
    document.documentElement.lang = locale
    document.title = i18n.global.t('app.title')
  }
}

/** The switch asked for last: a slow catalogue must not win over a later choice. */
let wanted: Locale = 'en'

/** The header's switch: applied once its catalogue is here, and remembered across reloads. */
export async function chooseLocale(locale: Locale): Promise<void> {
  wanted = locale
  writeStored(STORED_KEY, locale)
  await loadLocale(locale)
  if (wanted === locale) applyLocale(locale)
}

/** How long the first paint waits for a catalogue before it speaks English instead. */
export const LOCALE_WAIT_MS = 5000

/**
 * The window's language at start, applied before the app mounts so that a Chinese window never
 * shows English first. A catalogue that does not arrive within LOCALE_WAIT_MS (or fails) leaves
 * the page in English rather than blank; if it arrives later it is applied then, unless the user
 * picked another language meanwhile.
 */
export async function startLocale(): Promise<Locale> {
  const locale = initialLocale({
    stored: readStored(STORED_KEY),
    search: page().location?.search ?? '',
    languages: page().navigator?.languages ?? [],
  })
  wanted = locale
  let timer: ReturnType<typeof setTimeout> | undefined
  const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), LOCALE_WAIT_MS)))
  const loaded = loadLocale(locale).then(() => 'loaded' as const)
  const first = await Promise.race([loaded, late]).catch(() => 'failed' as const)
  clearTimeout(timer)
  if (first === 'loaded') {
    applyLocale(locale)
    return locale
  }
  await loadLocale('en')
  applyLocale('en')
  if (first === 'late') void loaded.then(() => wanted === locale && applyLocale(locale), () => undefined)
  return 'en'
}
