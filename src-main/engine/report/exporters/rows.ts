/**
 * The plain-text cells the Markdown and HTML exporters share: machine panel, result rows,
 * settings lines, warning locations. Unescaped here; each exporter escapes for its own language.
 */
import type { Machine, Point, Report, ReportWarning, Run } from '../../../../src-shared/report'
import { RUNTIME_TRAITS } from '../../../../src-shared/runtime-traits'
import {
  CASE_POINT_KEYS,
  CORE_REPORT_KEYS,
  CORE_RUN_KEYS,
  type Leaf,
  caseLabeller,
  capitalize,
  configLeaves,
  describeName,
  extraLeaves,
  flattenLeaves,
  pointExtraLeaves,
} from './figures'
import { formatBytes, formatInterval, formatLeaf, formatMs, formatPercent, formatRatio, formatTime, formatUs } from './format'

/** Report fields beyond the core ones (e.g. the engine's event-loop delay), as label/value rows. */
export function reportExtraRows(report: Report): [string, string][] {
  return extraLeaves(report, CORE_REPORT_KEYS).map(([k, v]) => [k, formatLeaf(v)])
}

const KNOWN_MACHINE_KEYS: ReadonlySet<string> = new Set([
  'cpuModel', 'logicalCores', 'availableParallelism', 'totalMemoryBytes', 'os', 'platform', 'arch', 'hostname', 'loadAverage', 'versions',
])

export function machineRows(machine: Machine): [string, string][] {
  const v = machine.versions
  const rows: [string, string][] = [
    ['CPU', machine.cpuModel],
    ['Cores', `${machine.logicalCores} logical, ${machine.availableParallelism} available to the lab`],
    ['Memory', formatBytes(machine.totalMemoryBytes)],
    ['Operating system', `${machine.os} (${machine.platform}/${machine.arch})`],
    ['Node.js', `${v.node} (V8 ${v.v8})`],
  ]
  if (v.electron) rows.push(['Electron', `${v.electron}${v.chrome ? ` (Chrome ${v.chrome})` : ''}`])
  rows.push(['Concurrency Lab', v.lab])
  if (machine.hostname) rows.push(['Host name', machine.hostname])
  if (machine.loadAverage && machine.loadAverage.length > 0) {
    rows.push(['Load average at start', machine.loadAverage.map((x) => x.toFixed(2)).join(', ')])
  }
  // Fields a newer lab added to the machine panel still show, by name.
  for (const [k, v] of extraLeaves(machine, KNOWN_MACHINE_KEYS)) rows.push([k, formatLeaf(v)])
  return rows
}

/** The results table of a group of runs; a `case` column appears when points differ by case. */
export interface ResultTable {
  header: string[]
  rows: { cells: string[]; ok: boolean }[]
  /** Columns to right-align. */
  numeric: (column: number) => boolean
  /** Index of the check column, which exporters highlight when a check failed. */
  checkColumn: number
  /** Case fields shared by every point (shown once, not in every row); empty when none. */
  commonCase: string
}

export function resultTable(runs: readonly Run[]): ResultTable {
  const cases = caseLabeller(runs.flatMap((r) => r.points))
  const withCase = cases.varies
  const header = ['runtime', ...(withCase ? ['case'] : []), 'workers', 'median ± 95% CI', 'speedup [95% CI]', 'efficiency', 'vs main', 'Karp–Flatt', 'check']
  const first = withCase ? 2 : 1
  const rows = runs.flatMap((run) =>
    run.points.map((point) => {
      const [runtime, ...rest] = resultCells(run, point)
      return { cells: [runtime ?? '', ...(withCase ? [cases.label(point)] : []), ...rest], ok: point.check.ok }
    }),
  )
  return { header, rows, numeric: (i) => i >= first && i < first + 6, checkColumn: header.length - 1, commonCase: cases.common }
}

/** One row: a point of a run (runtime, workers, time, speedup, efficiency, vs main, Karp–Flatt, check). */
export function resultCells(run: Run, point: Point): string[] {
  const c = point.check
  const check = c.ok ? '✓' : `✗ expected ${c.expected ?? '–'}, got ${c.actual ?? '–'}`
  return [
    run.runtime,
    point.oversubscribed ? `${point.workers} (over)` : String(point.workers),
    formatTime(point.stats),
    point.speedup === null ? '–' : `${formatRatio(point.speedup)} ${formatInterval(point.speedupCi95)}`.trim(),
    formatPercent(point.efficiency),
    RUNTIME_TRAITS[run.runtime].baseline ? '–' : formatRatio(point.speedupVsBaseline),
    point.karpFlatt === null || point.karpFlatt === undefined ? '–' : point.karpFlatt.toFixed(3),
    check,
  ]
}

/** Extra figures of every point (case fields aside), one row per point, one column per leaf. */
export function extrasTable(runs: readonly Run[]): { header: string[]; rows: string[][]; numeric: (column: number) => boolean } | null {
  const points = runs.flatMap((run) =>
    run.points.map((p) => ({
      run,
      p,
      leaves: new Map(pointExtraLeaves(p).filter(([k]) => !CASE_POINT_KEYS.has(k.split('.')[0] ?? ''))),
    })),
  )
  const keys = [...new Set(points.flatMap((x) => [...x.leaves.keys()]))]
  if (keys.length === 0) return null
  const cases = caseLabeller(points.map((x) => x.p))
  const withCase = cases.varies
  const firstNumeric = withCase ? 2 : 1
  return {
    numeric: (i) => i >= firstNumeric,
    header: ['runtime', ...(withCase ? ['case'] : []), 'workers', ...keys],
    rows: points.map(({ run, p, leaves }) => [
      run.runtime,
      ...(withCase ? [cases.label(p)] : []),
      String(p.workers),
      ...keys.map((k) => formatLeaf(leaves.get(k) ?? null)),
    ]),
  }
}

/**
 * Run fields beyond the core ones (outside references, measurements this machine cannot make):
 * a table per field with a row per entry, so a new field shows up without an exporter change.
 */
export function runExtraTables(runs: readonly Run[]): { title: string; header: string[]; rows: string[][] }[] {
  const byKey = new Map<string, { runtime: string; leaves: Map<string, Leaf> }[]>()
  for (const run of runs) {
    for (const [key, value] of Object.entries(run)) {
      if (CORE_RUN_KEYS.has(key) || value === undefined) continue
      const entries = Array.isArray(value) ? value : [value]
      const rows = byKey.get(key) ?? []
      for (const entry of entries.slice(0, 100)) rows.push({ runtime: run.runtime, leaves: new Map(flattenLeaves(entry, '')) })
      byKey.set(key, rows)
    }
  }
  return [...byKey].map(([key, rows]) => {
    const columns = [...new Set(rows.flatMap((r) => [...r.leaves.keys()]))]
    return {
      title: capitalize(describeName(key).words),
      header: ['runtime', ...columns.map((c) => (c === '' ? key : c))],
      rows: rows.map((r) => [r.runtime, ...columns.map((c) => formatLeaf(r.leaves.get(c) ?? null))]),
    }
  })
}

export function configText(config: Record<string, unknown>): string {
  const leaves = configLeaves(config)
  return leaves.length === 0 ? '(no options)' : leaves.map(([k, v]) => `${k} = ${formatLeaf(v)}`).join(', ')
}

const KNOWN_SETTINGS: ReadonlySet<string> = new Set(['serialization', 'warmup', 'repeat', 'taskTimeoutMs'])

export function settingsText(run: Run): string {
  const s = run.settings
  const timeout = s.taskTimeoutMs > 0 ? `, task timeout ${formatMs(s.taskTimeoutMs)}` : ''
  const others = extraLeaves(s, KNOWN_SETTINGS).map(([k, v]) => `, ${k} = ${formatLeaf(v)}`)
  return `${s.serialization} serialization, ${s.warmup} warm-up, ${s.repeat} repetition${s.repeat === 1 ? '' : 's'}${timeout}${others.join('')}`
}

/** Run-level facts worth a line under the table: failures, overhead, Amdahl. */
export function runNotes(runs: readonly Run[]): string[] {
  const notes: string[] = []
  const overhead = runs.filter((r) => r.overhead).map((r) => `${r.runtime} ${formatUs(r.overhead?.emptyTaskRoundTripUs.median ?? 0)}`)
  if (overhead.length > 0) notes.push(`Harness overhead (empty-task round trip, median): ${overhead.join(', ')}`)
  const fits = runs.flatMap((r) =>
    r.amdahl ? [`${r.runtime} ${(r.amdahl.serialFraction * 100).toFixed(1)}% (max speedup ${formatRatio(r.amdahl.maxSpeedup)})`] : [],
  )
  if (fits.length > 0) notes.push(`Amdahl serial fraction: ${fits.join(', ')}`)
  for (const run of runs) {
    if (run.status !== 'completed') notes.push(`${run.runtime}: ${run.status.toUpperCase()}${run.error ? ` — ${run.error}` : ''}`)
  }
  return notes
}

/** Where a warning applies, e.g. "prime on thread, 2 workers". */
export function warningPlace(report: Report, warning: ReportWarning): string {
  const run = report.runs.find((r) => r.id === warning.runId)
  const where = run ? `${run.workload} on ${run.runtime}` : warning.runId ?? 'whole report'
  return warning.workers === undefined ? where : `${where}, ${warning.workers} worker${warning.workers === 1 ? '' : 's'}`
}

export const EXPLANATIONS: [string, string][] = [
  ['Median ± 95% CI', 'The middle of the measured repetitions, and half the width of the 95% confidence interval of the mean: with more repetitions or a quieter machine it shrinks.'],
  ['Speedup', 'Time with 1 worker divided by time with N workers, on the same runtime. The ideal is N; below it, the work or its coordination did not split perfectly.'],
  ['Efficiency', 'Speedup divided by the number of workers: the share of each worker that did useful work (100% = perfect scaling).'],
  ['vs main', 'Time on the main thread divided by time with this runtime and worker count: above 1, the workers paid off.'],
  ['Karp–Flatt', 'The serial fraction implied by each point. If it grows with the worker count, the cost is coordination overhead rather than a fixed serial part.'],
  ['Amdahl serial fraction', 'The share of the work that could not be split, fitted to all points up to the core count, and the highest speedup it allows.'],
  ['Harness overhead', 'What sending one empty task through the same pool and back costs: the lab measures its own overhead so you can tell it apart from the work.'],
  ['(over)', 'More workers than logical cores: the operating system takes turns between them, so no further speedup is possible.'],
]
