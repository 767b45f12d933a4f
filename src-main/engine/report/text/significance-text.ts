/**
 * Under each sweep table: at every worker count, each comparison the engine tested (threads vs
 * processes, each runtime vs the main-thread baseline) with its verdict in words, the time ratio
 * and the Holm-adjusted p; then the schedule the repetitions were taken in (order and seed), so a
 * reader can tell a real difference from noise and repeat the run in the same order.
 */
import type { Comparison, Run } from '../../../../src-shared/report'
import { RUNTIME_TRAITS } from '../../../../src-shared/runtime-traits'
import { type Wording, formatFixed, formatRatio, renderColumns } from './columns'

/** p as people read it: 0.008, 0.84, `< 0.001` kept as 0.0010 would mislead. */
export function formatP(p: number, locale: Wording['locale']): string {
  if (p < 0.001) return `< ${formatFixed(0.001, 3, locale)}`
  return formatFixed(p, p < 0.1 ? 3 : 2, locale)
}

interface Row {
  workers: number
  runtime: string
  comparison: Comparison
}

export function significanceBlock(runs: readonly Run[], w: Wording): string | null {
  const { t, locale } = w
  const rows: Row[] = runs.flatMap((run) => run.points.flatMap((p) => (p.comparisons ?? []).map((comparison) => ({ workers: p.workers, runtime: run.runtime, comparison }))))
  if (rows.length === 0) return null
  rows.sort((a, b) => a.workers - b.workers)
  const name = (runtime: string) => t(`cli.runtimes.${runtime}`)
  const c = (key: string) => t(`cli.significance.columns.${key}`)
  const table = [[c('workers'), c('pair'), c('verdict'), c('ratio'), c('p')]]
  for (const { workers, runtime, comparison: x } of rows) {
    // Against the baseline the other side is always its single 1-worker point: say so.
    const againstBaseline = RUNTIME_TRAITS[x.against.runtime].baseline && x.against.workers !== workers
    const pair = t(againstBaseline ? 'cli.significance.pairBaseline' : 'cli.significance.pair', { a: name(runtime), b: name(x.against.runtime) })
    table.push([String(workers), pair, t(`cli.significance.verdicts.${x.verdict}`), formatRatio(x.ratio, locale), formatP(x.pAdjusted, locale)])
  }
  const alpha = formatFixed(rows[0]!.comparison.alpha, 2, locale)
  const lines = [t('cli.significance.title', { alpha }), indent(renderColumns(table, (col) => col === 0 || col >= 3)), t('cli.significance.ratioNote')]
  const few = rows.find((r) => r.comparison.verdict === 'too-few-repetitions')?.comparison
  if (few) lines.push(t('cli.significance.tooFew', { nA: few.nA, nB: few.nB, minP: formatP(few.minAchievableP, locale), alpha }))
  return lines.join('\n')
}

const indent = (text: string): string =>
  text
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n')

/** `schedule: interleaved (…), seed 42 (repeat it with --order interleaved --schedule-seed 42)`. */
export function scheduleLine(runs: readonly Run[], { t }: Wording): string | null {
  const schedule = runs.find((r) => r.schedule)?.schedule
  if (!schedule) return null
  return t('cli.table.schedule', { order: t(`cli.table.orders.${schedule.order}`), orderId: schedule.order, seed: String(schedule.seed) })
}
