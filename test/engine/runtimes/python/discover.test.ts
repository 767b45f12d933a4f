/**
 * Discovery with the real interpreters of this machine (Debian's python3, pyenv's versions), and
 * with small fake interpreter scripts for what cannot be had here (a free-threaded build, the
 * Windows `py` launcher): those only answer the probe, nothing is measured with them.
 */
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { chosenInterpreter, discoverPythons } from '../../../../src-main/engine/runtimes/python/discover'
import { parseLauncherList } from '../../../../src-main/engine/runtimes/python/launcher'
import { onCleanup } from '../../../helpers/cleanup'

const PYENV_ROOT = process.env.PYENV_ROOT || join(process.env.HOME ?? '', '.pyenv')
const hasPyenv = existsSync(join(PYENV_ROOT, 'versions'))

function tempDir(): string {
  return onCleanup(mkdtempSync(join(tmpdir(), 'conlab-py-')), (dir) => rmSync(dir, { recursive: true, force: true }))
}

/** A script that answers the probe as an interpreter with these traits would. */
function fakeInterpreter(dir: string, name: string, answer: Record<string, unknown>, extra = ''): string {
  const path = join(dir, name)
  const json = JSON.stringify({ implementation: 'CPython', executable: path, methods: ['spawn', 'fork', 'forkserver'], ...answer })
  writeFileSync(path, `#!/bin/sh\n${extra}printf '%s' '${json}'\n`)
  chmodSync(path, 0o755)
  return path
}

describe('discovery on this machine', () => {
  it('finds Debian python3 and pyenv versions once each, old ones marked unsupported', async () => {
    const found = await discoverPythons()
    const executables = found.map((p) => p.executable)
    expect(new Set(executables).size).toBe(executables.length)
    if (existsSync('/usr/bin/python3')) expect(found.some((p) => p.executable.startsWith('/usr/bin/python3'))).toBe(true)
    if (hasPyenv) {
      const old = found.find((p) => p.version.startsWith('3.6.'))
      expect(old?.unsupported).toBe('too-old')
      expect(found.find((p) => p.version.startsWith('2.7.'))?.unsupported).toBe('too-old')
      const modern = found.find((p) => p.version.startsWith('3.13.'))
      expect(modern).toMatchObject({ implementation: 'CPython', gilEnabled: true, freeThreaded: false })
      expect(modern?.unsupported).toBeUndefined()
    }
    const chosen = chosenInterpreter(found)
    expect(chosen?.unsupported).toBeUndefined()
    expect(chosen?.startMethods).toContain('spawn')
  })

  it('takes --python first and refuses a bad path in one line', async () => {
    const found = await discoverPythons({ python: '/usr/bin/python3' })
    expect(found[0]).toMatchObject({ source: 'flag', command: '/usr/bin/python3' })
    expect(chosenInterpreter(found)?.source).toBe('flag')
    await expect(discoverPythons({ python: '/no/such/python' })).rejects.toThrow(/^--python \/no\/such\/python: no such program$/)
    await expect(discoverPythons({ python: '/bin/true' })).rejects.toThrow(/--python \/bin\/true: not a Python interpreter/)
    if (hasPyenv) {
      const old = join(PYENV_ROOT, 'versions', '2.7.18', 'bin', 'python')
      if (existsSync(old)) await expect(discoverPythons({ python: old })).rejects.toThrow(/Python 2\.7\.18 is too old; the lab needs 3\.8 or newer/)
    }
  })

  it('finds nothing with PATH and pyenv hidden', async () => {
    const empty = tempDir()
    const found = await discoverPythons({ env: { PATH: empty, HOME: empty, PYENV_ROOT: join(empty, 'pyenv') } })
    expect(found).toEqual([])
    expect(chosenInterpreter(found)).toBeUndefined()
  })
})

describe('discovery with fake interpreters (probe answers only)', () => {
  it('lists a free-threaded build with its GIL off', async () => {
    const dir = tempDir()
    fakeInterpreter(dir, 'python3.13t', { version: '3.13.1', gil: false, nogil: true })
    fakeInterpreter(dir, 'python3', { version: '3.12.4', gil: null, nogil: false })
    const found = await discoverPythons({ env: { PATH: dir, HOME: dir }, platform: 'linux' })
    expect(found.map((p) => [p.version, p.source, p.gilEnabled, p.freeThreaded])).toEqual([
      ['3.12.4', 'path', true, false],
      ['3.13.1', 'free-threaded', false, true],
    ])
  })

  it('asks the Windows py launcher for -3 and for every version it lists', async () => {
    const dir = tempDir()
    // Installed where PATH does not look: only the launcher's list leads to it.
    const other = fakeInterpreter(tempDir(), 'python.exe', { version: '3.10.11', gil: null, nogil: false })
    fakeInterpreter(dir, 'py', { version: '3.12.4', gil: null, nogil: false }, `if [ "$1" = "-0p" ]; then printf ' -V:3.12 *        ${dir}/py\\n -V:3.10          ${other}\\n'; exit 0; fi\n`)
    const found = await discoverPythons({ env: { PATH: dir, HOME: dir }, platform: 'win32' })
    expect(found.map((p) => [p.version, p.source])).toEqual([
      ['3.12.4', 'launcher'],
      ['3.10.11', 'launcher'],
    ])
  })

  it('reads both launcher list formats', () => {
    expect(parseLauncherList(' -V:3.12 *        C:\\Python312\\python.exe\r\n -3.9-64        C:\\Python39\\python.exe\r\n')).toEqual(['C:\\Python312\\python.exe', 'C:\\Python39\\python.exe'])
    expect(parseLauncherList('No installed Pythons found!')).toEqual([])
  })
})
