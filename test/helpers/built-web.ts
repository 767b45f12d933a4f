/** `npm run serve` as users run it: the built web entry under plain Node. */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { repoRoot } from './built-cli'
import { onCleanup } from './cleanup'

export const webEntryPath = join(repoRoot, 'out', 'main', 'web.js')

/** `npm test` builds first; a lone `vitest run` builds here when the bundle is missing. */
export function ensureWebBuilt(): void {
  if (!existsSync(webEntryPath) || !existsSync(join(repoRoot, 'out', 'renderer', 'index.html'))) {
    execFileSync('npx', ['electron-vite', 'build', '--logLevel', 'error'], { cwd: repoRoot, stdio: 'inherit' })
  }
}

export interface ServeProcess {
  child: ChildProcess
  /** Resolves with the printed URL (token included). */
  url: Promise<string>
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>
}

export function startServe(args: string[]): ServeProcess {
  const child = spawn(process.execPath, [webEntryPath, ...args], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] })
  onCleanup(child, (c) => c.exitCode === null && c.signalCode === null && c.kill('SIGKILL'))
  let stdout = ''
  let stderr = ''
  const url = new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk.toString()
      const found = /http:\/\/127\.0\.0\.1:\d+\/[\w-]+\//.exec(stdout)
      if (found) resolve(found[0])
    })
    child.once('exit', () => reject(new Error(`web server exited before printing its URL:\n${stderr}`)))
  })
  url.catch(() => undefined)
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const exit = new Promise<ServeProcess['exit'] extends Promise<infer T> ? T : never>((resolve) =>
    child.once('close', (code, signal) => resolve({ code, signal, stdout, stderr })),
  )
  return { child, url, exit }
}
