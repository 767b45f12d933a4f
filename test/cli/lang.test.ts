/**
 * `conlab` in Chinese: the language comes from `--lang`, else LC_ALL, LC_MESSAGES, LANG (POSIX
 * order), and reaches the help, the progress lines, the tables, the warnings and the errors.
 * The expected words are read from the catalogues, so a rewording does not break the test, but
 * a text printed outside the catalogue does.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import en from '../../src-shared/i18n/en-cli'
import zh from '../../src-shared/i18n/zh-CN-cli'
import { ReportSchema } from '../../src-shared/report'
import { chooseLocale } from '../../src-main/cli/cli-locale'
import { renderColumns } from '../../src-main/engine/report/text/columns'
import { onCleanup } from '../helpers/cleanup'
import { ensureBuilt, runCli } from '../helpers/built-cli'

/** The longest run of fixed words in a catalogue text (between its placeholders). */
const lead = (text: string) => text.split(/\{\w+\}/).map((part) => part.trim()).sort((a, b) => b.length - a.length)[0]!

const ZH = { LANG: 'zh_CN.UTF-8' }
// Two repetitions: the few-samples warning is certain, whatever the timings.
const tiny = ['run', '--prime-hi', '1e5', '--workers', '1,2', '--runtimes', 'main,thread', '--repeat', '2', '--warmup', '0', '--no-history']

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'conlab-lang-'))
  return onCleanup(dir, (d) => rm(d, { recursive: true, force: true }))
}

describe('choosing the language', () => {
  it('takes --lang first, then the first non-empty of LC_ALL, LC_MESSAGES, LANG', () => {
    expect(chooseLocale([], {})).toEqual({ locale: 'en' })
    expect(chooseLocale([], { LANG: 'zh_CN.UTF-8' })).toEqual({ locale: 'zh-CN' })
    expect(chooseLocale([], { LC_MESSAGES: 'zh_TW.UTF-8', LANG: 'en_US.UTF-8' })).toEqual({ locale: 'zh-CN' })
    // LC_ALL overrides everything, and C is a choice (English), not a blank to skip.
    expect(chooseLocale([], { LC_ALL: 'C', LANG: 'zh_CN.UTF-8' })).toEqual({ locale: 'en' })
    expect(chooseLocale([], { LC_ALL: '', LANG: 'zh_CN.UTF-8' })).toEqual({ locale: 'zh-CN' })
    expect(chooseLocale(['run', '--lang', 'en'], ZH)).toEqual({ locale: 'en' })
    expect(chooseLocale(['--lang=zh-CN', 'history'], {})).toEqual({ locale: 'zh-CN' })
    expect(chooseLocale(['--lang', 'xx'], ZH)).toEqual({ locale: 'zh-CN', problem: { kind: 'bad', value: 'xx' } })
    expect(chooseLocale(['--lang'], {})).toEqual({ locale: 'en', problem: { kind: 'missing' } })
    // After `--` nothing is an option of conlab's.
    expect(chooseLocale(['--', '--lang', 'zh-CN'], {})).toEqual({ locale: 'en' })
  })

  it('lines up columns by terminal width: a Chinese character takes two', () => {
    const [header, , row] = renderColumns([['工作者', 'x'], ['1', '2']], () => false).split('\n')
    expect(header).toBe('工作者  x')
    expect(row).toBe('1       2')
  })
})

describe('the built CLI in Chinese', () => {
  beforeAll(() => ensureBuilt(), 120_000)

  it('LANG=zh_CN.UTF-8 prints Chinese tables, warnings and progress, and the report stays the same data', async () => {
    const dir = await tempDir()
    const result = await runCli([...tiny, '--out', 'r.json'], dir, ZH)
    expect(result.code).toBe(0)
    for (const text of [zh.table.machine, zh.table.workers, zh.table.speedupCi, zh.table.overhead, zh.check.passed, zh.warnings.title, zh.warnings.codes['few-samples'], zh.runtimes.thread]) {
      expect(result.stdout).toContain(lead(text))
    }
    for (const text of [en.table.machine, en.table.speedupCi, en.table.overhead, en.check.passed, en.warnings.title, en.warnings.codes['few-samples']]) {
      expect(result.stdout).not.toContain(lead(text))
    }
    // Progress (one line per point off a terminal) and the closing line, on stderr.
    expect(result.stderr).toContain(lead(zh.progress.point))
    expect(result.stderr).toContain(lead(zh.run.written))
    expect(result.stderr).not.toContain(lead(en.run.written))
    expect(result.stderr).not.toMatch(/worker\(s\)|median/)
    // The report is data: English warnings, ids, numbers, whatever the language printed.
    const report = ReportSchema.parse(JSON.parse(await readFile(join(dir, 'r.json'), 'utf8')))
    expect(report.warnings.find((w) => w.code === 'few-samples')?.message).toMatch(/^Some points were measured only 2 times/)
  })

  it('--lang en overrides a Chinese LANG', async () => {
    const result = await runCli([...tiny, '--lang', 'en', '--json'], await tempDir(), ZH)
    expect(result.code).toBe(0)
    expect(result.stderr).toContain(lead(en.progress.point))
    expect(result.stderr).not.toContain(lead(zh.progress.point))
    const english = await runCli(['--lang', 'en', 'history', 'list', '--dir', await tempDir()], await tempDir(), ZH)
    expect(english.stdout).toContain(lead(en.history.empty))
  })

  it('--lang xx is a usage error: exit 2, one line, in the language chosen so far', async () => {
    const chinese = await runCli(['run', '--lang', 'xx'], await tempDir(), ZH)
    expect(chinese.code).toBe(2)
    expect(chinese.stderr).toBe(`conlab: ${zh.usage.badLang.replace('{choices}', 'en, zh-CN').replace('{value}', 'xx')}\n`)
    const english = await runCli(['--lang=xx'], await tempDir())
    expect(english.code).toBe(2)
    expect(english.stderr).toBe('conlab: --lang must be one of en, zh-CN; got "xx"\n')
  })

  it('--help, commander errors and the flags’ own errors are in Chinese', async () => {
    const help = await runCli(['--help'], await tempDir(), ZH)
    expect(help.code).toBe(0)
    for (const text of [zh.help.usage, zh.help.options, zh.help.commands, zh.program.description, zh.run.description, zh.help.help]) expect(help.stdout).toContain(text)
    expect(help.stdout).not.toContain(en.program.description)
    const runHelp = await runCli(['run', '--help', '--lang', 'zh-CN'], await tempDir())
    expect(runHelp.stdout).toContain(zh.run.repeat)
    expect(runHelp.stdout).toMatch(new RegExp(`${zh.help.globalOptions}[^]*--lang <locale>`))
    const unknown = await runCli(['run', '--no-such-flag'], await tempDir(), ZH)
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain(zh.commander.unknownOption.replace('{option}', '--no-such-flag'))
    const bad = await runCli(['run', '--repeat', 'abc'], await tempDir(), { LC_ALL: 'zh_CN.UTF-8' })
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain(zh.usage.wholeNumber.replace('{flag}', '--repeat').replace('{value}', 'abc'))
  })
})
