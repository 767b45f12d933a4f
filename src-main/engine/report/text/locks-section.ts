/**
 * The locks experiment in `conlab run`'s table: one row per point (threads, order/wait, critical
 * work) with the cost per acquire+release and its interval, the harness's cost beside it, and the
 * fairness figures; a runtime that shares no memory is said to be "threads only", with why.
 */
import type { MedianInterval } from '../../../../src-shared/locks-report'
import type { RunOf } from '../../../../src-shared/report'
import { ENGLISH, type Wording, formatFixed, formatPercent, renderColumns } from './columns'
import { formatLatency } from './micro-sections'
import { failedCheckLine, stoppedLines } from './sweep-section'
import { globalLockLines } from './global-lock-text'
import { runLabel } from './run-label'

function interval(i: MedianInterval, w: Wording): string {
  const key = i.ciMethod === 'range' ? 'locks.cli.range' : 'locks.cli.interval'
  return w.t(key, { median: formatLatency(i.median, w), lo: formatLatency(i.ci95[0], w), hi: formatLatency(i.ci95[1], w), n: i.n })
}

export function locksSection(runs: Array<RunOf<'locks'>>, w: Wording = ENGLISH): string {
  const { t, locale } = w
  const c = (key: string) => t(`locks.cli.columns.${key}`)
  const rows = [[c('runtime'), c('threads'), c('mode'), c('critical'), c('cost'), c('harness'), c('fairness'), c('shares'), c('waitP99')]]
  const notes: string[] = []
  for (const run of runs) {
    for (const p of run.points) {
      const l = p.locks
      if (!l) continue
      const threads = p.oversubscribed ? t('locks.cli.over', { threads: l.threads }) : String(l.threads)
      const shares = t('locks.cli.shares', { max: formatPercent(l.maxShare, locale), min: formatPercent(l.minShare, locale) })
      rows.push([runLabel(run, w), threads, t('locks.cli.mode', { order: t(`locks.orders.${l.order}`), wait: t(`locks.waits.${l.wait}`) }), String(l.criticalWork), interval(l.costUs, w), formatLatency(l.harnessUs.median, w), formatFixed(l.fairness, 2, locale), shares, formatLatency(l.waitUs.p99, w)])
      if (l.truncatedRepetitions > 0) notes.push(t('locks.cli.truncated', { mode: `${l.order}/${l.wait}`, threads: l.threads, critical: l.criticalWork, n: l.truncatedRepetitions }))
    }
    for (const u of run.unavailable ?? []) {
      const reason = u.what === 'threads-only' ? t('locks.threadsOnly') : u.reason
      notes.push(t('locks.cli.notMeasured', { runtime: runLabel(run, w), reason }))
    }
  }
  const measured = runs.some((r) => r.points.length > 0)
  const check = measured ? (failedCheckLine(runs, w) ?? t('cli.check.passed', { what: t('locks.cli.checked') })) : null
  const parts = [t('locks.cli.title')]
  if (rows.length > 1) parts.push(renderColumns(rows, (col) => col > 2), t('locks.cli.note'))
  const lock = globalLockLines(runs, w, {
    pointKey: 'globalLock.locks.point',
    variant: (p) => (p.locks ? t('globalLock.locks.mode', { mode: t('locks.cli.mode', { order: t(`locks.orders.${p.locks.order}`), wait: t(`locks.waits.${p.locks.wait}`) }), critical: p.locks.criticalWork }) : ''),
  })
  if (lock.length > 0) notes.push(...lock, t('globalLock.locks.finding'))
  return [...parts, ...notes, ...(check ? [check] : []), ...stoppedLines(runs, w)].join('\n')
}
