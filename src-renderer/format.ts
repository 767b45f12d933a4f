/**
 * Number formatting for figures: a few significant digits and a unit people read at a glance,
 * in the window's language (Intl.NumberFormat; units such as ms, µs, MiB stay as they are). The
 * locale is set once per switch by i18n/locale.ts rather than passed through every chart and
 * table: the screen is rebuilt on a switch (App.vue keys it by locale), so nothing keeps a number
 * formatted for the other language.
 */
import type { Locale } from '../src-shared/i18n/locales'

let locale: Locale = 'en'

export function setFormatLocale(next: Locale): void {
  locale = next
}

export function formatLocale(): Locale {
  return locale
}

/** `digits` significant digits, trailing zeros kept (like toPrecision, without exponents). */
export function precise(value: number, digits = 3): string {
  return new Intl.NumberFormat(locale, { minimumSignificantDigits: digits, maximumSignificantDigits: digits }).format(value)
}

/** Fixed decimals, grouped for the locale. */
export function fixed(value: number, decimals: number): string {
  return new Intl.NumberFormat(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value)
}

export function formatMs(ms: number | null | undefined): string {
  if (ms === null || ms === undefined || !Number.isFinite(ms)) return '–'
  if (ms < 0.001) return `${precise(ms * 1e6)} ns`
  if (ms < 1) return `${precise(ms * 1000)} µs`
  if (ms < 1000) return `${precise(ms)} ms`
  return `${precise(ms / 1000)} s`
}

export function formatUs(us: number | null | undefined): string {
  return us === null || us === undefined ? '–' : formatMs(us / 1000)
}

export function formatBytes(bytes: number | null | undefined): string {
  if (bytes === null || bytes === undefined || !Number.isFinite(bytes)) return '–'
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB']
  let value = bytes
  let unit = 0
  while (Math.abs(value) >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit++
  }
  return `${unit === 0 ? fixed(value, 0) : precise(value)} ${units[unit]}`
}

export function formatNumber(value: number | null | undefined, digits = 3): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–'
  if (Number.isInteger(value) && Math.abs(value) < 1e6) return value.toLocaleString(locale)
  return Number(value.toPrecision(digits)).toLocaleString(locale, { maximumSignificantDigits: digits })
}

/** A share as a percentage with two significant digits: `12%`. */
export function formatPercent(share: number): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumSignificantDigits: 2 }).format(share)
}

/** Time left as "1 min 20 s" / "12 s"; null while the engine has no pace yet. */
export function formatEta(ms: number | null | undefined): string | null {
  if (ms === null || ms === undefined || !Number.isFinite(ms)) return null
  const seconds = Math.max(0, Math.round(ms / 1000))
  if (seconds < 60) return `${seconds} s`
  const minutes = Math.floor(seconds / 60)
  if (minutes < 60) return `${minutes} min ${seconds % 60} s`
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`
}

export function percent(done: number, total: number): number {
  return total > 0 ? Math.min(100, Math.round((done / total) * 100)) : 0
}

/** A point's recorded settings (`point.settings`) as one line: `serialization=json, warmup=30`. */
export function settingsText(settings: Record<string, string | number | boolean> | undefined): string {
  return settings ? Object.entries(settings).map(([key, value]) => `${key}=${String(value)}`).join(', ') : ''
}
