/**
 * How the lab writes times, ratios and sizes, in one place for the command line and every
 * exporter: fixed rules (digits, units), so a report reads the same everywhere and snapshots
 * are stable. The locale (English by default) only changes how the digits are written, through
 * Intl.NumberFormat; units (s, ms, µs, KiB, MiB, ×, %) stay as they are in every language.
 */
import type { Locale } from '../../../src-shared/i18n/locales'

const formats = new Map<string, Intl.NumberFormat>()

/** `x` with exactly `digits` decimals (no grouping: table cells stay compact), in the locale's digits. */
export function formatFixed(x: number, digits: number, locale: Locale = 'en'): string {
  // English keeps toFixed, byte for byte what every existing report and snapshot shows.
  if (locale === 'en') return x.toFixed(digits)
  const key = `${locale}/${digits}`
  let format = formats.get(key)
  if (!format) {
    format = new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: false })
    formats.set(key, format)
  }
  return format.format(x)
}

/** A whole count with the locale's group separators: 12,345. */
export function formatCount(n: number, locale: Locale = 'en'): string {
  return Math.round(n).toLocaleString(locale)
}

export function formatMs(ms: number, locale: Locale = 'en'): string {
  const f = (x: number, digits: number) => formatFixed(x, digits, locale)
  if (ms >= 10_000) return `${f(ms / 1000, 1)} s`
  if (ms >= 1000) return `${f(ms / 1000, 2)} s`
  if (ms >= 100) return `${f(ms, 0)} ms`
  if (ms >= 10) return `${f(ms, 1)} ms`
  if (ms >= 1 || ms === 0) return `${f(ms, 2)} ms`
  // Below a millisecond (IPC round trips, spawns of a warm pool) µs keep the digits that matter.
  return `${f(ms * 1000, ms >= 0.1 ? 0 : 1)} µs`
}

export function formatUs(us: number, locale: Locale = 'en'): string {
  return us >= 1000 ? formatMs(us / 1000, locale) : `${formatFixed(us, us >= 100 ? 0 : 1, locale)} µs`
}

export function formatRatio(x: number | null | undefined, locale: Locale = 'en'): string {
  return x === null || x === undefined ? '–' : `${formatFixed(x, 2, locale)}×`
}

export function formatPercent(x: number | null | undefined, locale: Locale = 'en'): string {
  return x === null || x === undefined ? '–' : `${formatFixed(Math.round(x * 100), 0, locale)}%`
}

export function formatBytes(bytes: number, locale: Locale = 'en'): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB']
  let value = bytes
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit++
  }
  // One decimal, dropped when it is 0: 64 KiB, 1.5 KiB.
  const rounded = unit === 0 ? Math.round(value) : +value.toFixed(1)
  const digits = unit === 0 || Number.isInteger(rounded) ? 0 : 1
  return `${locale === 'en' ? (unit === 0 ? value.toFixed(0) : String(rounded)) : formatFixed(rounded, digits, locale)} ${units[unit]}`
}
