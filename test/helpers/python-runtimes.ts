/** What the CPython experiments' tests ask of `notApplicable` about the py-* runtimes. */
import { notApplicable } from '../../src-shared/not-applicable'

/** The runtime findings for `workload` at its defaults on every py-* runtime. */
export function pythonRuntimeFindings(workload: string): ReturnType<typeof notApplicable> {
  const found = notApplicable({ workload: { workload }, runtimes: ['py-thread', 'py-process', 'py-async'] }, [])
  return found.filter((f) => f.field.startsWith('runtimes.'))
}

/** What a workload with CPython kernels for threads and processes finds: py-async alone. */
export const ONLY_PY_ASYNC = [{ field: 'runtimes.py-async', reason: 'no-python-kernel' }]
