/**
 * The verdicts of some claims, decided from the report of their suite. STUB (contract only): the
 * claims helper replaces the body with one rule per claim; every verdict cites its figures.
 */
import type { ClaimId } from '../../../src-shared/claims/claim-ids'
import type { ClaimVerdict } from '../../../src-shared/claims/claim-verdict'
import type { Report } from '../../../src-shared/report'

export function decideClaims(_report: Report, ids: readonly ClaimId[]): ClaimVerdict[] {
  return ids.map((claim) => ({ claim, verdict: 'cannot-run', because: { code: 'notBuilt' }, figures: [], runIds: [], english: 'This claim cannot be settled yet.' }))
}
