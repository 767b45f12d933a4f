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
import { ENGLISH, type Wording } from '../engine/report/text/wording'
import { checkRuntimesAvailable } from './out-target'
import type { RunCommand } from './program'
import { checkPython } from './python-check'
import { measureAndReport } from './suite-report'

export { EXIT_CANCELLED, EXIT_OK, EXIT_RUN_FAILED, EXIT_TERMINATED, EXIT_USAGE, defaultReportPath } from './suite-report'

export async function executeRun(command: RunCommand, signal: AbortSignal, w: Wording = ENGLISH): Promise<number> {
  // Everything that can be refused is refused before a minute of measuring, not after.
  checkRuntimesAvailable(command.configs.flatMap((c) => c.runtimes ?? []), w)
  await checkPython(command.configs, command.pythonAsked === true, w)
  return measureAndReport(command.configs, command, signal, w)
}

