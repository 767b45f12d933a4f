/**
 * The CLI as users run it: the built bundle under plain Node. `npm test` builds first; a lone
 * `vitest run` builds here when the bundle is missing.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll } from 'vitest'

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

/**
 * `conlab run` saves every run into the history folder: the tests' runs go to one temp folder
 * per test file (removed after it), never into the user's own history or a test's cwd.
 */
let testHistoryDir: string | undefined
function historyDir(): string {
  testHistoryDir ??= mkdtempSync(join(tmpdir(), 'conlab-test-history-'))
  return testHistoryDir
}

afterAll(() => {
  if (testHistoryDir) rmSync(testHistoryDir, { recursive: true, force: true })
  testHistoryDir = undefined
})

/**
 * The CLI speaks the language of LC_ALL / LC_MESSAGES / LANG: the tests' runs get English unless
 * a test sets one of these, whatever the machine running the tests is set to.
 */
function englishEnv(): NodeJS.ProcessEnv {
  const { LC_ALL: _all, LC_MESSAGES: _messages, LANG: _lang, ...rest } = process.env
  return { ...rest, LANG: 'C' }
}

export function startCli(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): { child: ChildProcess; done: Promise<CliResult> } {
  const childEnv = { ...englishEnv(), CONLAB_HISTORY_DIR: historyDir(), ...env }
  const child = spawn(process.execPath, [cliPath, ...args], { cwd, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const done = new Promise<CliResult>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })))
  return { child, done }
}

export function runCli(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  return startCli(args, cwd, env).done
}

/** Resolves when the CLI's stderr has printed a line matching `pattern` (bounded: 60 s). */
export function waitForLine(child: ChildProcess, pattern: RegExp): Promise<void> {
  return new Promise((resolve, reject) => {
    let seen = ''
    const timer = setTimeout(() => reject(new Error(`no line matching ${pattern} within 60 s: ${seen}`)), 60_000)
    child.stderr!.on('data', (chunk: Buffer) => {
      seen += chunk.toString()
      if (pattern.test(seen)) {
        clearTimeout(timer)
        resolve()
      }
    })
  })
}
