/**
 * Finds the Python interpreters on this machine: `--python PATH` when given, then `python3` and
 * `python` on PATH, `py -3` (the Windows launcher) and the versions it lists, the free-threaded
 * `python3.13t` / `python3.14t`, and pyenv's versions (`$PYENV_ROOT` or ~/.pyenv). Each is asked
 * once what it is (probe.ts); two names of one interpreter (a pyenv shim and the version it
 * points at) are listed once, by the real path of `sys.executable`. Interpreters older than the
 * worker program supports are listed, marked unsupported with the reason.
 */
import { statSync } from 'node:fs'
import { readdir } from 'node:fs/promises'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { CodedError, message } from '../../../../src-shared/engine-message'
import { MIN_PYTHON, type PythonInterpreter, isSupported } from '../../../../src-shared/python'
import { listLauncherPaths } from './launcher'
import { type Candidate, probe } from './probe'

export interface DiscoverOptions {
  /** `--python PATH`: probed first (a bad one is an error), and the one runs use. */
  python?: string
  env?: NodeJS.ProcessEnv
  platform?: NodeJS.Platform
  signal?: AbortSignal
}

/** `--python PATH` names no usable interpreter: one line, saying which and why. */
export class PythonFlagError extends CodedError {
  override name = 'PythonFlagError'
  constructor(path: string, why: 'pythonFlagMissing' | 'pythonFlagNotPython' | 'pythonFlagTooOld', detail: string) {
    super(message(why, { path, detail, min: MIN_PYTHON.join('.') }))
  }
}

/**
 * Every file by that name in PATH's folders, in PATH order: not only the first, so that a
 * system python3 behind a pyenv shim is listed too.
 */
export function onPath(name: string, env: NodeJS.ProcessEnv, platform: NodeJS.Platform): string[] {
  const folders = (env.PATH ?? env.Path ?? '').split(platform === 'win32' ? ';' : ':').filter((f) => f !== '')
  const names = platform === 'win32' ? [`${name}.exe`, name] : [name]
  return folders.flatMap((folder) => names.map((n) => join(folder, n))).filter((path) => isFile(path))
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile()
  } catch {
    return false
  }
}

/** The places tried, in order of preference. */
export function candidates(env: NodeJS.ProcessEnv, platform: NodeJS.Platform, launcher: string[], pyenv: string[]): Candidate[] {
  const at = (source: Candidate['source']) => (command: string): Candidate => ({ command, args: [], source })
  return [
    ...['python3', 'python'].flatMap((name) => onPath(name, env, platform)).map(at('path')),
    ...(platform === 'win32' ? [{ command: 'py', args: ['-3'], source: 'launcher' as const }] : []),
    ...launcher.map(at('launcher')),
    ...['python3.13t', 'python3.14t'].flatMap((name) => onPath(name, env, platform)).map(at('free-threaded')),
    ...pyenv.map(at('pyenv')),
  ]
}

/** pyenv's interpreters: versions/<name>/bin/python, in version order. */
export async function pyenvPythons(env: NodeJS.ProcessEnv, platform: NodeJS.Platform = process.platform): Promise<string[]> {
  const root = env.PYENV_ROOT || join(env.HOME || env.USERPROFILE || homedir(), '.pyenv')
  try {
    const names = (await readdir(join(root, 'versions'))).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
    return names.map((name) => join(root, 'versions', name, ...(platform === 'win32' ? ['python.exe'] : ['bin', 'python'])))
  } catch {
    return []
  }
}

/** One `--python PATH` probed alone: the interpreter, or a PythonFlagError saying why not. */
export async function flagInterpreter(path: string, env: NodeJS.ProcessEnv = process.env, signal?: AbortSignal): Promise<PythonInterpreter> {
  const outcome = await probe({ command: path, args: [], source: 'flag' }, env, signal)
  switch (outcome.kind) {
    case 'missing':
      throw new PythonFlagError(path, 'pythonFlagMissing', '')
    case 'not-python':
      throw new PythonFlagError(path, 'pythonFlagNotPython', outcome.detail)
    case 'found':
      if (!isSupported(outcome.interpreter)) throw new PythonFlagError(path, 'pythonFlagTooOld', outcome.interpreter.version)
      return outcome.interpreter
  }
}

/** Every interpreter found, usable and unsupported alike, without duplicates; the flag's first. */
export async function discoverPythons(options: DiscoverOptions = {}): Promise<PythonInterpreter[]> {
  const env = options.env ?? process.env
  const platform = options.platform ?? process.platform
  const flagged = options.python === undefined ? [] : [await flagInterpreter(options.python, env, options.signal)]
  const launcher = platform === 'win32' ? await listLauncherPaths(env, options.signal) : []
  const list = candidates(env, platform, launcher, await pyenvPythons(env, platform))
  const probed = await Promise.all(list.map((candidate) => probe(candidate, env, options.signal)))
  const seen = new Set<string>()
  const found: PythonInterpreter[] = []
  for (const interpreter of [...flagged, ...probed.flatMap((o) => (o.kind === 'found' ? [o.interpreter] : []))]) {
    if (seen.has(interpreter.executable)) continue
    seen.add(interpreter.executable)
    found.push(interpreter)
  }
  return found
}

/** The interpreter a run uses: the `--python` one, else the first usable one found. */
export function chosenInterpreter(found: readonly PythonInterpreter[]): PythonInterpreter | undefined {
  return found.find((p) => p.source === 'flag') ?? found.find(isSupported)
}
