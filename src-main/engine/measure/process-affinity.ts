/**
 * The app's and web server's core limit: the engine runs inside their own process, so there is no
 * re-running it under taskset like `conlab run --cpus` does (cli/cpus-reexec.ts). Instead, for the
 * duration of one run, the whole process, every thread it has (`taskset -a`), is restricted:
 * worker threads and child processes started afterwards inherit the mask from the thread that
 * starts them, and libuv's pool threads, already there, are included by `-a`. The previous list
 * (`taskset -p`) is restored when the run ends, however it ends. The effect is checked in
 * /proc/self/status, never assumed: what the report records is what the kernel says.
 * On Windows the process affinity mask is set through PowerShell (windows-affinity.ts): it covers
 * every thread of the process at once, is read back to check it, and is restored the same way.
 * macOS has none: there the request is recorded as not applied, as the CLI does.
 */
import { execFile } from 'node:child_process'
import { accessSync, constants } from 'node:fs'
import { availableParallelism } from 'node:os'
import { delimiter, join } from 'node:path'
import type { CoreControl, CpusAllowed } from '../../../src-shared/report'
import { parseCpuList, readAllowedCpus } from './cpu-affinity'
import { POWERSHELL, type PowerShellRunner, readProcessAffinity, runPowerShell, setProcessAffinity } from './windows-affinity'

/** Every taskset call is bounded: a hung tool must not hold a run (or its restore) forever. */
const TASKSET_TIMEOUT_MS = 5000

/** Where spawn would find `name` (the CLI starts `taskset` by name): the first executable on PATH. */
export function findOnPath(name: string, path = process.env.PATH ?? ''): string | null {
  for (const dir of path.split(delimiter)) {
    if (dir === '') continue
    const candidate = join(dir, name)
    try {
      accessSync(candidate, constants.X_OK)
      return candidate
    } catch {
      // Not here: the next directory.
    }
  }
  return null
}

/** Whether this process can restrict its own cores, or why not: the run form shows it. */
export function coreControl(platform: NodeJS.Platform = process.platform, path = process.env.PATH ?? ''): CoreControl {
  switch (platform) {
    case 'linux':
      return findOnPath('taskset', path) ? { available: true, maxCores: allowedCount() } : { available: false, reason: 'no-taskset', maxCores: allowedCount() }
    case 'win32':
      return findOnPath(POWERSHELL, path) ? { available: true, maxCores: allowedCount() } : { available: false, reason: 'no-powershell', maxCores: allowedCount() }
    case 'darwin':
      return { available: false, reason: 'macos-no-affinity', maxCores: allowedCount() }
    default:
      return { available: false, reason: 'unsupported-platform', maxCores: allowedCount() }
  }
}

/** The list a restriction in force will give back: the lab's own, not the run's. */
let inherited: number[] | null = null

/** How many CPUs the lab may use, as it was started (not the run's limit while one is in force). */
export function inheritedCpuCount(): number {
  if (inherited) return inherited.length
  const cpus = readAllowedCpus()
  // Elsewhere than Linux there is no list to read without a shell call: every logical CPU Node sees.
  return 'value' in cpus ? cpus.value.length : Math.max(1, availableParallelism())
}
const allowedCount = inheritedCpuCount

/** `pid 12's current affinity list: 0-3,8` (taskset -c -p) -> [0, 1, 2, 3, 8]; null for anything else. */
export function parseTasksetList(output: string): number[] | null {
  const line = /current affinity list:\s*(\S+)/.exec(output)
  return line ? parseCpuList(line[1]!) : null
}

function taskset(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('taskset', args, { timeout: TASKSET_TIMEOUT_MS, windowsHide: true }, (error, stdout, stderr) => {
      if (error) reject(new Error(`taskset ${args.join(' ')}: ${(error as NodeJS.ErrnoException).code ?? String(stderr).trim().split('\n')[0] ?? error.message}`))
      else resolve(String(stdout))
    })
  })
}

/** A restriction in force: `restore` puts the previous list back on every thread (idempotent). */
export interface CoreLimit {
  allowed: CpusAllowed
  restore(): Promise<void>
}

/**
 * Restricts this whole process to the first `requested` CPUs it may use, for one run. Never
 * throws: where it cannot apply, the run goes on with every core and `allowed.notApplied` says why.
 */
export interface LimitOptions {
  platform?: NodeJS.Platform
  /** Where powershell.exe and taskset are looked for. */
  path?: string
  /** How PowerShell is run on Windows (tests on Linux script it: Windows cannot run here). */
  powershell?: PowerShellRunner
}

export async function limitCores(requested: number, options: LimitOptions = {}): Promise<CoreLimit> {
  const platform = options.platform ?? process.platform
  const control = coreControl(platform, options.path)
  const nothing = async () => undefined
  if (!control.available) return { allowed: { cpus: readAllowedCpus(), setBy: 'inherited', requested, requestedBy: 'cores-field', notApplied: control.reason }, restore: nothing }
  if (platform === 'win32') return limitWindows(requested, options.powershell ?? runPowerShell)
  const pid = String(process.pid)
  let previous: number[] | null
  try {
    previous = parseTasksetList(await taskset(['-c', '-p', pid]))
  } catch {
    previous = null
  }
  if (!previous) return { allowed: { cpus: readAllowedCpus(), setBy: 'inherited', requested, requestedBy: 'cores-field', notApplied: 'no-taskset' }, restore: nothing }
  const before = previous
  const chosen = before.slice(0, requested)
  let restored = false
  inherited = before
  const restore = async () => {
    if (restored) return
    restored = true
    inherited = null
    await taskset(['-a', '-c', '-p', before.join(','), pid])
  }
  try {
    await taskset(['-a', '-c', '-p', chosen.join(','), pid])
  } catch {
    await restore().catch(() => undefined)
    return { allowed: { cpus: readAllowedCpus(), setBy: 'inherited', requested, requestedBy: 'cores-field', notApplied: 'no-taskset' }, restore: nothing }
  }
  // What the kernel says now, not what was asked: that is what the report records.
  const cpus = readAllowedCpus()
  const took = 'value' in cpus && cpus.value.join(',') === chosen.join(',')
  return { allowed: { cpus, setBy: took ? 'cores-field' : 'inherited', requested, requestedBy: 'cores-field', ...(took ? {} : { notApplied: 'not-taken' as const }) }, restore }
}

/**
 * Windows: the same contract through PowerShell. The list recorded is the one read back after
 * setting it, since /proc does not exist there; a failure to read, set or restore is a reason,
 * never a thrown run.
 */
async function limitWindows(requested: number, run: PowerShellRunner): Promise<CoreLimit> {
  const nothing = async () => undefined
  const pid = process.pid
  const notApplied = (cpus: number[] | null, reason: 'no-powershell' | 'not-taken'): CoreLimit => ({
    allowed: { cpus: cpus ? { value: cpus } : readAllowedCpus(), setBy: 'inherited', requested, requestedBy: 'cores-field', notApplied: reason },
    restore: nothing,
  })
  const before = await readProcessAffinity(pid, run)
  if (before.kind === 'failed') return notApplied(null, 'no-powershell')
  const previous = before.cpus
  const chosen = previous.slice(0, requested)
  let restored = false
  inherited = previous
  const restore = async () => {
    if (restored) return
    restored = true
    inherited = null
    const back = await setProcessAffinity(pid, previous, run)
    if (back.kind === 'failed') throw new Error(`${POWERSHELL} ProcessorAffinity: ${back.reason}`)
  }
  const after = await setProcessAffinity(pid, chosen, run)
  if (after.kind === 'failed') {
    await restore().catch(() => undefined)
    return notApplied(previous, 'no-powershell')
  }
  const took = after.cpus.join(',') === chosen.join(',')
  return { allowed: { cpus: { value: after.cpus }, setBy: took ? 'cores-field' : 'inherited', requested, requestedBy: 'cores-field', ...(took ? {} : { notApplied: 'not-taken' as const }) }, restore }
}
