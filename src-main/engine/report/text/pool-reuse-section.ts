/**
 * Pool reuse's section of the text table (registry.ts names it): one row per runtime and way with
 * the per-task cost and its interval, the tasks checked, and on the spawn row the ratio spawn /
 * pool with its interval; then what the check verified and any run that stopped.
 */
import type { RunOf } from '../../../../src-shared/report'
import { ENGLISH, type Wording, formatMs, formatRatio, renderColumns } from './columns'
import { failedCheckLine, sectionHeading, stoppedLines } from './sweep-section'
import { runLabel } from './run-label'

export function poolReuseSection(runs: Array<RunOf<'pool-reuse'>>, w: Wording = ENGLISH): string {
  const { t, locale } = w
  const c = (key: string) => t(`poolReuse.cli.columns.${key}`)
  const rows = [[c('runtime'), c('way'), c('perTask'), c('ratio'), c('checked')]]
  for (const run of runs) {
    for (const p of run.points) {
      const f = p.poolReuse
      if (!f) continue
      const label = f.startMethod ? t('poolReuse.cli.startMethod', { runtime: runLabel(run, w), method: f.startMethod }) : runLabel(run, w)
      const interval = (median: string, lo: string, hi: string) => t('poolReuse.cli.interval', { median, lo, hi })
      rows.push([
        label,
        t(`poolReuse.ways.${f.way}`),
        interval(formatMs(f.perTaskMs.median, locale), formatMs(f.perTaskMs.ci95[0], locale), formatMs(f.perTaskMs.ci95[1], locale)),
        f.spawnOverPool ? interval(formatRatio(f.spawnOverPool.median, locale), formatRatio(f.spawnOverPool.ci95[0], locale), formatRatio(f.spawnOverPool.ci95[1], locale)) : '–',
        t('poolReuse.cli.answered', { answered: f.answered, expected: f.expected }),
      ])
    }
  }
  const lines = [sectionHeading(runs[0]!, w), t('poolReuse.cli.title'), renderColumns(rows, (col) => col > 1)]
  const first = runs.flatMap((r) => r.points).find((p) => p.poolReuse)?.poolReuse
  if (first) lines.push(t('poolReuse.cli.note', { tasks: first.tasksPerRepetition, repetitions: first.repetitions }))
  if (rows.length === 1) lines.push(t('cli.check.none'))
  else lines.push(failedCheckLine(runs, w) ?? t('cli.check.passed', { what: t('poolReuse.cli.checked') }))
  lines.push(...stoppedLines(runs, w))
  return lines.join('\n')
}
