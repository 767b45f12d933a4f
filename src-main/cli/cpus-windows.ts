/**
 * `conlab run --cpus N` on Windows: no re-run is needed, since a process's affinity mask covers
 * every thread it has and is inherited by the threads and child processes it starts later. The
 * lab sets its own mask through PowerShell before the rest of the CLI loads (so before any worker
 * exists), reads it back, and leaves what Windows showed in the environment for the report
 * (measure/cpu-affinity.ts). Nothing to give back: the mask ends with the process. Loaded before
 * the rest of the CLI: node builtins and the PowerShell helpers only.
 */
import { CPUS_WINDOWS_ENV } from '../engine/measure/cpu-affinity'
import { type PowerShellRunner, readProcessAffinity, setProcessAffinity } from '../engine/measure/windows-affinity'

export interface CpusWindowsTexts {
  tooMany: string
  noPowershell: string
  notTaken: string
}

/** Restricted (the list is in `env`), or the one line to refuse the run with. */
export type CpusWindowsOutcome = { kind: 'restricted'; cpus: number[] } | { kind: 'refused'; message: string }

const fill = (text: string, params: Record<string, string | number>) => text.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m))

export async function restrictSelfWindows(n: number, texts: CpusWindowsTexts, run: PowerShellRunner, env: NodeJS.ProcessEnv, pid = process.pid): Promise<CpusWindowsOutcome> {
  const before = await readProcessAffinity(pid, run)
  if (before.kind === 'failed') return { kind: 'refused', message: fill(texts.noPowershell, { why: before.reason }) }
  const allowed = before.cpus
  if (n > allowed.length) return { kind: 'refused', message: fill(texts.tooMany, { n, allowed: allowed.length, list: allowed.join(',') }) }
  const chosen = allowed.slice(0, n)
  const after = await setProcessAffinity(pid, chosen, run)
  if (after.kind === 'failed') return { kind: 'refused', message: fill(texts.noPowershell, { why: after.reason }) }
  // Checked, never assumed: a job object may forbid the change without an error.
  if (after.cpus.join(',') !== chosen.join(',')) return { kind: 'refused', message: fill(texts.notTaken, { n, list: after.cpus.join(',') }) }
  env[CPUS_WINDOWS_ENV] = `${n}:${after.cpus.join(',')}`
  return { kind: 'restricted', cpus: after.cpus }
}
