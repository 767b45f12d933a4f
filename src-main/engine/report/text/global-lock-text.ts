/**
 * The global-lock mode's lines under a sweep's table (issue 16): the setting, and per run each
 * point's hand-overs and each worker's wait for the lock, so the collapse of thread speedup is
 * shown beside its cause.
 */
import type { Point, Run } from '../../../../src-shared/report'
import { formatFixed } from '../../format/units'
import { ENGLISH, type Wording } from './wording'
import { runLabel } from './run-label'

/** An experiment with variants (race, locks) words its points with what tells them apart: its key takes {variant} too. */
export interface VariantWords {
  pointKey: string
  variant: (point: Point) => string
}

export function globalLockLines(runs: Run[], { t, locale }: Wording = ENGLISH, variants?: VariantWords): string[] {
  const setting = runs.find((r) => r.settings.globalLock !== undefined)?.settings.globalLock
  if (setting === undefined) return []
  const lines = [t('cli.table.globalLock', { ms: formatFixed(setting.switchIntervalMs, 0, locale) })]
  for (const run of runs) {
    const points = run.points.filter((p) => p.globalLock !== undefined)
    if (points.length === 0) continue
    const list = points.map((p) =>
      t(variants?.pointKey ?? 'cli.table.globalLockPoint', {
        variant: variants ? variants.variant(p) : '',
        workers: p.workers,
        handOvers: formatFixed(p.globalLock!.handOvers, 0, locale),
        waits: p.globalLock!.waitMsByWorker.map((ms) => formatFixed(ms, 1, locale)).join('/'),
      }),
    )
    const runtime = runLabel(run, { t, locale })
    // Variant points read better one a line: their labels hold commas.
    if (variants) for (const item of list) lines.push(t('cli.table.globalLockRun', { runtime, list: item }))
    else lines.push(t('cli.table.globalLockRun', { runtime, list: list.join(t('cli.table.list')) }))
  }
  return lines
}
