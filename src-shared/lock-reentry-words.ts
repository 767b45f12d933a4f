/**
 * The cells of one lock-reentry point in the reader's language, shared by the CLI table and the
 * app's view so both say the same: the probe, the lock as the API tested names it, the outcome
 * counts ("re-entry succeeded 5 of 5", or each outcome that occurred when they differ), and the
 * median wait of a timed-out acquire (information only).
 */
import type { LockReentryFigures } from './lock-reentry-report'
import { REENTRY_OUTCOMES } from './workloads/lock-reentry'
import type { Translate } from './workloads/define'

export interface ReentryCells {
  probe: string
  lock: string
  outcome: string
  wait: string
}

export function reentryCells(f: LockReentryFigures, t: Translate, formatMs: (ms: number) => string): ReentryCells {
  const of = f.repetitions
  const outcome = REENTRY_OUTCOMES.filter((o) => f.outcomes[o] > 0)
    .map((o) => (f.probe === 'reenter' && o === 'acquired' ? t('lockReentry.reentered', { n: f.outcomes[o], of }) : t(`lockReentry.outcomes.${o}`, { n: f.outcomes[o], of })))
    .join(', ')
  return {
    probe: t(`lockReentry.probes.${f.probe}`, { timeout: f.timeoutMs }),
    lock: t(`lockReentry.locks.${f.api}.${f.lock}`),
    outcome,
    wait: f.timedOutWaitMs === null ? '—' : formatMs(f.timedOutWaitMs),
  }
}
