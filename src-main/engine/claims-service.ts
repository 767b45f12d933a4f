/**
 * The lab service's side of the claims (issue 18): which claims a request names, the suite that
 * settles them here, their verdicts written into the report before it is saved, and the newest
 * verdict of each claim on this machine, read back from the history folder.
 */
import { availableParallelism } from 'node:os'
import type { MachineClaimVerdict } from '../../src-shared/api'
import { CLAIM_IDS, type ClaimId } from '../../src-shared/claims/claim-ids'
import type { ClaimVerdict } from '../../src-shared/claims/claim-verdict'
import type { RunConfigInput } from '../../src-shared/config'
import { type PythonInterpreter, isSupported } from '../../src-shared/python'
import type { Report } from '../../src-shared/report'
import { decideClaims, planClaims } from './claims'
import type { HistoryPort } from './lab-ports'
import { toError } from './runtimes/errors'

/**
 * The queue's label of a claims suite the user did not name. Neutral on purpose: the screens
 * say "Claims" / "论断" themselves (they know a claims suite by its configs' `claims`).
 */
export const CLAIMS_SUITE_LABEL = 'claims'

/**
 * How many saved reports one look-up may open, newest first: a long history of plain suites must
 * not make the Claims screen read hundreds of files. Verdicts older than that are "not run yet".
 */
export const MAX_REPORTS_READ = 60

/** The claims asked for, once each, in the catalogue's order. */
export function claimsToRun(claims: readonly ClaimId[] | 'all'): ClaimId[] {
  return claims === 'all' ? [...CLAIM_IDS] : CLAIM_IDS.filter((id) => claims.includes(id))
}

/** The suite that settles `claims` on this machine, sized by its cores and the interpreters found. */
export function planClaimsSuite(claims: readonly ClaimId[], pythons: readonly PythonInterpreter[]): RunConfigInput[] {
  return planClaims(claims, { cores: availableParallelism(), pythons: pythons.filter(isSupported) })
}

/**
 * Why a rule answered without figures because the user stopped the suite: its run was aborted, or
 * never made. Such an answer is no verdict on the claim; as the newest one it would hide the
 * machine's earlier verdict (or "not run yet") behind "cannot be settled here".
 */
const CUT_SHORT: ReadonlySet<string> = new Set(['runAborted', 'notMeasured'])

/**
 * The report with the verdicts of `claims`. A cancelled suite keeps only the verdicts its finished
 * runs decided (none, when nothing finished). A rule that throws must not cost the measurement:
 * the report is kept without verdicts, and the failure said once in the log.
 */
export function withVerdicts(report: Report, claims: readonly ClaimId[] | undefined, cancelled = false): Report {
  if (!claims || claims.length === 0) return report
  try {
    const decided = decideClaims(report, claims)
    return { ...report, claims: cancelled ? decided.filter((v) => !CUT_SHORT.has(v.because.code)) : decided }
  } catch (error) {
    console.error(`The claims' verdicts could not be decided: ${toError(error).message}`)
    return report
  }
}

/**
 * The newest verdict of each claim across the history. Reports are opened newest first and only
 * until every claim has one (or MAX_REPORTS_READ were read); a saved report never changes its
 * verdicts, so each is read once per lab (keyed by id and creation time). An unreadable file is skipped.
 */
export class ClaimVerdictsReader {
  private readonly read = new Map<string, ClaimVerdict[]>()

  constructor(private readonly history: HistoryPort) {}

  async newest(): Promise<MachineClaimVerdict[]> {
    const entries = (await this.history.list()).flatMap((e) => (e.state === 'ok' ? [e] : []))
    entries.sort((a, b) => b.createdAt.localeCompare(a.createdAt))
    const found = new Map<ClaimId, MachineClaimVerdict>()
    for (const entry of entries.slice(0, MAX_REPORTS_READ)) {
      if (found.size === CLAIM_IDS.length) break
      const verdicts = await this.verdictsOf(entry.id, entry.createdAt)
      for (const verdict of verdicts) {
        if (!found.has(verdict.claim)) found.set(verdict.claim, { verdict, reportId: entry.id, createdAt: entry.createdAt })
      }
    }
    return CLAIM_IDS.flatMap((id) => found.get(id) ?? [])
  }

  private async verdictsOf(id: string, createdAt: string): Promise<ClaimVerdict[]> {
    const key = `${id}\n${createdAt}`
    const known = this.read.get(key)
    if (known) return known
    const verdicts = await this.history.open(id).then(
      (report) => report.claims ?? [],
      () => null,
    )
    // A file that could not be read may be mid-write: not remembered, tried again next time.
    if (verdicts === null) return []
    this.read.set(key, verdicts)
    return verdicts
  }
}
