/**
 * The locks view's series, pure: cost per acquire+release by mode over thread counts (at one
 * critical-section length) and over critical-section lengths (at one thread count), with the
 * harness beside it; and each thread's share of the acquisitions. Missing points stay null.
 */
import type { LocksFigure } from '../../src-shared/locks-report'
import type { ShownRun } from './shown-run'

export interface LocksSeries {
  /** `fifo/spin`..., or `harness`. */
  key: string
  values: Array<number | null>
}

export function locksFigures(runs: readonly ShownRun[]): LocksFigure[] {
  return runs.flatMap((run) => run.points.flatMap((p) => (p.locks ? [p.locks] : [])))
}

const modeKey = (l: LocksFigure): string => `${l.order}/${l.wait}`
const sorted = (xs: Iterable<number>): number[] => [...new Set(xs)].sort((a, b) => a - b)

export const threadCounts = (figures: readonly LocksFigure[]): number[] => sorted(figures.map((l) => l.threads))
export const criticalLengths = (figures: readonly LocksFigure[]): number[] => sorted(figures.map((l) => l.criticalWork))
export const modes = (figures: readonly LocksFigure[]): string[] => [...new Set(figures.map(modeKey))]

/** Median cost (µs) per mode, and the harness, over `axis` values, the other coordinate fixed. */
export function costSeries(figures: readonly LocksFigure[], axis: 'threads' | 'criticalWork', fixed: number): { categories: number[]; series: LocksSeries[] } {
  const other = axis === 'threads' ? 'criticalWork' : 'threads'
  const at = figures.filter((l) => l[other] === fixed)
  const categories = axis === 'threads' ? threadCounts(at) : criticalLengths(at)
  const find = (key: string, x: number) => at.find((l) => modeKey(l) === key && l[axis] === x)
  const series = modes(at).map((key) => ({ key, values: categories.map((x) => find(key, x)?.costUs.median ?? null) }))
  const harness = categories.map((x) => at.find((l) => l[axis] === x)?.harnessUs.median ?? null)
  return { categories, series: [...series, { key: 'harness', values: harness }] }
}

export interface ShareRow {
  mode: string
  fairness: number
  maxShare: number
  minShare: number
  waitP99Us: number
  /** Each thread's share of the acquisitions, 0..1. */
  shares: number[]
}

export function shareRows(figures: readonly LocksFigure[], threads: number, criticalWork: number): ShareRow[] {
  return figures
    .filter((l) => l.threads === threads && l.criticalWork === criticalWork)
    .map((l) => {
      const total = l.acquisitionsPerWorker.reduce((a, b) => a + b, 0)
      return { mode: modeKey(l), fairness: l.fairness, maxShare: l.maxShare, minShare: l.minShare, waitP99Us: l.waitUs.p99, shares: l.acquisitionsPerWorker.map((n) => (total > 0 ? n / total : 0)) }
    })
}
