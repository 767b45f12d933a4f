/**
 * A run's name in an export: its runtime id, with the interpreter's version for a py run
 * (`py-thread 3.11.2`), so two interpreters' runs of one runtime never share a row name or a
 * series name.
 */
import { type PythonTagged, runName } from '../../../../src-shared/python-label'
import { EN, type ExportLocale } from './locale'

export const runShown = (run: PythonTagged, loc: ExportLocale = EN): string => runName(run.runtime, run, loc.t)
