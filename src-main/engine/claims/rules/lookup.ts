/**
 * Finding a claim's runs and points in a report, and saying why not when they are not there: a
 * rule gets either what it asked for or the verdict to answer instead (never a guess). A run
 * that failed answers cannot-run with its reason, an aborted one inconclusive (cancelled: run
 * again), a run never made cannot-run. Runs tagged with claims (`Run.claims`) serve only those.
 */
import type { ClaimId } from '../../../../src-shared/claims/claim-ids'
import type { ClaimVerdict } from '../../../../src-shared/claims/claim-verdict'
import type { WorkloadName } from '../../../../src-shared/config'
import type { Point, Report, Run } from '../../../../src-shared/report'
import type { RuntimeName } from '../../../../src-shared/runtime-names'
import { because, verdictOf } from './verdict'

export type Found<T> = { ok: true; value: T } | { ok: false; verdict: ClaimVerdict }

export interface RuleContext {
  claim: ClaimId
  report: Report
}

const MAX_REASON = 300

function serves(run: Run, claim: ClaimId): boolean {
  return run.claims === undefined || run.claims.includes(claim)
}

/** The run of `workload` on `runtime` this claim uses (the first that matches `also`). */
export function findRun(ctx: RuleContext, workload: WorkloadName, runtime: RuntimeName, also: (run: Run) => boolean = () => true): Found<Run> {
  const run = ctx.report.runs.find((r) => r.workload === workload && r.runtime === runtime && serves(r, ctx.claim) && also(r))
  const what = `${workload} / ${runtime}`
  if (run === undefined) return { ok: false, verdict: verdictOf(ctx.claim, 'cannot-run', because('notMeasured', { what })) }
  const reason = (run.error ?? '').slice(0, MAX_REASON)
  switch (run.status) {
    case 'completed':
      return { ok: true, value: run }
    case 'failed':
      return { ok: false, verdict: verdictOf(ctx.claim, 'cannot-run', because('runFailed', { what, reason }), { runs: [run] }) }
    case 'aborted':
      return { ok: false, verdict: verdictOf(ctx.claim, 'inconclusive', because('runAborted', { what, reason }), { runs: [run] }) }
  }
}

/** A point of a run, by its variant and/or worker count. */
export function findPoint(ctx: RuleContext, run: Run, match: { variant?: string; workers?: number }): Found<Point> {
  const point = run.points.find((p) => (match.variant === undefined || p.variant === match.variant) && (match.workers === undefined || p.workers === match.workers))
  if (point !== undefined) return { ok: true, value: point }
  const what = `${run.workload} / ${run.runtime} / ${match.variant ?? `${match.workers ?? '?'} workers`}`
  return { ok: false, verdict: verdictOf(ctx.claim, 'cannot-run', because('notMeasured', { what }), { runs: [run] }) }
}

/** The interpreter a CPython run used, as a verdict cites it ("CPython 3.11.7"). */
export function pythonOf(run: Run): string | undefined {
  const python = run.settings.python
  return python ? `${python.implementation} ${python.version}${python.freeThreaded ? ' (free-threaded)' : ''}` : undefined
}
