/**
 * Number formatting for every exporter. Fixed rules, no locale: the same report gives the same
 * bytes on every machine, which keeps snapshots stable and files diffable.
 */

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

export function formatMs(ms: number): string {
  if (ms >= 10_000) return `${(ms / 1000).toFixed(1)} s`
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`
  if (ms >= 100) return `${ms.toFixed(0)} ms`
  if (ms >= 10) return `${ms.toFixed(1)} ms`
  if (ms >= 1 || ms === 0) return `${ms.toFixed(2)} ms`
  // Below a millisecond (IPC round trips, spawns of a warm pool) µs keep the digits that matter.
  return `${(ms * 1000).toFixed(ms >= 0.1 ? 0 : 1)} µs`
}

export function formatUs(us: number): string {
  return us >= 1000 ? formatMs(us / 1000) : `${us.toFixed(us >= 100 ? 0 : 1)} µs`
}

export function formatRatio(x: number | null | undefined): string {
  return x === null || x === undefined ? '–' : `${x.toFixed(2)}×`
}

export function formatInterval(ci: readonly [number, number] | null | undefined, digits = 2): string {
  return ci ? `[${ci[0].toFixed(digits)}–${ci[1].toFixed(digits)}]` : ''
}

export function formatPercent(x: number | null | undefined): string {
  return x === null || x === undefined ? '–' : `${Math.round(x * 100)}%`
}

export function formatBytes(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB']
  let value = bytes
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit++
  }
  return `${unit === 0 ? value.toFixed(0) : value.toFixed(1)} ${units[unit]}`
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
