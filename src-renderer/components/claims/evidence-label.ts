/**
 * An evidence bar's label in the reader's language. The engine codes a bar (`claims.bar.<code>`)
 * with raw schema names as parameters (`runtime: 'thread'`, `workload: 'prime'`): put in as they
 * are, a Chinese chart read "thread", "process". Runtime and workload names go through the
 * catalogue first, as everywhere else on screen.
 */
import type { ClaimText } from '../../../src-shared/claims/claim-verdict'

export interface LabelNames {
  t: (key: string, params: Record<string, unknown>) => string
  te: (key: string) => boolean
  runtime: (name: string) => string
  workload: (name: string) => string
}

export function evidenceBarLabel(label: ClaimText, names: LabelNames): string {
  const params: Record<string, unknown> = { ...label.params }
  if (typeof params.runtime === 'string') params.runtime = names.runtime(params.runtime)
  if (typeof params.workload === 'string') params.workload = names.workload(params.workload)
  const key = `claims.bar.${label.code}`
  if (names.te(key)) return names.t(key, params)
  // A bar this catalogue has no words for: a runtime's bar is named by its runtime.
  return typeof params.runtime === 'string' ? params.runtime : label.code
}
