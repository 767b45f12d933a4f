/**
 * The plain-text cells the Markdown and HTML exporters share: machine panel, result rows,
 * settings lines, warning locations. Unescaped here; each exporter escapes for its own language.
 */
import type { CpusAllowed, Point, Report, ReportWarning, Run } from '../../../../src-shared/report'
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
import { EN, type ExportLocale } from './locale'
import { karpFlattText, speedupText, timeText } from './point-cells'
import { shownText } from '../../../../src-shared/engine-message'
import { unavailableReason, unavailableWhat } from '../../../../src-shared/unavailable-text'
import { withMessagesShown } from './shown-messages'
import { pythonInfoText } from '../../../../src-shared/python-label'
import { runShown } from './run-shown'
import { cpusAllowedParts } from '../text/machine-text'

export { runShown } from './run-shown'
export { type MachineRowOptions, machineRows } from './machine-rows'

/**
 * Report fields beyond the core ones (e.g. the engine's event-loop delay), as label/value rows:
 * a field the catalogue names gets its label, one a newer lab added shows by its path.
 */
export function reportExtraRows(report: Report, loc: ExportLocale = EN): [string, string][] {
  return extraLeaves(report, CORE_REPORT_KEYS).map(([k, v]) => [loc.maybe(`reportFields.${k}`) ?? k, loc.fmt.leaf(v)])
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

export function resultTable(runs: readonly Run[], loc: ExportLocale = EN): ResultTable {
  const { r } = loc
  const cases = caseLabeller(runs.flatMap((r) => r.points), loc)
  const withCase = cases.varies
  const header = [
    r('table.runtime'),
    ...(withCase ? [r('table.case')] : []),
    ...['workers', 'median', 'speedup', 'efficiency', 'vsMain', 'karpFlatt', 'check'].map((k) => r(`table.${k}`)),
  ]
  const first = withCase ? 2 : 1
  const rows = runs.flatMap((run) =>
    run.points.map((point) => {
      const [runtime, ...rest] = resultCells(run, point, loc)
      return { cells: [runtime ?? '', ...(withCase ? [cases.label(point)] : []), ...rest], ok: point.check.ok }
    }),
  )
  return { header, rows, numeric: (i) => i >= first && i < first + 6, checkColumn: header.length - 1, commonCase: cases.common }
}

/** One row: a point of a run (runtime, workers, time, speedup, efficiency, vs main, Karp–Flatt, check). */
export function resultCells(run: Run, point: Point, loc: ExportLocale = EN): string[] {
  const { r, fmt } = loc
  const c = point.check
  // The answers are the workload's own values (counts, checksums), shown as recorded.
  const check = c.ok ? '✓' : r('table.checkFailed', { expected: c.expected ?? '–', actual: c.actual ?? '–' })
  const workers = fmt.number(point.workers)
  return [
    runShown(run, loc),
    point.oversubscribed ? r('table.over', { workers }) : workers,
    timeText(point, loc),
    speedupText(point, loc),
    fmt.percent(point.efficiency),
    RUNTIME_TRAITS[run.runtime].baseline ? '–' : fmt.ratio(point.speedupVsBaseline),
    karpFlattText(point, loc),
    check,
  ]
}

/** Extra figures of every point (case fields aside), one row per point, one column per leaf. */
export function extrasTable(runs: readonly Run[], loc: ExportLocale = EN): { header: string[]; rows: string[][]; numeric: (column: number) => boolean } | null {
  const { r, fmt } = loc
  const points = runs.flatMap((run) =>
    run.points.map((p) => ({
      run,
      p,
      leaves: new Map(pointExtraLeaves(p).filter(([k]) => !CASE_POINT_KEYS.has(k.split('.')[0] ?? ''))),
    })),
  )
  const keys = [...new Set(points.flatMap((x) => [...x.leaves.keys()]))]
  if (keys.length === 0) return null
  const cases = caseLabeller(points.map((x) => x.p), loc)
  const withCase = cases.varies
  const firstNumeric = withCase ? 2 : 1
  return {
    numeric: (i) => i >= firstNumeric,
    // The figures' own columns keep their field paths (`cpu.userMs`): the same names as the CSV's.
    header: [r('table.runtime'), ...(withCase ? [r('table.case')] : []), r('table.workers'), ...keys],
    rows: points.map(({ run, p, leaves }) => [
      runShown(run, loc),
      ...(withCase ? [cases.label(p)] : []),
      fmt.number(p.workers),
      ...keys.map((k) => fmt.leaf(leaves.get(k) ?? null)),
    ]),
  }
}

/**
 * Run fields beyond the core ones (outside references, measurements this machine cannot make):
 * a table per field with a row per entry, so a new field shows up without an exporter change.
 */
export function runExtraTables(runs: readonly Run[], loc: ExportLocale = EN): { title: string; header: string[]; rows: string[][] }[] {
  const byKey = new Map<string, { runtime: string; leaves: Map<string, Leaf> }[]>()
  for (const run of runs) {
    for (const [key, value] of Object.entries(run)) {
      if (CORE_RUN_KEYS.has(key) || value === undefined) continue
      const shown = key === 'unavailable' ? unavailableShown(run, loc) : key === 'cpusAllowed' && run.cpusAllowed ? cpusShown(run.cpusAllowed, loc) : withMessagesShown(value, loc.t)
      const entries = Array.isArray(shown) ? shown : [shown]
      const rows = byKey.get(key) ?? []
      for (const entry of entries.slice(0, 100)) rows.push({ runtime: run.runtime, leaves: new Map(flattenLeaves(entry, '')) })
      byKey.set(key, rows)
    }
  }
  return [...byKey].map(([key, rows]) => {
    const columns = [...new Set(rows.flatMap((r) => [...r.leaves.keys()]))]
    return {
      title: capitalize(loc.maybe(`fieldNames.${key}`) ?? describeName(key).words),
      header: [loc.r('table.runtime'), ...columns.map((c) => (c === '' ? (loc.maybe(`fieldNames.${key}`) ?? key) : c))],
      rows: rows.map((r) => [r.runtime, ...columns.map((c) => loc.fmt.leaf(r.leaves.get(c) ?? null))]),
    }
  })
}

/** The cores a run was restricted to, worded as in the Machine table (not `cpus.value`, `setBy`). */
function cpusShown(c: CpusAllowed, loc: ExportLocale): string {
  return loc.r('machine.cpusAllowedValue', cpusAllowedParts(c, loc.t))
}

/** What a run could not measure and why, named and explained in the export's language. */
function unavailableShown(run: Run, loc: ExportLocale): { what: string; reason: string }[] {
  return (run.unavailable ?? []).map((u) => ({ what: unavailableWhat(loc.t, run.workload, u.what), reason: unavailableReason(loc.t, run.workload, u) }))
}

/** The options as `key = value` pairs: every option, by the names the CLI and the JSON use. */
export function configText(config: Record<string, unknown>, loc: ExportLocale = EN): string {
  const leaves = configLeaves(config)
  return leaves.length === 0 ? loc.r('group.noOptions') : leaves.map(([k, v]) => `${k} = ${loc.fmt.leaf(v)}`).join(loc.r('list'))
}

const KNOWN_SETTINGS: ReadonlySet<string> = new Set(['serialization', 'warmup', 'repeat', 'taskTimeoutMs', 'globalLock', 'python'])

export function settingsText(run: Run, loc: ExportLocale = EN): string {
  const { r, fmt } = loc
  const s = run.settings
  const timeout = s.taskTimeoutMs > 0 ? r('settings.timeout', { timeout: fmt.ms(s.taskTimeoutMs) }) : ''
  const others = extraLeaves(s, KNOWN_SETTINGS).map(([k, v]) => r('settings.other', { key: k, value: fmt.leaf(v) }))
  const main = r(s.repeat === 1 ? 'settings.one' : 'settings.many', { serialization: s.serialization, warmup: fmt.number(s.warmup), repeat: fmt.number(s.repeat) })
  const lock = s.globalLock ? loc.t('globalLock.report.setting', { ms: fmt.number(s.globalLock.switchIntervalMs) }) : ''
  // A py run's interpreter, build and start method stand beside its figures, worded (issue 16).
  const python = s.python ? loc.t('python.settingsPart', { info: pythonInfoText(s.python, loc.t) }) : ''
  return `${main}${timeout}${lock}${python}${others.join('')}`
}

/** Run-level facts worth a line under the table: failures, overhead, Amdahl. */
export function runNotes(runs: readonly Run[], loc: ExportLocale = EN): string[] {
  const { r, fmt } = loc
  const notes: string[] = []
  const overhead = runs.filter((run) => run.overhead).map((run) => `${runShown(run, loc)} ${fmt.us(run.overhead?.emptyTaskRoundTripUs.median ?? 0)}`)
  if (overhead.length > 0) notes.push(r('notes.overhead', { list: overhead.join(r('list')) }))
  const fits = runs.flatMap((run) =>
    run.amdahl
      ? [r('notes.amdahlItem', { runtime: runShown(run, loc), share: fmt.fixed(run.amdahl.serialFraction * 100, 1), max: fmt.ratio(run.amdahl.maxSpeedup) })]
      : run.amdahlUnavailable && !RUNTIME_TRAITS[run.runtime].baseline
        ? [r('notes.amdahlNa', { runtime: runShown(run, loc), reason: r(`notes.amdahlWhy.${run.amdahlUnavailable}`) })]
        : [],
  )
  if (fits.length > 0) notes.push(r('notes.amdahl', { list: fits.join(r('list')) }))
  for (const run of runs) {
    if (run.status === 'completed') continue
    const status = r(`status.${run.status}`)
    // The error is the run's own record: its catalogue message in the export's language, else the stored text.
    const error = run.error ? shownText(loc.t, run.error, run.errorMessage) : ''
    notes.push(error ? r('notes.statusError', { runtime: runShown(run, loc), status, error }) : r('notes.status', { runtime: runShown(run, loc), status }))
  }
  return notes
}

/** Where a warning applies, e.g. "prime on thread, 2 workers". */
export function warningPlace(report: Report, warning: ReportWarning, loc: ExportLocale = EN): string {
  const run = report.runs.find((r) => r.id === warning.runId)
  const where = run ? loc.r('warnings.place', { workload: run.workload, runtime: runShown(run, loc) }) : warning.runId ?? loc.r('warnings.wholeReport')
  if (warning.workers === undefined) return where
  return loc.r(warning.workers === 1 ? 'warnings.workersOne' : 'warnings.workersMany', { where, n: loc.fmt.number(warning.workers) })
}

/**
 * What a warning says. The stored message is English with the run's own figures in it, so an
 * English export shows it as recorded; another language shows the catalogue's explanation of the
 * warning's code (the place line beside it says where), and the stored message stays in the data.
 */
export function warningMessage(warning: ReportWarning, loc: ExportLocale = EN): string {
  return loc.locale === 'en' ? warning.message : loc.r(`warningText.${warning.code}`)
}

const EXPLAINED = ['median', 'speedup', 'efficiency', 'vsMain', 'karpFlatt', 'amdahl', 'overhead', 'over'] as const

/** The terms of "How to read this report", each with its explanation. */
export function explanations(loc: ExportLocale = EN): [string, string][] {
  return EXPLAINED.map((key) => [loc.r(`explain.${key}.term`), loc.r(`explain.${key}.text`)])
}
