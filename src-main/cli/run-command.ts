/**
 * `conlab run`: runs the suite with a cancel on Ctrl-C, writes the report atomically, prints the
 * table. Returns the process exit code from the suite's outcome (src-shared/suite-outcome.ts):
 * 0 completed; 1 a run failed (e.g. a wrong answer) or an output could not be written; 130
 * cancelled (143 for SIGTERM, set in main.ts), the partial report still written with its
 * interrupted run marked `aborted`. A cancel before the first run started (while the CLI loads,
 * checks its flags or records the machine's state) writes no report and no history entry (there
 * is nothing to keep) and says "cancelled before anything ran".
 * `--out -` prints the JSON report on stdout; the table then goes to stderr, so a pipe gets
 * pure JSON and a person at the terminal still sees the figures.
 */
import { resolve } from 'node:path'
import type { Report } from '../../src-shared/report'
import { suiteOutcome } from '../../src-shared/suite-outcome'
import { assertNever } from '../../src-shared/protocol'
import { writeReportFile } from '../engine/report/atomic-write'
import { describeCpusAllowed } from '../engine/measure/cpu-affinity'
import { runSuite } from '../engine/session'
import { processIo } from './cli-io'
import { checkRuntimesAvailable, checkWritable, outTarget } from './out-target'
import { createProgressView } from './progress-view'
import { checkPython } from './python-check'
import type { RunCommand } from './program'
import { writeRunOutputs } from './run-outputs'
import { formatReportTable } from '../engine/report/text/report-table'
import { ENGLISH, type Wording } from '../engine/report/text/wording'

export const EXIT_OK = 0
export const EXIT_RUN_FAILED = 1
export const EXIT_USAGE = 2
export const EXIT_CANCELLED = 130
export const EXIT_TERMINATED = 143

export function defaultReportPath(now: Date, cwd = process.cwd()): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-').replace('Z', '')
  return resolve(cwd, 'reports', `conlab-${stamp}.json`)
}

export async function executeRun(command: RunCommand, signal: AbortSignal, w: Wording = ENGLISH): Promise<number> {
  const { t } = w
  // Everything that can be refused is refused before a minute of measuring, not after.
  checkRuntimesAvailable(command.configs.flatMap((c) => c.runtimes ?? []), w)
  await checkPython(command.configs, command.pythonAsked === true, w)
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
    report = await runSuite(command.configs, { signal, onEvent: view.onEvent, ...(command.label ? { label: command.label } : {}), ...(cpus ? { cpus } : {}) })
  } finally {
    view.stop()
  }
  if (report.runs.length === 0 && signal.aborted) return cancelledBeforeAnything(w)

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

  if (target.kind === 'stdout') process.stderr.write(`\n${formatReportTable(report, w)}\n`)
  else if (command.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`)
  else process.stdout.write(`\n${formatReportTable(report, w)}\n`)
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
