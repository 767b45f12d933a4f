/**
 * What the I/O workloads add to the sweep table: throughput and p99 latency columns, the checksum
 * check, and libuv's pool size per runtime (it bounds async fs parallelism, so a reader must see
 * it next to the figures). Chosen by what the points carry, not by workload name.
 */
import type { Point, Run } from '../../../../src-shared/report'
import { ENGLISH, type Wording, formatCount, formatFixed, formatUs } from './columns'

/** Column headers added per runtime when the points carry throughput. */
export function ioHeaders({ t }: Wording = ENGLISH): string[] {
  return [t('cli.table.throughput'), t('cli.table.p99')]
}

export function isIoRuns(runs: Run[]): boolean {
  return runs.some((r) => r.points.some((p) => p.throughput !== undefined))
}

export function formatThroughput(p: Point | undefined, w: Wording = ENGLISH): string {
  if (!p?.throughput) return '–'
  const { value, unit } = p.throughput
  const shown = value >= 1000 ? formatCount(value, w.locale) : formatFixed(value, value >= 100 ? 0 : 1, w.locale)
  return `${shown} ${unit === 'requests/s' ? w.t('cli.table.reqPerS') : unit}`
}

export function ioCells(p: Point | undefined, w: Wording = ENGLISH): string[] {
  return [formatThroughput(p, w), p?.latencyUs ? formatUs(p.latencyUs.p99, w.locale) : '–']
}

/** The check line for checksum-verified and user-URL runs; null for other sources. */
export function ioCheckLine(source: string, expected: number | null, { t, locale }: Wording = ENGLISH): string | null {
  if (source === 'checksum') return t('cli.check.passed', { what: t('cli.check.checksum', { expected: expected === null ? '?' : formatFixed(expected, 0, locale) }) })
  if (source === 'none') return t('cli.check.passedWithNote', { what: t('cli.check.statusOnly'), note: t('cli.check.statusOnlyNote') })
  return null
}

/**
 * libuv's pool size as each runtime reported it, under file I/O only: the report records it for
 * network fetch too, but there the pool does nothing for a numeric loopback address.
 */
export function uvPoolLine(runs: Run[], { t }: Wording = ENGLISH): string | null {
  if (runs[0]?.workload !== 'file-io') return null
  const sizes = runs.filter((r) => r.settings.uvThreadpoolSize !== undefined).map((r) => `${t(`cli.runtimes.${r.runtime}`)} ${r.settings.uvThreadpoolSize}`)
  return sizes.length > 0 ? t('cli.table.uvPool', { list: sizes.join(t('cli.table.list')) }) : null
}
