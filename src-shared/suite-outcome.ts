/**
 * How a suite ended, derived from its runs: the one rule behind the CLI's exit code, the history
 * listing and the engine's queue state. Derived, never stored: a report keeps each run's own
 * status (`completed | aborted | failed`), and every reader computes the outcome from those.
 */
import type { RunStatus } from './report'

export const SUITE_OUTCOMES = ['completed', 'partly-failed', 'failed', 'aborted'] as const
export type SuiteOutcome = (typeof SUITE_OUTCOMES)[number]

export interface OutcomeOptions {
  /** The suite was cancelled (Ctrl-C, SIGTERM, the cancel button), whatever its runs say. */
  cancelled?: boolean
}

/**
 * - `aborted`: cancelled, or a run was interrupted, or no run at all (a suite always has at
 *   least one run unless it was stopped before the first one started);
 * - `failed`: every run failed; `partly-failed`: some did; `completed`: none did.
 */
export function suiteOutcome(runs: readonly { status: RunStatus }[], opts: OutcomeOptions = {}): SuiteOutcome {
  if (opts.cancelled === true || runs.length === 0 || runs.some((r) => r.status === 'aborted')) return 'aborted'
  const failed = runs.filter((r) => r.status === 'failed').length
  if (failed === runs.length) return 'failed'
  return failed > 0 ? 'partly-failed' : 'completed'
}
