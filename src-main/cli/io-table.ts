/**
 * What the I/O workloads add to `conlab run`'s table: throughput and p99 latency columns, their
 * configuration in a line, the checksum check, and libuv's pool size per runtime (it bounds async
 * fs parallelism, so a reader must see it next to the figures).
 */
import type { Point, Run } from '../../src-shared/report'
import { formatUs } from './format'

export const IO_WORKLOAD_TITLES: Record<string, string> = {
  'file-io': 'File I/O (I/O-bound: disk and page cache)',
  'network-fetch': 'Network fetch (I/O-bound: waiting on a server)',
}

/** Column headers added per runtime when the points carry throughput. */
export const IO_HEADERS = ['throughput', 'p99'] as const

export function isIoRuns(runs: Run[]): boolean {
  return runs.some((r) => r.points.some((p) => p.throughput !== undefined))
}

function size(bytes: unknown): string {
  if (typeof bytes !== 'number') return '?'
  if (bytes >= 1024 ** 2 && bytes % 1024 ** 2 === 0) return `${bytes / 1024 ** 2} MiB`
  if (bytes >= 1024 && bytes % 1024 === 0) return `${bytes / 1024} KiB`
  return `${bytes} B`
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

export function describeIoConfig(run: Run): string | null {
  const c = run.config
  if (run.workload === 'file-io') {
    const mode = c.readOnly ? 'read only' : 'write + read back'
    return `${c.tasks} tasks × ${c.files} files of ${size(c.fileSize)}, blocks of ${size(c.blockSize)}, ${c.fsApi} fs API, ${mode}${c.fsync ? ', fsync' : ''}`
  }
  if (run.workload === 'network-fetch') {
    const target = typeof c.url === 'string' ? c.url : `loopback server, ${size(c.payloadSize)} answers after ${c.latencyMs} ms${c.jitterMs ? ` + 0–${c.jitterMs} ms jitter` : ''}`
    return `${c.tasks} tasks × ${c.requests} requests, ${c.inFlight} in flight per task, ${target}`
  }
  return null
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
