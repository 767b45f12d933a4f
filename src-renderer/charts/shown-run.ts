/**
 * A run as the charts draw it: a finished `Run` from a report, or one still being measured whose
 * points arrive one by one (no settings or end time yet, status `running`).
 */
import type { Run } from '../../src-shared/report'

export type ShownRun = Omit<Run, 'status' | 'settings' | 'startedAt' | 'finishedAt'> & {
  status: Run['status'] | 'running'
  settings?: Run['settings']
}
