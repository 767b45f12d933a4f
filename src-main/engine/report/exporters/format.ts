/**
 * Number formatting for every exporter. Fixed rules: the same report gives the same bytes on
 * every machine, which keeps snapshots stable and files diffable. English uses the rules as they
 * are; another language gets the same digits re-written by `Intl.NumberFormat` for its locale
 * (`localeFormat`), so a locale changes how a number reads, never how precise it is.
 */
import type { Locale } from '../../../../src-shared/i18n/locales'

import { formatBytes, formatMs, formatPercent, formatRatio, formatUs } from '../../format/units'

export { formatBytes, formatMs, formatPercent, formatRatio, formatUs }

export function formatNumber(x: number): string {
  if (!Number.isFinite(x)) return '–'
  const abs = Math.abs(x)
  if (Number.isInteger(x) && abs < 1e15) return String(x)
  if (abs >= 1000) return Math.round(x).toString()
  if (abs >= 100) return x.toFixed(0)
  if (abs >= 10) return x.toFixed(1)
  if (abs >= 0.01) return x.toFixed(2)
  return x.toPrecision(2)
}

export function formatInterval(ci: readonly [number, number] | null | undefined, digits = 2): string {
  return ci ? `[${ci[0].toFixed(digits)}–${ci[1].toFixed(digits)}]` : ''
}

/**
 * The median and its 95% interval, `12.3 ms [11.9 ms–13.1 ms]`: an interval of a median (or from
 * the log scale) is asymmetric, so it is never written as ± half its width; a time is never negative.
 */
export function formatTime(stats: { median: number; ci95: readonly [number, number] }): string {
  return `${formatMs(stats.median)} [${formatMs(Math.max(0, stats.ci95[0]))}–${formatMs(Math.max(0, stats.ci95[1]))}]`
}

/** A leaf value from a report (config option, extra figure) as plain text. */
export function formatLeaf(value: string | number | boolean | null): string {
  if (value === null) return '–'
  if (typeof value === 'number') return formatNumber(value)
  return String(value)
}

/** Every way an exporter writes a number, for one language. */
export interface LocaleFormat {
  number: (x: number) => string
  ms: (ms: number) => string
  us: (us: number) => string
  ratio: (x: number | null | undefined) => string
  percent: (x: number | null | undefined) => string
  bytes: (bytes: number) => string
  interval: (ci: readonly [number, number] | null | undefined, digits?: number) => string
  time: (stats: { median: number; ci95: readonly [number, number] }) => string
  leaf: (value: string | number | boolean | null) => string
  /** `x.toFixed(digits)`, written for the locale. */
  fixed: (x: number, digits: number) => string
}

const EN_FORMAT: LocaleFormat = {
  number: formatNumber,
  ms: formatMs,
  us: formatUs,
  ratio: formatRatio,
  percent: formatPercent,
  bytes: formatBytes,
  interval: formatInterval,
  time: formatTime,
  leaf: formatLeaf,
  fixed: (x, digits) => x.toFixed(digits),
}

/**
 * Re-writes every plain decimal number in a text the fixed rules produced (`1234567.5 ms`) for a
 * locale (`1,234,567.5 ms`), keeping its number of decimals. Only for texts made of our own
 * formatted numbers and units: a free text from a report (a version, a name) is never passed in.
 */
function localizeDigits(locale: Locale): (text: string) => string {
  const formats = new Map<number, Intl.NumberFormat>()
  const formatWith = (decimals: number) => {
    let format = formats.get(decimals)
    if (!format) {
      format = new Intl.NumberFormat(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals })
      formats.set(decimals, format)
    }
    return format
  }
  return (text) => text.replace(/\d+(?:\.(\d+))?/g, (digits, decimals: string | undefined) => formatWith(decimals?.length ?? 0).format(Number(digits)))
}

export function localeFormat(locale: Locale): LocaleFormat {
  if (locale === 'en') return EN_FORMAT
  const local = localizeDigits(locale)
  const wrap = <A extends unknown[]>(f: (...args: A) => string) => (...args: A) => local(f(...args))
  return {
    number: wrap(formatNumber),
    ms: wrap(formatMs),
    us: wrap(formatUs),
    ratio: wrap(formatRatio),
    percent: wrap(formatPercent),
    bytes: wrap(formatBytes),
    interval: wrap(formatInterval),
    time: wrap(formatTime),
    // Text leaves are report data (names, versions): only numbers are re-written.
    leaf: (value) => (typeof value === 'number' ? local(formatLeaf(value)) : formatLeaf(value)),
    fixed: (x, digits) => local(x.toFixed(digits)),
  }
}
