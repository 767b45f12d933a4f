/**
 * The numbers of the race chart: per variant and worker count, the expected total and each
 * runtime's actual total, both as a share of the expected one (variants count to different K, so
 * shares put them on one axis; the table keeps the counts). Pure and unit-tested.
 */
import { RACE_VARIANTS } from '../../src-shared/workloads/race'
import type { ShownRun } from './shown-run'

export interface RaceCategory {
  variant: string
  workers: number
}

export interface RaceBars {
  categories: RaceCategory[]
  /** Every category's expected total is 100 % by definition: one faded series. */
  runtimes: Array<{ runtime: string; keptShares: Array<number | null> }>
}

export interface RaceRow {
  runtime: string
  /** CPython runtimes: the interpreter that ran the point (whether updates are lost depends on it). */
  python?: { implementation: string; version: string }
  variant: string
  workers: number
  expected: number
  actual: number
  lost: number
  lostShare: number
  exact: boolean
  overlapShare: number
  nsPerIncrement: { median: number; ci95: [number, number] }
}

const rank = (variant: string) => {
  const at = (RACE_VARIANTS as readonly string[]).indexOf(variant)
  return at < 0 ? RACE_VARIANTS.length : at
}

/** Every race point of the runs, ordered by variant, then worker count, then run order. */
export function raceRows(runs: readonly ShownRun[]): RaceRow[] {
  const rows = runs.flatMap((run) => run.points.flatMap((p) => (p.race && p.variant ? [{ runtime: run.runtime, python: run.settings?.python, variant: p.variant, workers: p.workers, ...p.race }] : [])))
  return rows
    .map((row, order) => ({ row, order }))
    .sort((a, b) => rank(a.row.variant) - rank(b.row.variant) || a.row.workers - b.row.workers || a.order - b.order)
    .map(({ row }) => ({
      runtime: row.runtime,
      ...(row.python ? { python: { implementation: row.python.implementation, version: row.python.version } } : {}),
      variant: row.variant,
      workers: row.workers,
      expected: row.expected,
      actual: row.actual,
      lost: row.lost,
      lostShare: row.lostShare,
      exact: row.exact,
      overlapShare: row.overlapShare,
      nsPerIncrement: row.nsPerIncrement,
    }))
}

export function raceBars(runs: readonly ShownRun[]): RaceBars {
  const rows = raceRows(runs)
  const categories: RaceCategory[] = []
  for (const row of rows) if (!categories.some((c) => c.variant === row.variant && c.workers === row.workers)) categories.push({ variant: row.variant, workers: row.workers })
  const runtimes = [...new Set(rows.map((r) => r.runtime))].map((runtime) => ({
    runtime,
    keptShares: categories.map((c) => {
      const row = rows.find((r) => r.runtime === runtime && r.variant === c.variant && r.workers === c.workers)
      return row ? (row.expected > 0 ? row.actual / row.expected : 0) : null
    }),
  }))
  return { categories, runtimes }
}
