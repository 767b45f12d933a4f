/** What the CPython experiments' tests check alike: `notApplicable` on the py-* runtimes, the runs completed. */
import { expect } from 'vitest'
import type { RuntimeName } from '../../src-shared/config'
import { notApplicable } from '../../src-shared/not-applicable'
import { type Report, ReportSchema } from '../../src-shared/report'

/** The runtime findings for `workload` at its defaults on every py-* runtime. */
export function pythonRuntimeFindings(workload: string): ReturnType<typeof notApplicable> {
  const found = notApplicable({ workload: { workload }, runtimes: ['py-thread', 'py-process', 'py-async'] }, [])
  return found.filter((f) => f.field.startsWith('runtimes.'))
}

/** What a workload with CPython kernels for threads and processes finds: py-async alone. */
export const ONLY_PY_ASYNC = [{ field: 'runtimes.py-async', reason: 'no-python-kernel' }]

/** The report survives its own schema once serialised, and has one completed run per runtime, in order. */
export function expectCompletedRuns(report: Report, runtimes: readonly RuntimeName[]): void {
  expect(ReportSchema.safeParse(JSON.parse(JSON.stringify(report))).success).toBe(true)
  expect(report.runs.map((r) => [r.runtime, r.status, r.error])).toEqual(runtimes.map((runtime) => [runtime, 'completed', undefined]))
}
