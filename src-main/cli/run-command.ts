/**
 * `conlab run`: runs the suite with a cancel on Ctrl-C, writes the report atomically, prints the
 * table. Returns the process exit code from the suite's outcome (src-shared/suite-outcome.ts):
 * 0 completed; 1 a run failed (e.g. a wrong answer) or an output could not be written; 130
 * cancelled (143 for SIGTERM, set in main.ts), the partial report still written with its
 * interrupted run marked `aborted`. A cancel before the first run started writes no report and
 * no history entry (there is nothing to keep) and says "cancelled before anything ran".
 * `--out -` prints the JSON report on stdout; the table then goes to stderr, so a pipe gets
 * pure JSON and a person at the terminal still sees the figures.
 */
import { resolve } from 'node:path'
import type { Report } from '../../src-shared/report'
import { suiteOutcome } from '../../src-shared/suite-outcome'
import { assertNever } from '../../src-shared/protocol'
import { writeReportFile } from '../engine/report/atomic-write'
import { runSuite } from '../engine/session'
import { processIo } from './cli-io'
import { CANCELLED_BEFORE_ANYTHING_RAN } from './early-signals'
import { checkRuntimesAvailable, checkWritable, outTarget } from './out-target'
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
  // Everything that can be refused is refused before a minute of measuring, not after.
  checkRuntimesAvailable(command.configs.flatMap((c) => c.runtimes ?? []))
  const target = outTarget(command.out, () => (command.json && command.formats.length === 0 ? undefined : defaultReportPath(new Date())))
  if (target.kind === 'file') await checkWritable(target.path)
  if (signal.aborted) return cancelledBeforeAnything()
  const view = createProgressView(process.stderr, command.quiet)
  let report: Report
  try {
    report = await runSuite(command.configs, { signal, onEvent: view.onEvent, ...(command.label ? { label: command.label } : {}) })
  } finally {
    view.stop()
  }
  if (report.runs.length === 0 && signal.aborted) return cancelledBeforeAnything()

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
        process.stderr.write(`conlab: could not write the report to ${target.path}: ${error instanceof Error ? error.message : String(error)}\n`)
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

  if (target.kind === 'stdout') process.stderr.write(`\n${formatReportTable(report)}\n`)
  else if (command.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`)
  else process.stdout.write(`\n${formatReportTable(report)}\n`)
  if (reportPath && written) process.stderr.write(`\nReport written to ${reportPath}\n`)
  // Extra formats and the history copy come after the report is safe on disk.
  const formats = written ? command.formats : []
  const outputsOk = await writeRunOutputs(report, { reportPath: reportPath ?? defaultReportPath(new Date()), formats, history: command.history }, processIo)

  const outcome = suiteOutcome(report.runs, { cancelled: signal.aborted })
  switch (outcome) {
    case 'aborted':
      process.stderr.write('Cancelled: partial results kept, marked "aborted".\n')
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

function cancelledBeforeAnything(): number {
  process.stderr.write(`${CANCELLED_BEFORE_ANYTHING_RAN}\n`)
  return EXIT_CANCELLED
}
