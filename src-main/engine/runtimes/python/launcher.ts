/**
 * The Windows `py` launcher's list of installed interpreters (`py -0p`), one path per line after
 * a version tag (`-V:3.12 *  C:\...\python.exe`, or `-3.12-64 ...` on older launchers).
 * No launcher, or an answer that is not such a list, is simply no interpreter from it.
 */
import { execFile } from 'node:child_process'

export function parseLauncherList(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => /^\s*-\S+\s+(?:\*\s+)?(.+?)\s*$/.exec(line)?.[1])
    .filter((path): path is string => path !== undefined && /python[^\\/]*(\.exe)?$/i.test(path))
}

export function listLauncherPaths(env: NodeJS.ProcessEnv, signal?: AbortSignal): Promise<string[]> {
  return new Promise((resolve) => {
    execFile('py', ['-0p'], { env, timeout: 15_000, killSignal: 'SIGKILL', maxBuffer: 64 * 1024, windowsHide: true, ...(signal ? { signal } : {}) }, (error, stdout) =>
      resolve(error ? [] : parseLauncherList(stdout)),
    )
  })
}
