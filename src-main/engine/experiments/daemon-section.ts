/**
 * The daemon workload's section of the text table (registry.ts names it): one row per kind and
 * exit way, survived k of R, how many survivors the lab ended, and how long a normal exit waited
 * (the median over rounds: noise on a loaded machine, shown as material, not as a finding).
 */
import type { RunOf } from '../../../src-shared/report'
import { DAEMON_EXITS, DAEMON_KINDS, DAEMON_UNAVAILABLE, daemonCells } from '../../../src-shared/daemon-report'
import { type Wording, renderColumns } from '../report/text/columns'
import { ENGLISH } from '../report/text/wording'
import { runtimeName, sectionHeading, stoppedLines } from '../report/text/sweep-section'

export function daemonSection(runs: Array<RunOf<'daemon'>>, w: Wording = ENGLISH): string {
  const { t } = w
  const c = (key: string) => t(`daemon.cli.columns.${key}`)
  const rows = [[c('kind'), c('runtime'), c('exit'), c('survived'), c('endedByLab'), c('exitDelay')]]
  const points = runs.flatMap((run) => run.points.flatMap((p) => (p.daemon ? [{ run, f: p.daemon }] : [])))
  points.sort((a, b) => DAEMON_EXITS.indexOf(a.f.exit) - DAEMON_EXITS.indexOf(b.f.exit) || DAEMON_KINDS.indexOf(a.f.kind) - DAEMON_KINDS.indexOf(b.f.kind))
  for (const { run, f } of points) {
    const cells = daemonCells(f, t)
    rows.push([cells.kind, runtimeName(run.runtime, w), cells.exit, cells.survived, cells.endedByLab, cells.exitDelay])
  }
  const lines = [sectionHeading(runs[0]!, w), t('daemon.cli.title'), renderColumns(rows, () => false), t('daemon.cli.guarantee')]
  for (const run of runs) {
    for (const u of run.unavailable ?? []) {
      const reason = (DAEMON_UNAVAILABLE as readonly string[]).includes(u.what) ? t(`daemon.cli.${u.what}`) : u.reason
      lines.push(t('daemon.cli.notMeasured', { runtime: runtimeName(run.runtime, w), reason }))
    }
  }
  lines.push(...stoppedLines(runs, w))
  return lines.join('\n')
}
