/**
 * `conlab run`: runs the suite with a cancel on Ctrl-C, writes the report atomically, prints the
 * table. Returns the process exit code: 0 done, 1 a run failed (e.g. a wrong answer), 130
 * cancelled (the partial report is still written, its interrupted run marked `aborted`).
 */
import { resolve } from 'node:path'
import type { Report } from '../../src-shared/report'
import { writeReportFile } from '../engine/report/atomic-write'
import { runSuite } from '../engine/session'
import { processIo } from './cli-io'
import { createProgressView } from './progress-view'
import type { RunCommand } from './program'
import { writeRunOutputs } from './run-outputs'
import { formatReportTable } from './table'

export const EXIT_OK = 0
export const EXIT_RUN_FAILED = 1
export const EXIT_USAGE = 2
export const EXIT_CANCELLED = 130

export function defaultReportPath(now: Date, cwd = process.cwd()): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-').replace('Z', '')
  return resolve(cwd, 'reports', `conlab-${stamp}.json`)
}

export async function executeRun(command: RunCommand, signal: AbortSignal): Promise<number> {
  const view = createProgressView(process.stderr, command.quiet)
  let report: Report
  try {
    report = await runSuite(command.configs, { signal, onEvent: view.onEvent, ...(command.label ? { label: command.label } : {}) })
  } finally {
    view.stop()
  }
  const out = command.out ? resolve(command.out) : command.json && command.formats.length === 0 ? undefined : defaultReportPath(new Date())
  if (out) await writeReportFile(out, report)

  if (command.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`)
  else process.stdout.write(`\n${formatReportTable(report)}\n`)
  if (out) process.stderr.write(`\nReport written to ${out}\n`)
  // Extra formats and the history copy come after the report is safe on disk.
  const outputsOk = await writeRunOutputs(report, { reportPath: out ?? defaultReportPath(new Date()), formats: command.formats, history: command.history }, processIo)

  if (signal.aborted || report.runs.some((r) => r.status === 'aborted')) {
    process.stderr.write('Cancelled: partial results kept, marked "aborted".\n')
    return EXIT_CANCELLED
  }
  return report.runs.some((r) => r.status === 'failed') || !outputsOk ? EXIT_RUN_FAILED : EXIT_OK
}
