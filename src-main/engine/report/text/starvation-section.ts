/**
 * Starvation's section of the text table (registry.ts names it): one row per lock order and
 * runtime with each thread's share of the acquisitions, Jain's index, the largest and smallest
 * share, the p99 and longest wait, and how many threads were starved; then what the check
 * verified and any run that stopped or could not be measured.
 */
import type { RunOf } from '../../../../src-shared/report'
import { ENGLISH, type Wording, formatFixed, formatPercent, formatUs, renderColumns } from './columns'
import { failedCheckLine, runtimeName, sectionHeading, stoppedLines } from './sweep-section'

export function starvationSection(runs: Array<RunOf<'starvation'>>, w: Wording = ENGLISH): string {
  const { t, locale } = w
  const c = (key: string) => t(`starvation.cli.columns.${key}`)
  const rows = [[c('order'), c('runtime'), c('shares'), c('fairness'), c('maxMin'), c('p99'), c('max'), c('starved')]]
  const points = runs.flatMap((run) => run.points.flatMap((p) => (p.locks && p.starvation ? [{ run, l: p.locks, s: p.starvation }] : [])))
  for (const { run, l, s } of points) {
    rows.push([
      t(`locks.orders.${l.order}`),
      runtimeName(run.runtime, w),
      s.shares.map((x) => formatPercent(x, locale)).join(' '),
      formatFixed(l.fairness, 2, locale),
      `${formatPercent(l.maxShare, locale)} / ${formatPercent(l.minShare, locale)}`,
      formatUs(l.waitUs.p99, locale),
      formatUs(l.waitUs.max, locale),
      `${s.starvedThreads}/${l.threads}`,
    ])
  }
  const config = runs[0]?.config
  const lines = [sectionHeading(runs[0]!, w), t('starvation.cli.title', { threads: config?.threads ?? '?' }), renderColumns(rows, (col) => col > 2)]
  const repeat = runs.find((run) => run.points.length > 0)?.settings.repeat
  if (config && repeat !== undefined) lines.push(t('starvation.cli.note', { acquisitions: config.acquisitions, repeat, fair: formatPercent(1 / config.threads, locale) }))
  if (points.length === 0) lines.push(t('cli.check.none'))
  else lines.push(failedCheckLine(runs, w) ?? t('cli.check.passed', { what: t('starvation.cli.checked') }))
  for (const run of runs) {
    if ((run.unavailable ?? []).length > 0) lines.push(`${runtimeName(run.runtime, w)}: ${t('locks.threadsOnly')}`)
  }
  lines.push(...stoppedLines(runs, w))
  return lines.join('\n')
}
