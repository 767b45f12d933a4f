/**
 * Where each claim of a running claims suite stands, from the suite's live runs: a "Run all"
 * settles the claims one experiment after another, so "being measured" on every row at once
 * would be untrue for all but one. A claim with no run started yet is waiting; one whose runs
 * all ended is measured (its verdict comes when the suite ends, from the whole report).
 */
import type { ClaimId } from '../../../src-shared/claims/claim-ids'
import type { ShownRun } from '../../charts/shown-run'

type PhaseRun = Pick<ShownRun, 'claims' | 'status' | 'workload' | 'runtime'>
type PhaseConfig = { workload: { workload: string }; runtimes: readonly string[]; claims?: readonly ClaimId[] | undefined }

/**
 * The claims a run serves: its own list once finished; while it runs (the run-started event
 * names only its workload and runtime) those of the suite's configs that plan that pair.
 */
function claimsOfRun(run: PhaseRun, configs: readonly PhaseConfig[]): readonly ClaimId[] {
  if (run.claims) return run.claims
  return configs.filter((c) => c.workload.workload === run.workload && c.runtimes.includes(run.runtime)).flatMap((c) => c.claims ?? [])
}

export type ClaimPhase = 'idle' | 'waiting' | 'running' | 'measured'

/** `inSuite`: the claims the active suite settles (none when no claims suite runs); `configs`: the suite's. */
export function claimPhases(inSuite: readonly ClaimId[], runs: readonly PhaseRun[], configs: readonly PhaseConfig[]): Map<ClaimId, ClaimPhase> {
  const phases = new Map<ClaimId, ClaimPhase>()
  for (const claim of inSuite) {
    const mine = runs.filter((run) => claimsOfRun(run, configs).includes(claim))
    const phase: ClaimPhase = mine.some((run) => run.status === 'running') ? 'running' : mine.length === 0 ? 'waiting' : 'measured'
    phases.set(claim, phase)
  }
  return phases
}
