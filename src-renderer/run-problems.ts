import { type EngineMessage, shownText } from '../src-shared/engine-message'
import type { Translate } from '../src-shared/workloads/define'

type FailedRun = { status: string; error?: string | undefined; errorMessage?: EngineMessage | undefined }

/** A run's error in the reader's language: its catalogue message when the report has one, else the stored text. */
export const runErrorText = (run: FailedRun, t: Translate): string => shownText(t, run.error ?? '', run.errorMessage)

/**
 * One message for a failure every run shares: when every runtime of a suite failed for the same
 * reason (a missing folder, a timeout too short for any task), saying it once per runtime buries
 * the cause. Null when the runs failed differently, or did not all fail.
 */
export function sharedFailure(runs: readonly FailedRun[], t: Translate): string | null {
  const first = runs[0]
  if (!first || first.status !== 'failed' || first.error === undefined) return null
  return runs.every((r) => r.status === 'failed' && r.error === first.error) ? runErrorText(first, t) : null
}
