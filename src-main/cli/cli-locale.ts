/**
 * Which language `conlab` speaks, settled before commander builds its help (so `--help` is
 * translated too): `--lang en|zh-CN` anywhere before `--`, else the POSIX locale variables in
 * their order of precedence (the first non-empty of LC_ALL, LC_MESSAGES, LANG; `C` is English).
 * Imports nothing but the locale list, so the entry (main.ts) can use it before the CLI loads.
 */
import { LOCALES, type Locale, isLocale, localeFrom } from '../../src-shared/i18n/locales'

export type LangProblem = { kind: 'bad'; value: string } | { kind: 'missing' }

export interface LangChoice {
  locale: Locale
  /** What was wrong with `--lang`; `locale` is then the environment's, for the message. */
  problem?: LangProblem
}

export const LANG_CHOICES = LOCALES.join(', ')

export function localeFromEnv(env: NodeJS.ProcessEnv): Locale {
  const tag = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value !== '')
  return localeFrom(tag) ?? 'en'
}

/** The `--lang` value typed, if any (`--lang X` or `--lang=X`; the last one wins, as in commander). */
function typedLang(argv: readonly string[]): string | { missing: true } | undefined {
  let value: string | { missing: true } | undefined
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (arg === '--') break
    if (arg.startsWith('--lang=')) value = arg.slice('--lang='.length)
    else if (arg === '--lang') {
      const next = argv[i + 1]
      value = next === undefined || next.startsWith('-') ? { missing: true } : next
      i++
    }
  }
  return value
}

export function chooseLocale(argv: readonly string[], env: NodeJS.ProcessEnv): LangChoice {
  const fromEnv = localeFromEnv(env)
  const typed = typedLang(argv)
  if (typed === undefined) return { locale: fromEnv }
  if (typeof typed !== 'string') return { locale: fromEnv, problem: { kind: 'missing' } }
  // Exact names only: `--lang zh` is a typo to name, not a guess to make silently.
  return isLocale(typed) ? { locale: typed } : { locale: fromEnv, problem: { kind: 'bad', value: typed } }
}
