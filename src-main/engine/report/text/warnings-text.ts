/**
 * Warnings on a terminal: one explanation per kind of warning, then where else it applies. The
 * report keeps every warning in full; repeating the same paragraph for each run would bury the
 * table under text nobody reads.
 * A warning's stored `message` is report data, written in English when it was measured; what is
 * printed is rendered from its `code` through the catalogue, with the figures read back from the
 * run it names, so the same report reads in any language.
 */
import { median } from 'simple-statistics'
import type { Report, ReportWarning } from '../../../../src-shared/report'
import { ENGLISH, type Wording, formatFixed, formatMs, formatPercent } from './columns'
import { runLabel } from './run-label'
import { HIGH_VARIANCE_CV, cvDigits, pointWarnings } from '../warnings'

function where(warning: ReportWarning, report: Report, w: Wording): string {
  const run = report.runs.find((r) => r.id === warning.runId)
  const name = run ? `${run.workload}/${runLabel(run, w)}` : w.t('cli.warnings.suite')
  return warning.workers === undefined ? name : w.t('cli.warnings.at', { name, workers: warning.workers })
}

/** The figures each explanation may quote; '?' where the report no longer holds them. */
function figures(warning: ReportWarning, report: Report, { locale }: Wording): Record<string, string | number> {
  const run = report.runs.find((r) => r.id === warning.runId)
  // The point the rule fired on: a micro experiment has several cases at one worker count.
  const atWorkers = run?.points.filter((p) => p.workers === warning.workers) ?? []
  const point = (run && atWorkers.find((p) => pointWarnings(run, p).some((x) => x.code === warning.code))) ?? atWorkers[0]
  const ms = (x: number | undefined) => (x === undefined || !Number.isFinite(x) ? '?' : formatMs(x, locale))
  const [first, ...rest] = point?.samplesMs ?? []
  const restMedian = rest.length > 0 ? median(rest) : undefined
  const few = run?.points.filter((p) => p.stats.n < 3).map((p) => p.stats.n) ?? []
  const { mean, stddev } = point?.stats ?? { mean: undefined, stddev: undefined }
  return {
    workers: warning.workers ?? '?',
    // What the engine judged against: the cores the lab could use (fewer than the machine's under --cpus).
    cores: report.machine.availableParallelism,
    n: few.length > 0 ? Math.min(...few) : '?',
    first: ms(first),
    median: ms(warning.code === 'slow-first-run' ? restMedian : point?.stats.median),
    ratio: first !== undefined && restMedian ? formatFixed(first / restMedian, 1, locale) : '?',
    warmup: run?.settings.warmup ?? '?',
    mean: ms(mean),
    stddev: ms(stddev),
    cv: mean && stddev !== undefined ? `${formatFixed((stddev / mean) * 100, cvDigits(stddev / mean), locale)}%` : '?',
    limit: formatPercent(HIGH_VARIANCE_CV, locale),
    expected: point ? String(point.check.expected) : '?',
    actual: point ? String(point.check.actual) : '?',
  }
}

/** The explanation of one warning in the chosen language. */
export function warningText(warning: ReportWarning, report: Report, w: Wording = ENGLISH): string {
  return w.t(`cli.warnings.codes.${warning.code}`, figures(warning, report, w))
}

export function formatWarnings(report: Report, w: Wording = ENGLISH): string {
  const byCode = new Map<string, ReportWarning[]>()
  for (const warning of report.warnings) byCode.set(warning.code, [...(byCode.get(warning.code) ?? []), warning])
  const lines = [w.t('cli.warnings.title')]
  for (const [code, warnings] of byCode) {
    const [first, ...rest] = warnings
    const place = where(first!, report, w)
    lines.push(w.t('cli.warnings.line', { code, where: place, text: warningText(first!, report, w) }))
    // Each place once (a report from an older lab may hold one warning per case at a worker count).
    const others = [...new Set(rest.map((x) => where(x, report, w)))].filter((x) => x !== place)
    if (others.length > 0) lines.push(`    ${w.t('cli.warnings.also', { list: others.join(w.t('cli.table.list')) })}`)
  }
  return lines.join('\n')
}
