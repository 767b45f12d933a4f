/**
 * `conlab run --cpus N` on Linux: the lab re-runs itself under `taskset -c <the first N CPUs it
 * may use>`, so the engine, every worker thread and every child process inherit the mask, and
 * os.availableParallelism() reports N. The parent only waits: it forwards SIGTERM and SIGHUP (and
 * SIGINT when no terminal is attached; a terminal's Ctrl-C already reaches the whole process group,
 * and forwarding it again would read as the second "quit at once" Ctrl-C), and exits with the
 * child's code. The child watches its parent: if the parent dies (SIGKILL), it cancels itself
 * instead of running on as an orphan. Loaded before the rest of the CLI: node builtins only.
 * Windows: nothing to re-run for either; the lab sets its own process affinity in place
 * (cpus-windows.ts) before the rest of the CLI loads. macOS: the engine records the request as
 * not applied.
 */
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { constants } from 'node:os'
import { CPUS_APPLIED_ENV, allowedFromStatus } from '../engine/measure/cpu-affinity'
import { type PowerShellRunner, runPowerShell } from '../engine/measure/windows-affinity'
import { type CpusWindowsOutcome, type CpusWindowsTexts, restrictSelfWindows } from './cpus-windows'

export interface CpusTexts extends CpusWindowsTexts {
  badNumber: string
  tooMany: string
  noTaskset: string
}

/** `--cpus N` / `--cpus=N` in the run's arguments: the raw value, or undefined when absent. */
export function cpusArgument(args: readonly string[]): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!
    if (arg === '--') return undefined
    if (arg === '--cpus') return args[i + 1] ?? ''
    if (arg.startsWith('--cpus=')) return arg.slice('--cpus='.length)
  }
  return undefined
}

function allowedCpus(): number[] | null {
  try {
    return allowedFromStatus(readFileSync('/proc/self/status', 'utf8'))
  } catch {
    return null
  }
}

const fill = (text: string, params: Record<string, string | number>) => text.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m))

/** What main.ts does with the arguments: go on in this process, or wait for a restricted copy. */
export type CpusDecision =
  | { kind: 'continue' }
  | { kind: 'usage-error'; message: string }
  | { kind: 're-executed'; exitCode: Promise<number> }
  /** Windows: this process restricts itself; go on once `done` says it did (or refuse the run). */
  | { kind: 'restricting'; done: Promise<CpusWindowsOutcome> }

export function applyCpus(
  args: readonly string[],
  texts: CpusTexts,
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  powershell: PowerShellRunner = runPowerShell,
): CpusDecision {
  const raw = cpusArgument(args)
  // Already restricted (we are the copy), or not asked: nothing to do. Elsewhere than Linux and
  // Windows the engine records the request as not applied, with the reason (measure/cpu-affinity.ts).
  if (raw === undefined || env[CPUS_APPLIED_ENV] !== undefined || (platform !== 'linux' && platform !== 'win32')) return { kind: 'continue' }
  const n = /^\d{1,4}$/.test(raw) ? Number(raw) : NaN
  if (!Number.isInteger(n) || n < 1) return { kind: 'usage-error', message: fill(texts.badNumber, { value: raw.slice(0, 40) }) }
  if (platform === 'win32') return { kind: 'restricting', done: restrictSelfWindows(n, texts, powershell, env) }
  const allowed = allowedCpus()
  if (allowed && n > allowed.length) return { kind: 'usage-error', message: fill(texts.tooMany, { n, allowed: allowed.length, list: allowed.join(',') }) }
  const chosen = (allowed ?? Array.from({ length: n }, (_, i) => i)).slice(0, n)
  return { kind: 're-executed', exitCode: reExecute(chosen, n, texts, env) }
}

function reExecute(cpus: number[], n: number, texts: CpusTexts, env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const argv = [...process.execArgv, process.argv[1]!, ...process.argv.slice(2)]
    const child = spawn('taskset', ['-c', cpus.join(','), process.execPath, ...argv], { stdio: 'inherit', env: { ...env, [CPUS_APPLIED_ENV]: String(n) } })
    const forwarded: NodeJS.Signals[] = process.stdin.isTTY ? ['SIGTERM', 'SIGHUP'] : ['SIGTERM', 'SIGHUP', 'SIGINT']
    const forward = (signal: NodeJS.Signals) => void child.kill(signal)
    for (const s of forwarded) process.on(s, forward)
    // A terminal's Ctrl-C reaches the child by itself; this process must only outlive it.
    const ignore = () => undefined
    if (!forwarded.includes('SIGINT')) process.on('SIGINT', ignore)
    child.once('error', (error: NodeJS.ErrnoException) => {
      process.stderr.write(`conlab: ${fill(texts.noTaskset, { why: error.code ?? error.message })}\n`)
      resolve(2)
    })
    child.once('exit', (code, signal) => {
      for (const s of forwarded) process.off(s, forward)
      process.off('SIGINT', ignore)
      resolve(code ?? 128 + (signal ? (constants.signals[signal] ?? 1) : 1))
    })
  })
}

/** In the restricted copy: cancel like SIGTERM would if the parent that waits for us died. */
export function watchParent(env: NodeJS.ProcessEnv = process.env): void {
  if (env[CPUS_APPLIED_ENV] === undefined) return
  const parent = process.ppid
  setInterval(() => {
    if (process.ppid !== parent) process.kill(process.pid, 'SIGTERM')
  }, 500).unref()
}
