/** `--python` on the command line: once (one interpreter), repeated (side by side), `all`; the refusals in one line. */
import { describe, expect, it } from 'vitest'
import { UsageError } from '../../src-main/cli/parse-values'
import { pythonChoice } from '../../src-main/cli/program'
import { wordingFor } from '../../src-main/engine/report/text/wording'
import { parseRun } from '../helpers/parse-run'

describe('--python', () => {
  it('names one interpreter, several side by side, or all of them', async () => {
    expect((await parseRun(['--workload', 'prime', '--python', '/usr/bin/python3'])).configs[0]).toMatchObject({ python: '/usr/bin/python3' })
    const two = (await parseRun(['--workload', 'prime', '--python', '/usr/bin/python3', '--python', '/opt/py313/bin/python', '--python', '/usr/bin/python3'])).configs[0]!
    expect(two.pythons).toEqual(['/usr/bin/python3', '/opt/py313/bin/python'])
    expect(two.python).toBeUndefined()
    expect((await parseRun(['--workload', 'prime', '--python', 'all'])).configs[0]).toMatchObject({ pythons: 'all' })
    expect((await parseRun(['--workload', 'prime'])).configs[0]!.pythons).toBeUndefined()
  })

  it('refuses all beside a path, and too many, in one line', async () => {
    await expect(parseRun(['--workload', 'prime', '--python', 'all', '--python', '/usr/bin/python3'])).rejects.toThrow(/^--python all already takes every interpreter found: give it alone, or give paths only$/)
    const many = Array.from({ length: 17 }, (_, i) => `/p/${i}`)
    expect(() => pythonChoice(many)).toThrow(UsageError)
    expect(() => pythonChoice(many)).toThrow(/^--python: at most 16 interpreters side by side$/)
    expect(() => pythonChoice(['all', '/x'], wordingFor('zh-CN'))).toThrow(/^--python all 已包含找到的所有解释器/)
  })
})
