/**
 * What `conlab run` and `conlab claims` share once their flags are judged: the output target, the
 * suite with progress on stderr and cancel, the report, the table, the extra formats and the
 * history copy, and the exit code (run-command.ts's header says which).
 */
import { resolve } from 'node:path'
import type { RunConfigInput } from '../../src-shared/config'
import type { Report } from '../../src-shared/report'
import { suiteOutcome } from '../../src-shared/suite-outcome'
import { assertNever } from '../../src-shared/protocol'
import { writeReportFile } from '../engine/report/atomic-write'
import { describeCpusAllowed } from '../engine/measure/cpu-affinity'
import { runSuite } from '../engine/session'
import { processIo } from './cli-io'
import { checkWritable, outTarget } from './out-target'
import { createProgressView } from './progress-view'
import { writeRunOutputs } from './run-outputs'
import { formatReportTable } from '../engine/report/text/report-table'
import { ENGLISH, type Wording } from '../engine/report/text/wording'
import type { ExportFormat } from '../../src-shared/api'

export const EXIT_OK = 0
export const EXIT_RUN_FAILED = 1
export const EXIT_USAGE = 2
export const EXIT_CANCELLED = 130
export const EXIT_TERMINATED = 143

export function defaultReportPath(now: Date, cwd = process.cwd()): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-').replace('Z', '')
  return resolve(cwd, 'reports', `conlab-${stamp}.json`)
}

/** What `conlab run` and `conlab claims` share from the output target on: the suite, its report, its files, the exit code. */
export interface SuiteCommand {
  out: string | undefined
  json: boolean
  quiet: boolean
  label: string | undefined
  /** Extra formats written next to the report (export-command.ts). */
  formats: ExportFormat[]
  /** `--include-hostname`: those formats name the machine. */
  includeHostname?: boolean
  /** Save the report into the run history (history-dir.ts). */
  history: boolean
  /** `--cpus N`: applied before this process started (cpus-reexec.ts), recorded by the engine. */
  cpus?: number
}

export interface ReportShape {
  /** Adds what the command knows once the runs are in (`conlab claims`: the verdicts). */
  complete?: (report: Report) => Report
  /** The table printed after the run (default: the whole report's, report-table.ts). */
  table?: (report: Report, w: Wording) => string
}

/**
 * Judges the output target, runs the suite with progress on stderr and the cancel of `signal`,
 * writes the report (file or stdout), prints the table, writes the extra formats and the history
 * copy, and turns the outcome into the exit code (this file's header).
 */
export async function measureAndReport(configs: RunConfigInput[], command: SuiteCommand, signal: AbortSignal, w: Wording = ENGLISH, shape: ReportShape = {}): Promise<number> {
  const { t } = w
  const table = shape.table ?? formatReportTable
  const target = outTarget(command.out, () => (command.json && command.formats.length === 0 ? undefined : defaultReportPath(new Date())), w)
  if (target.kind === 'file') await checkWritable(target.path, w)
  if (signal.aborted) return cancelledBeforeAnything(w)
  const cpus = command.cpus === undefined ? undefined : { requested: command.cpus }
  // Said before the minute of measuring, not buried in the report: the run will use every core.
  const notApplied = cpus ? describeCpusAllowed(cpus).notApplied : undefined
  if (notApplied) process.stderr.write(`conlab: ${t('cli.cpus.notApplied', { n: command.cpus!, reason: t(`cli.cpus.reasons.${notApplied}`) })}\n`)
  const view = createProgressView(process.stderr, command.quiet, w)
  let report: Report
  try {
    report = await runSuite(configs, { signal, onEvent: view.onEvent, ...(command.label ? { label: command.label } : {}), ...(cpus ? { cpus } : {}) })
  } finally {
    view.stop()
  }
  if (report.runs.length === 0 && signal.aborted) return cancelledBeforeAnything(w)
  if (shape.complete) report = shape.complete(report)

  let written = true
  let reportPath: string | undefined
  switch (target.kind) {
    case 'file':
      reportPath = target.path
      try {
        await writeReportFile(target.path, report)
      } catch (error) {
        // The figures are still shown and saved to the history below: nothing measured is lost.
        written = false
        process.stderr.write(`${t('cli.run.writeFailed', { path: target.path, message: error instanceof Error ? error.message : String(error) })}\n`)
      }
      break
    case 'stdout':
      process.stdout.write(`${JSON.stringify(report, null, 2)}\n`)
      break
    case 'none':
      break
    default:
      assertNever(target, 'report target')
  }

  if (target.kind === 'stdout') process.stderr.write(`\n${table(report, w)}\n`)
  else if (command.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`)
  else process.stdout.write(`\n${table(report, w)}\n`)
  if (reportPath && written) process.stderr.write(`\n${t('cli.run.written', { path: reportPath })}\n`)
  // Extra formats and the history copy come after the report is safe on disk.
  const formats = written ? command.formats : []
  const outputsOk = await writeRunOutputs(report, { reportPath: reportPath ?? defaultReportPath(new Date()), formats, includeHostname: command.includeHostname === true, history: command.history }, processIo, w)

  const outcome = suiteOutcome(report.runs, { cancelled: signal.aborted })
  switch (outcome) {
    case 'aborted':
      process.stderr.write(`${t('cli.run.cancelled')}\n`)
      return EXIT_CANCELLED
    case 'failed':
    case 'partly-failed':
      return EXIT_RUN_FAILED
    case 'completed':
      return outputsOk && written ? EXIT_OK : EXIT_RUN_FAILED
    default:
      return assertNever(outcome, 'suite outcome')
  }
}

function cancelledBeforeAnything({ t }: Wording): number {
  process.stderr.write(`${t('cli.run.cancelledBeforeAnything')}\n`)
  return EXIT_CANCELLED
}
