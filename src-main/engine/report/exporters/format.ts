/**
 * Number formatting for every exporter. Fixed rules, no locale: the same report gives the same
 * bytes on every machine, which keeps snapshots stable and files diffable.
 */

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

/** Median ± half the 95% interval, the way every table in the lab shows a time. */
export function formatTime(stats: { median: number; ci95: readonly [number, number] }): string {
  const half = (stats.ci95[1] - stats.ci95[0]) / 2
  return `${formatMs(stats.median)} ±${formatMs(half).replace(' ', '')}`
}

/** A leaf value from a report (config option, extra figure) as plain text. */
export function formatLeaf(value: string | number | boolean | null): string {
  if (value === null) return '–'
  if (typeof value === 'number') return formatNumber(value)
  return String(value)
}
