/**
 * The sweep table of one workload: one row per worker count and the runtimes side by side
 * (median time with its 95% interval, speedup with its interval, efficiency), then the harness
 * overhead, Karp–Flatt and Amdahl (or why not), the schedule, each interrupted run's reason and
 * the significance of each comparison. I/O workloads trade the CI and efficiency
 * columns for throughput and p99 latency, decided by what their points carry.
 */
import type { Run } from '../../../../src-shared/report'
import { RUNTIME_TRAITS } from '../../../../src-shared/runtime-traits'
import { describeOptions } from '../../../../src-shared/workloads'
import { ENGLISH, type Wording, formatPercent, formatRatio, formatUs, renderColumns } from './columns'
import { ioCells, ioCheckLine, ioHeaders, isIoRuns, uvPoolLine } from './io-columns'
import { globalLockLines } from './global-lock-text'
import { significanceBlock, scheduleLine } from './significance-text'
import { amdahlLine, intervalNotes, karpFlattLine, speedupCell, timeCell } from './sweep-cells'
import { shownText } from '../../../../src-shared/engine-message'
import { pythonLines, runLabel } from './run-label'

/** `Prime search (CPU-bound) — range [0, 1000000000), sieve, dynamic chunking`. */
export function sectionHeading(run: Run, w: Wording = ENGLISH): string {
  return w.t('cli.table.heading', { heading: w.t(`workloads.${run.workload}.heading`), options: describeRun(run, w) })
}

/** The run's options in one line, as its workload definition words them. */
export function describeRun(run: Run, w: Wording = ENGLISH): string {
  return describeOptions(run.config, w.t)
}

/** The answer check of a sweep; shared with the micro sections' failure wording. */
export function failedCheckLine(runs: Run[], { t }: Wording): string | null {
  const bad = runs.flatMap((r) => r.points.map((p) => p.check)).filter((c) => !c.ok)
  if (bad.length === 0) return null
  return t('cli.check.failed', { n: bad.length, expected: String(bad[0]!.expected), actual: String(bad[0]!.actual) })
}

function checkLine(runs: Run[], w: Wording): string {
  const { t } = w
  const checks = runs.flatMap((r) => r.points.map((p) => p.check))
  if (checks.length === 0) return t('cli.check.none')
  const failed = failedCheckLine(runs, w)
  if (failed) return failed
  const first = checks[0]!
  const io = ioCheckLine(first.source, first.expected, w)
  if (io) return io
  // A workload whose answer is not a count says in the catalogue what its check verified.
  const ownKey = `workloads.${runs[0]!.workload}.checked`
  const own = t(ownKey, { expected: first.expected ?? '?' })
  if (own !== ownKey) return t('cli.check.passed', { what: own })
  const source = t(first.source === 'known-value' ? 'cli.check.knownValue' : 'cli.check.singleThread')
  return t('cli.check.passed', { what: t('cli.check.answer', { expected: String(first.expected), source }) })
}

export { runtimeName } from './run-label'

/** `thread: ABORTED — reason` for each run that did not complete. */
export function stoppedLines(runs: Run[], w: Wording): string[] {
  return runs.filter((run) => run.status !== 'completed').map((run) => w.t('cli.table.stopped', { runtime: runLabel(run, w), status: w.t(`cli.status.${run.status}`), error: shownText(w.t, run.error ?? '', run.errorMessage) }))
}

export function sweepSection(runs: Run[], w: Wording = ENGLISH): string {
  const { t, locale } = w
  const counts = [...new Set(runs.flatMap((r) => r.points.map((p) => p.workers)))].sort((a, b) => a - b)
  const header = [t('cli.table.workers')]
  // The main-thread baseline has one point: its speedup is 1 by definition, so only its time shows.
  const hasMain = runs.some((r) => RUNTIME_TRAITS[r.runtime].baseline)
  const io = isIoRuns(runs)
  const extra = io ? ioHeaders(w) : []
  for (const run of runs) {
    header.push(
      ...(RUNTIME_TRAITS[run.runtime].baseline
        ? [t('cli.table.mainTime'), ...extra]
        : [t('cli.table.time', { runtime: runLabel(run, w) }), t(io ? 'cli.table.speedup' : 'cli.table.speedupCi'), ...(io ? extra : [t('cli.table.efficiency')]), ...(hasMain ? [t('cli.table.vsMain')] : [])]),
    )
  }
  const rows = [header]
  for (const workers of counts) {
    const anyOver = runs.some((r) => r.points.some((p) => p.workers === workers && p.oversubscribed))
    const row = [anyOver ? t('cli.table.over', { workers }) : `${workers}`]
    for (const run of runs) {
      const p = run.points.find((q) => q.workers === workers)
      if (RUNTIME_TRAITS[run.runtime].baseline) {
        row.push(p ? timeCell(p, w) : '', ...(io ? ioCells(p, w) : []))
        continue
      }
      const cells = p ? [timeCell(p, w), io ? formatRatio(p.speedup, locale) : speedupCell(p, w), ...(io ? ioCells(p, w) : [formatPercent(p.efficiency, locale)])] : io ? ['', '', '', ''] : ['', '', '']
      if (hasMain) cells.push(p ? formatRatio(p.speedupVsBaseline, locale) : '')
      row.push(...cells)
    }
    rows.push(row)
  }
  const lines = [sectionHeading(runs[0]!, w), renderColumns(rows), ...intervalNotes(runs, w), checkLine(runs, w)]
  const uv = io ? uvPoolLine(runs, w) : null
  if (uv) lines.push(uv)
  lines.push(...pythonLines(runs, w), ...globalLockLines(runs, w))
  const overhead = runs.filter((r) => r.overhead).map((r) => `${runLabel(r, w)} ${formatUs(r.overhead!.emptyTaskRoundTripUs.median, locale)}`)
  if (overhead.length) lines.push(t('cli.table.overhead', { list: overhead.join(t('cli.table.list')) }))
  // Karp–Flatt and Amdahl describe how CPU work splits; I/O runs' tables leave them out as before.
  for (const line of io ? [] : [karpFlattLine(runs, w), amdahlLine(runs, w)]) if (line) lines.push(line)
  const schedule = scheduleLine(runs, w)
  if (schedule) lines.push(schedule)
  lines.push(...stoppedLines(runs, w))
  const significance = significanceBlock(runs, w)
  if (significance) lines.push('', significance)
  return lines.join('\n')
}
