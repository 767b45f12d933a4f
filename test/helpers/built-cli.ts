/**
 * The CLI as users run it: the built bundle under plain Node. `npm test` builds first; a lone
 * `vitest run` builds here when the bundle is missing.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'

export const repoRoot = join(import.meta.dirname, '..', '..')
export const cliPath = join(repoRoot, 'out', 'main', 'cli.js')

export function ensureBuilt(): void {
  if (!existsSync(cliPath)) execFileSync('npx', ['electron-vite', 'build', '--logLevel', 'error'], { cwd: repoRoot, stdio: 'inherit' })
}

export interface CliResult {
  code: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
}

export function startCli(args: string[], cwd: string): { child: ChildProcess; done: Promise<CliResult> } {
  const child = spawn(process.execPath, [cliPath, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const done = new Promise<CliResult>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })))
  return { child, done }
}

export function runCli(args: string[], cwd: string): Promise<CliResult> {
  return startCli(args, cwd).done
}
