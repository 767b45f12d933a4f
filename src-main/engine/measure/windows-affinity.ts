/**
 * Windows process affinity without a native addon: Node cannot call SetProcessAffinityMask, but
 * PowerShell's Get-Process exposes it as `ProcessorAffinity`, an integer bit mask (bit i = logical
 * CPU i of the process's processor group). Setting it on the lab's own process restricts every
 * thread it has at once, and threads and child processes started afterwards inherit it. This
 * module only builds the invocations and reads their output; the caller injects how they are run
 * (process-affinity.ts, cli/cpus-reexec.ts), so the parsing is tested on recorded outputs and the
 * flow with a scripted runner, since only Linux runs in CI. Loaded by the CLI before anything
 * else: node builtins only.
 */
import { execFile } from 'node:child_process'

/** Every PowerShell call is bounded like taskset's: a hung shell must not hold a run or its restore. */
export const POWERSHELL_TIMEOUT_MS = 5000

/** Windows PowerShell 5.1 ships with every supported Windows; `pwsh` (7) is not assumed. */
export const POWERSHELL = 'powershell.exe'

/** What running one invocation gave: its standard output, or one line saying why it failed. */
export type ShellOutcome = { kind: 'ok'; stdout: string } | { kind: 'failed'; reason: string }

/** Runs PowerShell with these arguments (the real one below; tests pass a scripted one). */
export type PowerShellRunner = (args: readonly string[]) => Promise<ShellOutcome>

/** A process's affinity as read back, or one line saying why it could not be read or set. */
export type AffinityOutcome = { kind: 'cpus'; cpus: number[] } | { kind: 'failed'; reason: string }

/** One invocation: no profile (user scripts must not run or print), no prompts, errors stop it. */
function invocation(script: string): string[] {
  return ['-NoProfile', '-NonInteractive', '-Command', `$ErrorActionPreference = 'Stop'; ${script}`]
}

function checkedPid(pid: number): number {
  if (!Number.isSafeInteger(pid) || pid < 0) throw new Error(`Not a process id: ${pid}`)
  return pid
}

/** Prints the mask as a plain decimal (the IntPtr cast to Int64), nothing else. */
export function readAffinityArgs(pid: number): string[] {
  return invocation(`[int64](Get-Process -Id ${checkedPid(pid)}).ProcessorAffinity`)
}

/** Sets the mask; prints nothing. The effect is read back by a separate call, never assumed. */
export function setAffinityArgs(pid: number, mask: bigint): string[] {
  if (mask <= 0n || mask >= 1n << 64n) throw new Error(`Not an affinity mask: ${mask}`)
  // As a signed Int64 (bit 63 set reads negative): PowerShell parses the literal as a number.
  const signed = BigInt.asIntN(64, mask)
  return invocation(`$p = Get-Process -Id ${checkedPid(pid)}; $p.ProcessorAffinity = [IntPtr][int64]${signed}`)
}

/** [0, 1, 3] -> 0b1011n. Processor groups beyond 64 CPUs are not reachable this way. */
export function cpusToMask(cpus: readonly number[]): bigint {
  let mask = 0n
  for (const cpu of cpus) {
    if (!Number.isInteger(cpu) || cpu < 0 || cpu > 63) throw new Error(`Not a CPU of this processor group: ${cpu}`)
    mask |= 1n << BigInt(cpu)
  }
  return mask
}

/** 0b1011n -> [0, 1, 3]. */
export function maskToCpus(mask: bigint): number[] {
  const cpus: number[] = []
  const bits = BigInt.asUintN(64, mask)
  for (let cpu = 0; cpu < 64; cpu++) if ((bits >> BigInt(cpu)) & 1n) cpus.push(cpu)
  return cpus
}

/** The read invocation's output (`15\r\n`) -> [0, 1, 2, 3]; null for anything else, or no CPU at all. */
export function parseAffinityOutput(stdout: string): number[] | null {
  const text = stdout.trim()
  if (!/^-?\d{1,20}$/.test(text)) return null
  const value = BigInt(text)
  if (value < -(1n << 63n) || value >= 1n << 64n) return null
  const cpus = maskToCpus(value)
  return cpus.length > 0 ? cpus : null
}

/**
 * PowerShell's error record as one line: its first meaningful line (`Get-Process : Cannot find a
 * process ...`), without the `At line:1 char:1` position, the echoed command or the CategoryInfo
 * lines, control characters removed, at most 200 characters.
 */
export function shellErrorLine(stderr: string, fallback: string): string {
  for (const raw of stderr.split(/\r?\n/)) {
    const line = raw.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ').trim()
    if (line === '' || /^At line:\d+/.test(line) || line.startsWith('+')) continue
    return line.length > 200 ? `${line.slice(0, 199)}…` : line
  }
  return fallback
}

/** The real runner: powershell.exe from PATH, bounded, its error said in one line. */
export const runPowerShell: PowerShellRunner = (args) =>
  new Promise((resolve) => {
    execFile(POWERSHELL, [...args], { timeout: POWERSHELL_TIMEOUT_MS, windowsHide: true }, (error, stdout, stderr) => {
      if (!error) return resolve({ kind: 'ok', stdout: String(stdout) })
      const code = (error as NodeJS.ErrnoException).code
      const killed = (error as { killed?: boolean }).killed === true
      // Codes, not sentences: the caller's catalogue text says what failed, in the user's language.
      const why = killed ? 'ETIMEDOUT' : typeof code === 'string' ? code : `exit ${String(code)}`
      resolve({ kind: 'failed', reason: shellErrorLine(String(stderr), why) })
    })
  })

/** The CPUs process `pid` may run on, as PowerShell reads them. */
export async function readProcessAffinity(pid: number, run: PowerShellRunner): Promise<AffinityOutcome> {
  const outcome = await run(readAffinityArgs(pid))
  if (outcome.kind === 'failed') return outcome
  const cpus = parseAffinityOutput(outcome.stdout)
  return cpus ? { kind: 'cpus', cpus } : { kind: 'failed', reason: JSON.stringify(shellErrorLine(outcome.stdout, '').slice(0, 80)) }
}

/** Restricts process `pid` to `cpus`, then reads back what Windows now says (the caller compares). */
export async function setProcessAffinity(pid: number, cpus: readonly number[], run: PowerShellRunner): Promise<AffinityOutcome> {
  const outcome = await run(setAffinityArgs(pid, cpusToMask(cpus)))
  if (outcome.kind === 'failed') return outcome
  return readProcessAffinity(pid, run)
}
