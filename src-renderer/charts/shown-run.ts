/**
 * A run as the charts draw it: a finished `Run` from a report, or one still being measured whose
 * points arrive one by one (no options, settings or end time yet, status `running`).
 */
import type { Run, RunStatus } from '../../src-shared/report'

export type ShownRun = Omit<Run, 'status' | 'error' | 'config' | 'settings' | 'startedAt' | 'finishedAt'> & {
  status: RunStatus | 'running'
  error?: string
  config?: Run['config']
  settings?: Run['settings']
}
