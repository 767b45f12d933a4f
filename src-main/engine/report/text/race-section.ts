/**
 * The race's section of the text table (registry.ts names it): one row per variant, runtime and
 * worker count with expected and actual totals, lost updates (count and share) and the time per
 * increment with its interval; then what the check verified, the variants a runtime could not run
 * and why, and any run that stopped.
 */
import type { RunOf } from '../../../../src-shared/report'
import { RACE_VARIANTS } from '../../../../src-shared/workloads/race'
import { ENGLISH, type Wording, formatCount, formatFixed, formatPercent, renderColumns } from './columns'
import { failedCheckLine, runtimeName, sectionHeading, stoppedLines } from './sweep-section'
import { runLabel } from './run-label'
import { globalLockLines } from './global-lock-text'

/** ns below 10 µs, µs above: an Atomics.add is a few ns, an owner round trip tens of µs. */
export function formatNs(ns: number, w: Wording = ENGLISH): string {
  if (ns < 10_000) return `${formatFixed(ns, ns < 100 ? 1 : 0, w.locale)} ns`
  return `${formatFixed(ns / 1000, ns < 100_000 ? 1 : 0, w.locale)} µs`
}

export function raceSection(runs: Array<RunOf<'race'>>, w: Wording = ENGLISH): string {
  const { t, locale } = w
  const c = (key: string) => t(`race.cli.columns.${key}`)
  const rows = [[c('variant'), c('runtime'), c('workers'), c('expected'), c('actual'), c('lost'), c('lostShare'), c('overlap'), c('perIncrement')]]
  const order = (variant: string | undefined) => RACE_VARIANTS.indexOf(variant as (typeof RACE_VARIANTS)[number])
  const points = runs.flatMap((run) => run.points.map((p) => ({ run, p })))
  points.sort((a, b) => order(a.p.variant) - order(b.p.variant) || a.p.workers - b.p.workers)
  for (const { run, p } of points) {
    const r = p.race
    const per = r ? t('race.cli.perIncrement', { median: formatNs(r.nsPerIncrement.median, w), lo: formatNs(r.nsPerIncrement.ci95[0], w), hi: formatNs(r.nsPerIncrement.ci95[1], w) }) : '–'
    rows.push([
      p.variant ? t(`race.variants.${p.variant}`) : '?',
      // CPython: the implementation and version beside the count, since whether updates are lost depends on them.
      run.settings.python ? t('race.cli.runtimeVersion', { runtime: runtimeName(run.runtime, w), implementation: run.settings.python.implementation, version: run.settings.python.version }) : runLabel(run, w),
      String(p.workers),
      r ? formatCount(r.expected, locale) : '–',
      r ? formatCount(r.actual, locale) : '–',
      r ? formatCount(r.lost, locale) : '–',
      r ? formatPercent(r.lostShare, locale) : '–',
      r ? formatPercent(r.overlapShare, locale) : '–',
      per,
    ])
  }
  const lines = [sectionHeading(runs[0]!, w), t('race.cli.title'), renderColumns(rows, (col) => col > 1)]
  const repeat = runs.find((run) => run.points.length > 0)?.settings.repeat
  if (repeat !== undefined) lines.push(t('race.cli.note', { repeat }))
  if (points.length === 0) lines.push(t('cli.check.none'))
  else lines.push(failedCheckLine(runs, w) ?? t('cli.check.passed', { what: t('race.cli.checked') }))
  for (const run of runs) {
    const missing = (run.unavailable ?? []).map((u) => u.what)
    if (missing.length > 0) lines.push(t('race.cli.notMeasured', { runtime: runLabel(run, w), variants: missing.join(', ') }))
  }
  const lock = globalLockLines(runs, w, { pointKey: 'globalLock.race.point', variant: (p) => (p.variant ? t(`race.variants.${p.variant}`) : '') })
  if (lock.length > 0) lines.push(...lock, t('globalLock.race.finding'))
  lines.push(...stoppedLines(runs, w))
  return lines.join('\n')
}
