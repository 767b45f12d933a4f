/**
 * Which logical CPUs this process may run on, and how that was decided. On Linux the kernel says
 * in /proc/self/status (`Cpus_allowed_list: 0-3,8`); `conlab run --cpus N` narrows it by
 * re-running the lab under `taskset` (cli/cpus-reexec.ts), and every worker thread and child
 * process inherits the mask. On Windows `--cpus N` sets the lab's own process affinity through
 * PowerShell before anything starts (windows-affinity.ts) and leaves the list it read back in the
 * environment. macOS has no affinity API at all: there the request is recorded as not applied,
 * never pretended.
 */
import { readFileSync } from 'node:fs'
import { message } from '../../../src-shared/engine-message'
import { type Unknown, unknownBecause } from '../../../src-shared/machine-state'
import type { CpusAllowed } from '../../../src-shared/report'

/** `0-3,8,10-11` -> [0, 1, 2, 3, 8, 10, 11]; null for anything else. */
export function parseCpuList(text: string): number[] | null {
  const cpus: number[] = []
  for (const part of text.trim().split(',')) {
    const m = /^(\d+)(?:-(\d+))?$/.exec(part.trim())
    if (!m) return null
    const lo = Number(m[1])
    const hi = m[2] === undefined ? lo : Number(m[2])
    if (hi < lo || hi - lo > 4096 || cpus.length > 4096) return null
    for (let c = lo; c <= hi; c++) cpus.push(c)
  }
  return cpus.length > 0 ? [...new Set(cpus)].sort((a, b) => a - b) : null
}

/** The `Cpus_allowed_list` of a /proc/<pid>/status text, or null. */
export function allowedFromStatus(status: string): number[] | null {
  const line = /^Cpus_allowed_list:\s*(.+)$/m.exec(status)
  return line ? parseCpuList(line[1]!) : null
}

/** The CPUs this process may run on (Linux), or why that is not known. */
export function readAllowedCpus(statusPath = '/proc/self/status'): { value: number[] } | Unknown {
  if (process.platform !== 'linux') return unknownBecause(message('cpusNotLinux', { platform: process.platform }))
  try {
    const cpus = allowedFromStatus(readFileSync(statusPath, 'utf8'))
    return cpus ? { value: cpus } : unknownBecause(message('cpusNoList', { path: statusPath }))
  } catch (error) {
    return unknownBecause(message('cpusUnreadable', { path: statusPath, code: (error as NodeJS.ErrnoException).code ?? 'error' }))
  }
}

/** A request for N cores: from `--cpus`, or later from the app. */
export interface CpusRequest {
  requested: number
}

/** The environment variable the re-executed lab finds: the N it was restricted to. */
export const CPUS_APPLIED_ENV = 'CONLAB_CPUS_APPLIED'

/** On Windows, `<N>:<the CPUs read back>` once `--cpus N` restricted this process (no /proc to read). */
export const CPUS_WINDOWS_ENV = 'CONLAB_CPUS_WINDOWS'

/** `2:0,1` -> the N asked and the CPUs Windows showed; null for anything else. */
export function parseWindowsApplied(text: string | undefined): { requested: number; cpus: number[] } | null {
  const m = text === undefined ? null : /^(\d{1,4}):([\d,-]{1,400})$/.exec(text)
  const cpus = m ? parseCpuList(m[2]!) : null
  return m && cpus ? { requested: Number(m[1]), cpus } : null
}

/** What the report records: the allowed CPUs, and whether a request for N was applied. */
export function describeCpusAllowed(request: CpusRequest | undefined, env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): CpusAllowed {
  const cpus = readAllowedCpus()
  if (!request) return { cpus, setBy: 'inherited' }
  if (platform === 'win32') {
    const applied = parseWindowsApplied(env[CPUS_WINDOWS_ENV])
    if (applied?.requested === request.requested) return { cpus: { value: applied.cpus }, setBy: 'cpus-flag', requested: request.requested }
    return { cpus, setBy: 'inherited', requested: request.requested, notApplied: 'windows-no-affinity' }
  }
  if (platform === 'darwin') return { cpus, setBy: 'inherited', requested: request.requested, notApplied: 'macos-no-affinity' }
  if (platform !== 'linux') return { cpus, setBy: 'inherited', requested: request.requested, notApplied: 'unsupported-platform' }
  if (env[CPUS_APPLIED_ENV] === String(request.requested)) return { cpus, setBy: 'cpus-flag', requested: request.requested }
  return { cpus, setBy: 'inherited', requested: request.requested, notApplied: 'not-restarted' }
}
