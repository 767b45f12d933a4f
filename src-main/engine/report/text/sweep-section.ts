/**
 * The sweep table of one workload: one row per worker count and the runtimes side by side
 * (median time with its 95% CI, speedup with CI, efficiency), then the harness overhead, the
 * Amdahl fits and each interrupted run's reason. I/O workloads trade the CI and efficiency
 * columns for throughput and p99 latency, decided by what their points carry.
 */
import type { Point, Run } from '../../../../src-shared/report'
import { translateEn } from '../../../../src-shared/i18n/translate'
import { RUNTIME_TRAITS } from '../../../../src-shared/runtime-traits'
import { describeOptions } from '../../../../src-shared/workloads'
import { formatMs, formatPercent, formatRatio, formatUs, renderColumns } from './columns'
import { IO_HEADERS, ioCells, ioCheckText, isIoRuns, uvPoolLine } from './io-columns'

/** `Prime search (CPU-bound) — range [0, 1000000000), sieve, dynamic chunking`. */
export function sectionHeading(run: Run): string {
  return `${translateEn(`workloads.${run.workload}.heading`)} — ${describeRun(run)}`
}

/** The run's options in one line, as its workload definition words them. */
export function describeRun(run: Run): string {
  return describeOptions(run.config, translateEn)
}

function timeCell(p: Point): string {
  const half = (p.stats.ci95[1] - p.stats.ci95[0]) / 2
  return `${formatMs(p.stats.median)} ±${formatMs(half).replace(' ', '')}`
}

function speedupCell(p: Point): string {
  if (p.speedup === null) return '–'
  const ci = p.speedupCi95 ? ` [${p.speedupCi95[0].toFixed(2)}–${p.speedupCi95[1].toFixed(2)}]` : ''
  return `${formatRatio(p.speedup)}${ci}`
}

function checkLine(runs: Run[]): string {
  const checks = runs.flatMap((r) => r.points.map((p) => p.check))
  if (checks.length === 0) return 'check: no point finished'
  const bad = checks.filter((c) => !c.ok)
  const first = checks[0]!
  if (bad.length > 0) return `check: FAILED on ${bad.length} point(s) — expected ${bad[0]!.expected}, got ${bad[0]!.actual}`
  const io = ioCheckText(first.source, first.expected)
  if (io) return `check: ${io}`
  // A workload whose answer is not a count says in the catalogue what its check verified.
  const ownKey = `workloads.${runs[0]!.workload}.checked`
  const own = translateEn(ownKey, { expected: first.expected ?? '?' })
  if (own !== ownKey) return `check: ${own} ✓`
  return `check: every answer = ${first.expected} (${first.source === 'known-value' ? 'published value' : 'single-thread reference'}) ✓`
}

export function sweepSection(runs: Run[]): string {
  const counts = [...new Set(runs.flatMap((r) => r.points.map((p) => p.workers)))].sort((a, b) => a - b)
  const header = ['workers']
  // The main-thread baseline has one point: its speedup is 1 by definition, so only its time shows.
  const hasMain = runs.some((r) => RUNTIME_TRAITS[r.runtime].baseline)
  const io = isIoRuns(runs)
  const extra = io ? [...IO_HEADERS] : []
  for (const run of runs) {
    header.push(...(RUNTIME_TRAITS[run.runtime].baseline ? ['main time', ...extra] : [`${run.runtime} time`, io ? 'speedup' : 'speedup [95% CI]', ...(io ? extra : ['eff.']), ...(hasMain ? ['vs main'] : [])]))
  }
  const rows = [header]
  for (const workers of counts) {
    const anyOver = runs.some((r) => r.points.some((p) => p.workers === workers && p.oversubscribed))
    const row = [anyOver ? `${workers} (over)` : `${workers}`]
    for (const run of runs) {
      const p = run.points.find((q) => q.workers === workers)
      if (RUNTIME_TRAITS[run.runtime].baseline) {
        row.push(p ? timeCell(p) : '', ...(io ? ioCells(p) : []))
        continue
      }
      const cells = p ? [timeCell(p), io ? formatRatio(p.speedup) : speedupCell(p), ...(io ? ioCells(p) : [formatPercent(p.efficiency)])] : io ? ['', '', '', ''] : ['', '', '']
      if (hasMain) cells.push(p ? formatRatio(p.speedupVsBaseline) : '')
      row.push(...cells)
    }
    rows.push(row)
  }
  const lines = [sectionHeading(runs[0]!), renderColumns(rows), checkLine(runs)]
  const uv = io ? uvPoolLine(runs) : null
  if (uv) lines.push(uv)
  const overhead = runs.filter((r) => r.overhead).map((r) => `${r.runtime} ${formatUs(r.overhead!.emptyTaskRoundTripUs.median)}`)
  if (overhead.length) lines.push(`harness overhead (empty-task round trip, median): ${overhead.join(', ')}`)
  const fits = runs.filter((r) => r.amdahl).map((r) => `${r.runtime} ${(r.amdahl!.serialFraction * 100).toFixed(1)}% (max ${formatRatio(r.amdahl!.maxSpeedup)})`)
  if (fits.length) lines.push(`Amdahl serial fraction: ${fits.join(', ')}`)
  for (const run of runs) if (run.status !== 'completed') lines.push(`${run.runtime}: ${run.status.toUpperCase()} — ${run.error}`)
  return lines.join('\n')
}
