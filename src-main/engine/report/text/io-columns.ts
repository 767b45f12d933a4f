/**
 * What the I/O workloads add to the sweep table: throughput and p99 latency columns, the checksum
 * check, and libuv's pool size per runtime (it bounds async fs parallelism, so a reader must see
 * it next to the figures). Chosen by what the points carry, not by workload name.
 */
import type { Point, Run } from '../../../../src-shared/report'
import { formatUs } from './columns'

/** Column headers added per runtime when the points carry throughput. */
export const IO_HEADERS = ['throughput', 'p99'] as const

export function isIoRuns(runs: Run[]): boolean {
  return runs.some((r) => r.points.some((p) => p.throughput !== undefined))
}

export function formatThroughput(p: Point | undefined): string {
  if (!p?.throughput) return '–'
  const { value, unit } = p.throughput
  const shown = value >= 1000 ? Math.round(value).toLocaleString('en') : value.toFixed(value >= 100 ? 0 : 1)
  return `${shown} ${unit === 'requests/s' ? 'req/s' : unit}`
}

export function ioCells(p: Point | undefined): string[] {
  return [formatThroughput(p), p?.latencyUs ? formatUs(p.latencyUs.p99) : '–']
}

/** The check line for checksum-verified and user-URL runs; null for other sources. */
export function ioCheckText(source: string, expected: number | null): string | null {
  if (source === 'checksum') return `every byte verified by CRC-32 (${expected} bytes per repetition) ✓`
  if (source === 'none') return 'every request answered 2xx with its announced length ✓ (nothing else is known about the body)'
  return null
}

/**
 * libuv's pool size as each runtime reported it, under file I/O only: the report records it for
 * network fetch too, but there the pool does nothing for a numeric loopback address.
 */
export function uvPoolLine(runs: Run[]): string | null {
  if (runs[0]?.workload !== 'file-io') return null
  const sizes = runs.filter((r) => r.settings.uvThreadpoolSize !== undefined).map((r) => `${r.runtime} ${r.settings.uvThreadpoolSize}`)
  return sizes.length > 0 ? `libuv thread pool (UV_THREADPOOL_SIZE, bounds async fs calls per process): ${sizes.join(', ')}` : null
}
