/**
 * CSV for spreadsheets: one row per point per run, every setting in its own column, so a
 * workshop's files can be pasted under each other and filtered or pivoted. RFC 4180: comma
 * separated, CRLF line ends, quoted where needed; text that a spreadsheet would run as a formula
 * is neutralised (see `csvField`). A run that finished no point still gets a row, so a failure
 * is visible and not just missing.
 */
import type { Point, Report, Run } from '../../../../src-shared/report'
import { CLAIMS_CSV_COLUMNS, hasClaims, runClaimsCells, verdictCells } from './claims-csv'
import { csvField } from './escape'
import { type Leaf, configLeaves, pointExtraLeaves } from './figures'
import type { Exporter } from './types'

type Cell = string | number | boolean | null | undefined

/** The fixed columns, in order, and how each is read from (report, run, point). */
const FIXED: [string, (report: Report, run: Run, point: Point | undefined) => Cell][] = [
  ['report_label', (r) => r.label],
  ['created_at', (r) => r.createdAt],
  ['cpu_model', (r) => r.machine.cpuModel],
  ['logical_cores', (r) => r.machine.logicalCores],
  ['available_parallelism', (r) => r.machine.availableParallelism],
  ['os', (r) => r.machine.os],
  ['arch', (r) => r.machine.arch],
  ['node_version', (r) => r.machine.versions.node],
  ['electron_version', (r) => r.machine.versions.electron],
  ['lab_version', (r) => r.machine.versions.lab],
  ['run_id', (_, run) => run.id],
  ['workload', (_, run) => run.workload],
  ['runtime', (_, run) => run.runtime],
  ['status', (_, run) => run.status],
  ['error', (_, run) => run.error],
  ['serialization', (_, run) => run.settings.serialization],
  ['warmup', (_, run) => run.settings.warmup],
  ['repeat', (_, run) => run.settings.repeat],
  ['task_timeout_ms', (_, run) => run.settings.taskTimeoutMs],
  ['overhead_round_trip_us_median', (_, run) => run.overhead?.emptyTaskRoundTripUs.median],
  ['overhead_share_of_chunk', (_, run) => run.overhead?.shareOfChunk],
  ['amdahl_serial_fraction', (_, run) => run.amdahl?.serialFraction],
  ['workers', (_, __, p) => p?.workers],
  ['oversubscribed', (_, __, p) => p?.oversubscribed],
  ['n', (_, __, p) => p?.stats.n],
  ['median_ms', (_, __, p) => p?.stats.median],
  ['mean_ms', (_, __, p) => p?.stats.mean],
  ['stddev_ms', (_, __, p) => p?.stats.stddev],
  ['min_ms', (_, __, p) => p?.stats.min],
  ['max_ms', (_, __, p) => p?.stats.max],
  ['ci95_low_ms', (_, __, p) => p?.stats.ci95[0]],
  ['ci95_high_ms', (_, __, p) => p?.stats.ci95[1]],
  ['speedup', (_, __, p) => p?.speedup],
  ['speedup_ci95_low', (_, __, p) => p?.speedupCi95?.[0]],
  ['speedup_ci95_high', (_, __, p) => p?.speedupCi95?.[1]],
  ['speedup_vs_main', (_, __, p) => p?.speedupVsBaseline],
  ['efficiency', (_, __, p) => p?.efficiency],
  ['karp_flatt', (_, __, p) => p?.karpFlatt],
  ['check_ok', (_, __, p) => p?.check.ok],
  ['check_expected', (_, __, p) => p?.check.expected],
  ['check_actual', (_, __, p) => p?.check.actual],
  ['check_source', (_, __, p) => p?.check.source],
  ['samples_ms', (_, __, p) => p?.samplesMs.join(' ')],
]

/** Dynamic columns in first-seen order, so the layout follows the report rather than an alphabet. */
function collectKeys(lists: Iterable<[string, Leaf][]>): string[] {
  const keys = new Set<string>()
  for (const list of lists) for (const [key] of list) keys.add(key)
  return [...keys]
}

export function reportToCsv(report: Report): string {
  type Row = { run: Run; point: Point | undefined }
  const rows = report.runs.flatMap((run): Row[] =>
    run.points.length > 0 ? run.points.map((point) => ({ run, point })) : [{ run, point: undefined }],
  )
  const configByRun = new Map(report.runs.map((run) => [run, new Map(configLeaves(run.config))]))
  const extrasByRow = rows.map(({ point }) => new Map(point ? pointExtraLeaves(point) : []))
  const configKeys = collectKeys([...configByRun.values()].map((m) => [...m]))
  const extraKeys = collectKeys(extrasByRow.map((m) => [...m]))

  // An extra named like a fixed column (`status`, `n`) gets a prefix rather than a twin header.
  const fixedNames = new Set(FIXED.map(([name]) => name))
  const extraHeader = extraKeys.map((k) => (fixedNames.has(k) ? `point.${k}` : k))
  const claims = hasClaims(report)
  const header = [...fixedNames, ...configKeys.map((k) => `config.${k}`), ...extraHeader, ...(claims ? CLAIMS_CSV_COLUMNS : [])]
  const lines = [header.map(csvField).join(',')]
  rows.forEach(({ run, point }, i) => {
    const config = configByRun.get(run)
    const extras = extrasByRow[i]
    const cells: Cell[] = [
      ...FIXED.map(([, read]) => read(report, run, point)),
      ...configKeys.map((k) => config?.get(k)),
      ...extraKeys.map((k) => extras?.get(k)),
      ...(claims ? runClaimsCells(run) : []),
    ]
    lines.push(cells.map(csvField).join(','))
  })
  // The verdicts (claims-csv.ts): the report's own columns filled, the run's and point's left empty.
  const reportColumns = FIXED.findIndex(([name]) => name === 'run_id')
  for (const verdict of verdictCells(report)) {
    const cells: Cell[] = [...FIXED.slice(0, reportColumns).map(([, read]) => read(report, report.runs[0]!, undefined)), ...Array<Cell>(header.length - reportColumns - verdict.length).fill(undefined), ...verdict]
    lines.push(cells.map(csvField).join(','))
  }
  return `${lines.join('\r\n')}\r\n`
}

export const csvExporter: Exporter = {
  format: 'csv',
  extension: 'csv',
  mimeType: 'text/csv',
  binary: false,
  export: async (report) => reportToCsv(report),
}
