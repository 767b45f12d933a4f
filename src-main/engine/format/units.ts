/**
 * How the lab writes times, ratios and sizes, in one place for the command line and every
 * exporter: fixed rules, no locale, so a report reads the same everywhere and snapshots are stable.
 */

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
  // One decimal, dropped when it is 0: 64 KiB, 1.5 KiB.
  return `${unit === 0 ? value.toFixed(0) : +value.toFixed(1)} ${units[unit]}`
}
