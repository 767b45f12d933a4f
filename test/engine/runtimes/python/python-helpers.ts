/**
 * Shared by the CPython I/O tests: the real interpreters to run (Debian's python3 and pyenv's
 * oldest supported one, 3.8), an executor on one of them, and the members of a process group.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { type PythonExecutorOptions, PythonExecutor } from '../../../../src-main/engine/runtimes/python/python-executor'
import { probe } from '../../../../src-main/engine/runtimes/python/probe'
import { workerProgramPath } from '../../../../src-main/engine/runtimes/python/worker-program'
import { programWatchdogEntry } from '../../../../src-main/engine/runtimes/run-program'
import type { PythonInterpreter } from '../../../../src-shared/python'
import { onCleanup } from '../../../helpers/cleanup'

const PYENV = join(process.env.PYENV_ROOT || join(process.env.HOME ?? '', '.pyenv'), 'versions')
const pyenv38 = existsSync(PYENV) ? readdirSync(PYENV).find((v) => v.startsWith('3.8')) : undefined
export const PYTHONS = ['/usr/bin/python3', ...(pyenv38 ? [join(PYENV, pyenv38, 'bin', 'python')] : [])].filter(existsSync)

export async function interpreter(path: string): Promise<PythonInterpreter> {
  const outcome = await probe({ command: path, args: [], source: 'flag' }, process.env)
  if (outcome.kind !== 'found') throw new Error(`${path} did not answer the probe`)
  return outcome.interpreter
}

export async function startPython(path: string, options: Partial<PythonExecutorOptions> & Pick<PythonExecutorOptions, 'runtime' | 'size'>): Promise<PythonExecutor> {
  const executor = await PythonExecutor.start({ interpreter: await interpreter(path), workerProgram: workerProgramPath(), watchdogEntry: programWatchdogEntry, graceMs: 300, ...options })
  return onCleanup(executor, (e) => e.destroy('test cleanup'))
}

/** Every live process whose process group is `group` (Linux /proc). */
export function groupMembers(group: number): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
        return fields[0] !== 'Z' && Number(fields[2]) === group
      } catch {
        return false
      }
    })
    .map(Number)
}
