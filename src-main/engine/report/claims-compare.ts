/**
 * The claims part of a machine comparison (issue 18): one row per claim any report settled, with
 * each machine's verdict. A claim that holds on one laptop and not on another is marked `differs`:
 * in a workshop, that is the lesson. Absent when no report has claims, so older comparisons read
 * exactly as before.
 */
import { CLAIM_IDS } from '../../../src-shared/claims/claim-ids'
import type { ComparisonClaimRow } from '../../../src-shared/comparison'
import type { Report } from '../../../src-shared/report'
import { verdictsDiffer } from './text/claims-words'

export function claimsOfComparison(reports: readonly Report[]): { claims?: ComparisonClaimRow[] } {
  const settled = new Set(reports.flatMap((r) => (r.claims ?? []).map((v) => v.claim)))
  if (settled.size === 0) return {}
  // In the catalogue's order, the order every display lists the claims in.
  const claims = CLAIM_IDS.filter((id) => settled.has(id)).map((claim) => {
    const verdicts = reports.map((r) => r.claims?.find((v) => v.claim === claim) ?? null)
    return { claim, verdicts, differs: verdictsDiffer(verdicts) }
  })
  return { claims }
}
