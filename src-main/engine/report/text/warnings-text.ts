/**
 * Warnings on a terminal: one explanation per kind of warning, then where else it applies. The
 * report keeps every warning in full; repeating the same paragraph for each run would bury the
 * table under text nobody reads.
 */
import type { Report, ReportWarning } from '../../../../src-shared/report'

function where(warning: ReportWarning, report: Report): string {
  const run = report.runs.find((r) => r.id === warning.runId)
  const name = run ? `${run.workload}/${run.runtime}` : 'suite'
  return warning.workers === undefined ? name : `${name} at ${warning.workers}`
}

export function formatWarnings(report: Report): string {
  const byCode = new Map<string, ReportWarning[]>()
  for (const warning of report.warnings) byCode.set(warning.code, [...(byCode.get(warning.code) ?? []), warning])
  const lines = ['Warnings (the report has each one in full):']
  for (const [code, warnings] of byCode) {
    const [first, ...rest] = warnings
    lines.push(`  ! [${code}] ${where(first!, report)}: ${first!.message}`)
    if (rest.length > 0) lines.push(`    also: ${rest.map((w) => where(w, report)).join(', ')}`)
  }
  return lines.join('\n')
}
