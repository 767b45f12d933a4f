/** The Machine panel's interpreter list (a pure model): each interpreter found worded, or one line on how to get one. */
import { describe, expect, it } from 'vitest'
import { translatorFor } from '../../../src-shared/i18n/translate'
import { MIN_PYTHON, type PythonInterpreter } from '../../../src-shared/python'
import { interpreterPanel } from '../../../src-shared/python-label'

const found: PythonInterpreter[] = [
  { command: '/usr/bin/python3', args: [], source: 'path', executable: '/usr/bin/python3.11', version: '3.11.2', implementation: 'CPython', gilEnabled: true, freeThreaded: false, startMethods: ['fork', 'spawn', 'forkserver'] },
  { command: 'python3.13t', args: [], source: 'free-threaded', executable: '/opt/py/bin/python3.13t', version: '3.13.1', implementation: 'CPython', gilEnabled: false, freeThreaded: true, startMethods: ['spawn'] },
  { command: 'py', args: ['-3.12'], source: 'launcher', executable: 'C:\\Py\\python.exe', version: '3.12.0', implementation: 'CPython', gilEnabled: true, freeThreaded: false, startMethods: ['spawn'] },
  { command: '/root/.pyenv/versions/3.6.15/bin/python', args: [], source: 'pyenv', executable: '/root/.pyenv/versions/3.6.15/bin/python3.6', version: '3.6.15', implementation: 'CPython', gilEnabled: true, freeThreaded: false, startMethods: ['fork'], unsupported: 'too-old' },
]

describe('interpreterPanel', () => {
  it('lists version, build, start methods, source and path, with why an old one cannot run', () => {
    const panel = interpreterPanel(found, translatorFor('en'), MIN_PYTHON)
    if (panel.kind !== 'list') throw new Error('expected a list')
    expect(panel.rows.map((r) => [r.version, r.build, r.startMethods, r.source, r.problem])).toEqual([
      ['3.11.2', 'GIL', 'fork, spawn, forkserver', 'PATH', null],
      ['3.13.1', 'free-threaded, no GIL', 'spawn', 'free-threaded name', null],
      ['3.12.0', 'GIL', 'spawn', 'py launcher', null],
      ['3.6.15', 'GIL', 'fork', 'pyenv', 'too old: the lab needs Python 3.8 or newer'],
    ])
    expect(panel.rows[2]!.path).toBe('py -3.12 (C:\\Py\\python.exe)')
  })

  it('says it in Chinese too', () => {
    const panel = interpreterPanel(found, translatorFor('zh-CN'), MIN_PYTHON)
    if (panel.kind !== 'list') throw new Error('expected a list')
    expect(panel.rows[1]!.build).toBe('自由线程，无 GIL')
    expect(panel.rows[3]!.problem).toBe('版本过旧：实验室需要 Python 3.8 或更新版本')
  })

  it('with none found, one line on how to get one', () => {
    for (const none of [undefined, []]) {
      const panel = interpreterPanel(none, translatorFor('en'), MIN_PYTHON)
      expect(panel).toEqual({ kind: 'none', line: expect.stringMatching(/^No Python 3\.8\+ interpreter was found: .*python\.org.*apt install python3.*pyenv/) })
    }
    const zh = interpreterPanel([], translatorFor('zh-CN'), MIN_PYTHON)
    expect(zh.kind === 'none' && zh.line).toMatch(/未找到 Python 3\.8\+ 解释器/)
  })
})
