/**
 * `conlab run`: runs the suite with a cancel on Ctrl-C, writes the report atomically, prints the
 * table. Returns the process exit code: 0 done, 1 a run failed (e.g. a wrong answer), 130
 * cancelled (the partial report is still written, its interrupted run marked `aborted`).
 */
import { dirname, resolve } from 'node:path'
import type { Report } from '../../src-shared/report'
import { writeReportFile } from '../engine/report/atomic-write'
import { ensureDir } from '../engine/report/ensure-dir'
import { UsageError } from './parse-values'
import { runSuite } from '../engine/session'
import { processIo } from './cli-io'
import { createProgressView } from './progress-view'
import type { RunCommand } from './program'
import { writeRunOutputs } from './run-outputs'
import { formatReportTable } from '../engine/report/text/report-table'

export const EXIT_OK = 0
export const EXIT_RUN_FAILED = 1
export const EXIT_USAGE = 2
export const EXIT_CANCELLED = 130
export const EXIT_TERMINATED = 143

export function defaultReportPath(now: Date, cwd = process.cwd()): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-').replace('Z', '')
  return resolve(cwd, 'reports', `conlab-${stamp}.json`)
}

export async function executeRun(command: RunCommand, signal: AbortSignal): Promise<number> {
  const out = command.out ? resolve(command.out) : command.json && command.formats.length === 0 ? undefined : defaultReportPath(new Date())
  // A report that cannot be written is a usage error found before a minute of measuring, not after.
  if (out) await preflightOut(out)
  const view = createProgressView(process.stderr, command.quiet)
  let report: Report
  try {
    report = await runSuite(command.configs, { signal, onEvent: view.onEvent, ...(command.label ? { label: command.label } : {}) })
  } finally {
    view.stop()
  }
  let written = true
  if (out) {
    try {
      await writeReportFile(out, report)
    } catch (error) {
      // The figures are still shown and saved to the history below: nothing measured is lost.
      written = false
      process.stderr.write(`conlab: could not write the report to ${out}: ${error instanceof Error ? error.message : String(error)}\n`)
    }
  }

  if (command.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`)
  else process.stdout.write(`\n${formatReportTable(report)}\n`)
  if (out && written) process.stderr.write(`\nReport written to ${out}\n`)
  // Extra formats and the history copy come after the report is safe on disk.
  const formats = written ? command.formats : []
  const outputsOk = await writeRunOutputs(report, { reportPath: out ?? defaultReportPath(new Date()), formats, history: command.history }, processIo)

  if (signal.aborted || report.runs.some((r) => r.status === 'aborted')) {
    process.stderr.write('Cancelled: partial results kept, marked "aborted".\n')
    return EXIT_CANCELLED
  }
  return report.runs.some((r) => r.status === 'failed') || !outputsOk || !written ? EXIT_RUN_FAILED : EXIT_OK
}

async function preflightOut(out: string): Promise<void> {
  try {
    await ensureDir(dirname(out))
  } catch (error) {
    throw new UsageError(`--out: ${error instanceof Error ? error.message : String(error)}`)
  }
}
