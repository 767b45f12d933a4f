/**
 * The fault task of the crash-isolation experiment (and of the tests of timeouts and replacement),
 * with the result it never returns.
 * Kept beside protocol.ts, which only lists them in its unions (and re-exports them).
 */
/**
 * Misbehaves on purpose, so that crash isolation, timeouts and replacement can be shown and
 * tested with real workers: `throw` raises inside the task (the loop reports it), `uncaught`
 * raises outside any task, `exit` ends the thread or process, `oom` exhausts the heap (within a
 * thread's `resourceLimits` or a process's `--max-old-space-size`), `abort` calls
 * `process.abort()`, `hang` never answers. The crash-isolation workload runs them.
 */
export interface FaultTask {
  kind: 'fault'
  mode: 'throw' | 'uncaught' | 'exit' | 'oom' | 'abort' | 'hang'
}

/** A fault task never returns normally; the type exists so that the union stays exhaustive. */
export interface FaultResult {
  kind: 'fault'
}
