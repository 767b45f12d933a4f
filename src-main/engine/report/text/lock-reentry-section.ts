/**
 * Lock re-entry's section of the text table (registry.ts names it): one row per probe, lock kind
 * and runtime with the outcome counts, a line per run saying which API was tested (CPython's own
 * Lock/RLock or the lab's Mutex/RecursiveMutex), and the runtimes that could not run it and why.
 */
import type { RunOf } from '../../../../src-shared/report'
import { REENTRY_PROBES } from '../../../../src-shared/workloads/lock-reentry'
import { reentryCells } from '../../../../src-shared/lock-reentry-words'
import { ENGLISH, type Wording, formatMs, renderColumns } from './columns'
import { runLabel } from './run-label'
import { sectionHeading, stoppedLines } from './sweep-section'

export function lockReentrySection(runs: Array<RunOf<'lock-reentry'>>, w: Wording = ENGLISH): string {
  const { t } = w
  const c = (key: string) => t(`lockReentry.cli.columns.${key}`)
  const rows = [[c('probe'), c('lock'), c('runtime'), c('outcome'), c('wait')]]
  const points = runs.flatMap((run) => run.points.flatMap((p) => (p.lockReentry ? [{ run, f: p.lockReentry }] : [])))
  // Probe by probe, so Lock and RLock (and the runtimes) sit next to each other; stable otherwise.
  points.sort((a, b) => REENTRY_PROBES.indexOf(a.f.probe) - REENTRY_PROBES.indexOf(b.f.probe))
  for (const { run, f } of points) {
    const cells = reentryCells(f, t, (ms) => formatMs(ms, w.locale))
    rows.push([cells.probe, cells.lock, runLabel(run, w), cells.outcome, cells.wait])
  }
  const lines = [sectionHeading(runs[0]!, w), t('lockReentry.cli.title'), renderColumns(rows, (col) => col === 4)]
  if (points.some((p) => p.f.timedOutWaitMs !== null)) lines.push(t('lockReentry.cli.waitNote'))
  for (const run of runs) {
    const api = run.points.find((p) => p.lockReentry)?.lockReentry?.api
    if (api) lines.push(t(`lockReentry.apis.${api}`, { runtime: runLabel(run, w) }))
    // The one reason a runtime is left out (no shared memory), in the reader's language.
    if ((run.unavailable ?? []).length > 0) lines.push(t('lockReentry.cli.notMeasured', { runtime: runLabel(run, w), reason: t('lockReentry.cli.noSharedMemory') }))
  }
  lines.push(...stoppedLines(runs, w))
  return lines.join('\n')
}
