/**
 * rlock-timeout: "RLock is a Lock with a timeout added", decided from outcome counts over R
 * repetitions per lock kind and probe: does a Lock's `acquire(timeout=)` time out too while
 * another thread holds it (then the timeout is not what RLock adds), and does the owner's second
 * acquire succeed on the RLock only (re-entry: what it does add)? CPython's own threading.Lock /
 * RLock where they ran (py-thread), else the lab's Mutex / RecursiveMutex, saying which.
 */
import type { ClaimVerdict } from '../../../../src-shared/claims/claim-verdict'
import type { LockReentryFigures } from '../../../../src-shared/lock-reentry-report'
import { REENTRY_LOCKS, REENTRY_PROBES, type ReentryLock, type ReentryOutcome, type ReentryProbe } from '../../../../src-shared/workloads/lock-reentry'
import { type RuleContext, findRun, pythonOf } from './lookup'
import { bar, because, figure, verdictOf } from './verdict'

/** The outcome each probe's bar counts: what tells a Lock from an RLock, or shows they agree. */
const TELLING: Record<ReentryProbe, ReentryOutcome> = { reenter: 'acquired', 'other-thread': 'timed-out', 'foreign-release': 'refused' }

export function rlockTimeout(ctx: RuleContext): ClaimVerdict {
  const onCpython = ctx.report.runs.some((r) => r.workload === 'lock-reentry' && r.runtime === 'py-thread')
  const found = findRun(ctx, 'lock-reentry', onCpython ? 'py-thread' : 'thread')
  if (!found.ok) return found.verdict
  const run = found.value
  const python = onCpython ? pythonOf(run) : undefined
  const tested = { testedWith: onCpython ? ('cpython' as const) : ('lab' as const), ...(python ? { python } : {}) }
  const of = (lock: ReentryLock, probe: ReentryProbe): LockReentryFigures | undefined => run.points.find((p) => p.lockReentry?.lock === lock && p.lockReentry.probe === probe)?.lockReentry
  const all = REENTRY_LOCKS.flatMap((lock) => REENTRY_PROBES.map((probe) => ({ lock, probe, f: of(lock, probe) })))
  const missing = all.find((x) => x.f === undefined)
  if (missing) return verdictOf(ctx.claim, 'cannot-run', because('notMeasured', { what: `lock-reentry / ${run.runtime} / ${missing.lock}/${missing.probe}` }), { runs: [run], ...tested })
  const figs = all.map((x) => ({ ...x, f: x.f! }))
  const api = onCpython ? figure('reentryApiCpython', { python: python ?? 'CPython' }) : figure('reentryApiLab', {})
  const figures = [api, ...figs.map(({ lock, probe, f }) => figure('reentryOutcomes', { lock, probe, acquired: f.outcomes.acquired, timedOut: f.outcomes['timed-out'], refused: f.outcomes.refused, released: f.outcomes.released, r: f.repetitions, timeoutMs: f.timeoutMs }))]
  const bars = figs.map(({ lock, probe, f }) => bar('lockProbe', { lock, probe, outcome: TELLING[probe] }, f.outcomes[TELLING[probe]], { of: f.repetitions }))
  const extras = { ...tested, runs: [run], figures, evidence: { unit: 'count' as const, bars } }
  const every = (lock: ReentryLock, probe: ReentryProbe, outcome: ReentryOutcome) => { const f = of(lock, probe)!; return f.outcomes[outcome] === f.repetitions }
  const none = (lock: ReentryLock, probe: ReentryProbe, outcome: ReentryOutcome) => of(lock, probe)!.outcomes[outcome] === 0
  const r = of('lock', 'other-thread')!.repetitions
  if (every('lock', 'other-thread', 'timed-out') && every('rlock', 'other-thread', 'timed-out')) {
    // Both take a timeout: the claim's difference is not there. Re-entry is, when it showed cleanly.
    if (every('rlock', 'reenter', 'acquired') && every('lock', 'reenter', 'timed-out')) return verdictOf(ctx.claim, 'does-not-hold', because('rlockIsReentrant', { r }), extras)
    return verdictOf(ctx.claim, 'does-not-hold', because('bothTakeTimeout', { r }), extras)
  }
  if (every('rlock', 'other-thread', 'timed-out') && none('lock', 'other-thread', 'timed-out')) return verdictOf(ctx.claim, 'holds', because('onlyRlockTimesOut', { r }), extras)
  return verdictOf(ctx.claim, 'inconclusive', because('mixedOutcomes', { r }), extras)
}
