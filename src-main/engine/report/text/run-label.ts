/**
 * A run's name in a text table: its runtime's, with the interpreter's version for a py run, so two
 * interpreters' runs of one runtime never read alike; and the interpreter line under a table.
 */
import { type PythonTagged, pythonRunsLine, runName } from '../../../../src-shared/python-label'
import type { Wording } from './wording'

/** The runtime's name in a table: its id in English, a word in other languages. */
export const runtimeName = (runtime: string, { t }: Wording): string => t(`cli.runtimes.${runtime}`)

/** A run's name in a table, e.g. `py-thread 3.11.2`. */
export const runLabel = (run: PythonTagged, w: Wording): string => runName(runtimeName(run.runtime, w), run, w.t)

/** Under a table: each py run's interpreter, build and start method. */
export function pythonLines(runs: readonly PythonTagged[], w: Wording): string[] {
  const line = pythonRunsLine(runs, (run) => runLabel(run, w), w.t, w.t('python.separator'))
  return line === null ? [] : [line]
}
