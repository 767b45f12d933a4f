/**
 * Priority inversion's section of the text table (registry.ts names it): one row per variant with
 * the medium's work units done while the high one waited (the finding), its units in all, the low
 * holder's, whether the holder was boosted, and the nice values; then every variant that could
 * not be observed here, with the reason in plain words.
 */
import type { RunOf } from '../../../../src-shared/report'
import { PRIORITY_UNOBSERVABLE } from '../../../../src-shared/priority-report'
import { ENGLISH, type Wording, formatCount, renderColumns } from './columns'
import { runtimeName, sectionHeading, stoppedLines } from './sweep-section'

export function priorityInversionSection(runs: Array<RunOf<'priority-inversion'>>, w: Wording = ENGLISH): string {
  const { t, locale } = w
  const c = (key: string) => t(`priority.cli.columns.${key}`)
  const rows = [[c('variant'), c('runtime'), c('whileWaited'), c('medium'), c('low'), c('boosted'), c('nices')]]
  const lines = [sectionHeading(runs[0]!, w), t('priority.cli.title')]
  const gaveUp: string[] = []
  let cpu: number | undefined
  for (const run of runs) {
    for (const p of run.points) {
      const f = p.priority
      if (!f) continue
      cpu = f.cpu
      if (!f.highGotLock) gaveUp.push(t('priority.cli.gaveUp'))
      const yes = (b: boolean) => t(b ? 'priority.cli.yes' : 'priority.cli.no')
      rows.push([t(`priority.variants.${f.variant}`), runtimeName(run.runtime, w), formatCount(f.mediumUnitsWhileHighWaited, locale), formatCount(f.mediumUnits, locale), formatCount(f.lowUnits, locale), yes(f.boosted), `${f.nices.low} / ${f.nices.medium} / ${f.nices.high}`])
    }
  }
  if (rows.length > 1) lines.push(renderColumns(rows, (col) => col >= 2 && col <= 4))
  if (cpu !== undefined) lines.push(t('priority.cli.note', { cpu }))
  lines.push(...gaveUp)
  for (const run of runs) {
    for (const u of run.unavailable ?? []) {
      // The reason's code is the unavailable entry's reason key, stored in English; shown translated.
      const code = PRIORITY_UNOBSERVABLE.find((k) => u.reason === ENGLISH.t(`priority.unobservable.${k}`))
      const variant = u.what === 'inversion' || u.what === 'inheritance' ? t(`priority.variants.${u.what}`) : u.what
      lines.push(t('priority.cli.notObservable', { runtime: runtimeName(run.runtime, w), variant, reason: code ? t(`priority.unobservable.${code}`) : u.reason }))
    }
  }
  lines.push(...stoppedLines(runs, w))
  return lines.join('\n')
}
