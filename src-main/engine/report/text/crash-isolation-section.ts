/**
 * Crash isolation's section of the text table (registry.ts names it): one row per fault and
 * runtime with how the faulty worker ended, whether the host process survived, how many siblings
 * finished, whether the pool went on, and the verdict the engine drew from that.
 */
import type { RunOf } from '../../../../src-shared/report'
import { CRASH_FAULTS } from '../../../../src-shared/crash-report'
import { crashCells } from '../../../../src-shared/crash-words'
import { ENGLISH, type Wording, renderColumns } from './columns'
import { runtimeName, sectionHeading, stoppedLines } from './sweep-section'

export function crashIsolationSection(runs: Array<RunOf<'crash-isolation'>>, w: Wording = ENGLISH): string {
  const { t } = w
  const c = (key: string) => t(`crash.cli.columns.${key}`)
  const rows = [[c('fault'), c('runtime'), c('worker'), c('host'), c('siblings'), c('pool'), c('verdict')]]
  const points = runs.flatMap((run) => run.points.flatMap((p) => (p.crash ? [{ run, f: p.crash }] : [])))
  points.sort((a, b) => CRASH_FAULTS.indexOf(a.f.fault) - CRASH_FAULTS.indexOf(b.f.fault))
  for (const { run, f } of points) {
    const cells = crashCells(f, t)
    rows.push([cells.fault, runtimeName(run.runtime, w), cells.worker, cells.host, cells.siblings, cells.pool, cells.verdict])
  }
  const lines = [sectionHeading(runs[0]!, w), t('crash.cli.title'), renderColumns(rows, () => false)]
  const workers = runs[0]?.config.siblings
  if (workers !== undefined) lines.push(t('crash.cli.note', { workers: workers + 1 }))
  for (const run of runs) {
    if ((run.unavailable ?? []).length > 0) lines.push(t('crash.cli.notMeasured', { runtime: runtimeName(run.runtime, w), reason: t('crash.cli.noHost') }))
  }
  lines.push(...stoppedLines(runs, w))
  return lines.join('\n')
}
