/**
 * The claims of a report in its CSV, kept one rectangular table so a workshop's files still paste
 * under each other: a report with claims gets four more columns, `run_claims` on the point rows
 * (the claims a run was measured for) and `claim`, `verdict`, `claim_english` on one extra row per
 * verdict, whose run and point columns stay empty. A report without claims is unchanged.
 */
import type { Report, Run } from '../../../../src-shared/report'

type Cell = string | number | boolean | null | undefined

export const CLAIMS_CSV_COLUMNS = ['run_claims', 'claim', 'verdict', 'claim_english'] as const

export function hasClaims(report: Report): boolean {
  return (report.claims?.length ?? 0) > 0 || report.runs.some((run) => (run.claims?.length ?? 0) > 0)
}

/** The claims columns of a point row. */
export function runClaimsCells(run: Run): Cell[] {
  return [run.claims?.join(' '), undefined, undefined, undefined]
}

/** One row per verdict: the claims columns, to follow the report-level cells the caller fills. */
export function verdictCells(report: Report): Cell[][] {
  return (report.claims ?? []).map((v) => [undefined, v.claim, v.verdict, v.english])
}
