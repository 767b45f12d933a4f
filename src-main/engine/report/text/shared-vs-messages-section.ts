/**
 * The shared-vs-messages table of `conlab run`: one row per way, runtime and worker count, with
 * the time per update (median and interval), updates per second and the exactly checked final
 * value; a way that does not exist for a runtime (shared memory between processes) says why,
 * in the reader's language.
 */
import type { RunOf } from '../../../../src-shared/report'
import { SHARED_STATE_WAYS } from '../../../../src-shared/workloads/shared-vs-messages'
import { ENGLISH, type Wording, formatCount, formatFixed, renderColumns } from './columns'
import { formatLatency } from './micro-sections'
import { failedCheckLine, stoppedLines } from './sweep-section'
import { globalLockLines } from './global-lock-text'
import { runLabel } from './run-label'

const isWay = (v: string | undefined): v is (typeof SHARED_STATE_WAYS)[number] => SHARED_STATE_WAYS.some((w) => w === v)

export function sharedVsMessagesSection(runs: Array<RunOf<'shared-vs-messages'>>, w: Wording = ENGLISH): string {
  const { t, locale } = w
  const c = (key: string) => t(`sharedVsMessages.cli.columns.${key}`)
  const rows = [[c('way'), c('python'), c('runtime'), c('workers'), c('perUpdate'), c('interval'), c('rate'), c('total')]]
  const notes: string[] = []
  for (const way of SHARED_STATE_WAYS) {
    for (const run of runs) {
      for (const p of run.points.filter((pt) => pt.variant === way)) {
        const per = p.perUpdateUs
        const interval = per ? `${formatLatency(per.ci95[0], w)} – ${formatLatency(per.ci95[1], w)}` : '–'
        const rate = p.throughput ? formatCount(Math.round(p.throughput.value), locale) : '–'
        rows.push([t(`sharedVsMessages.ways.${way}`), t(`sharedVsMessages.python.${way}`), runLabel(run, w), String(p.workers), per ? formatLatency(per.median, w) : '–', interval, rate, p.check.actual === null ? '–' : formatCount(p.check.actual, locale)])
      }
    }
  }
  for (const run of runs) {
    for (const u of run.unavailable ?? []) {
      const way = isWay(u.what) ? t(`sharedVsMessages.ways.${u.what}`) : u.what
      const reason = u.what === 'shared-memory' ? t('sharedVsMessages.notApplicable.sharedMemory') : u.what === 'main-owner' ? t('sharedVsMessages.notApplicable.managerThreads') : u.reason
      notes.push(t('sharedVsMessages.cli.notApplicable', { runtime: runLabel(run, w), way, reason }))
    }
  }
  const updates = runs[0]?.config.updates
  const failed = failedCheckLine(runs, w)
  const check = runs.every((r) => r.points.length === 0) ? t('cli.check.none') : (failed ?? t('cli.check.passed', { what: t('sharedVsMessages.cli.checked') }))
  const lock = globalLockLines(runs, w, { pointKey: 'globalLock.sharedVsMessages.point', variant: (p) => (p.variant ? t(`sharedVsMessages.ways.${p.variant}`) : '') })
  const lockLines = lock.length > 0 ? [...lock, t('globalLock.sharedVsMessages.finding')] : []
  return [t('sharedVsMessages.cli.title'), renderColumns(rows, (col) => col > 2), t('sharedVsMessages.cli.note', { updates: updates === undefined ? '?' : formatFixed(updates, 0, locale) }), ...notes, check, ...lockLines, ...stoppedLines(runs, w)].join('\n')
}
