/**
 * `conlab claims --help` and `conlab compare --help` say what the commands do: claims has no
 * --format (the host name goes in the --out file), `--out x.html` writes x.json beside it, and a
 * default is said once, in the help's own language (no commander "(default: ...)").
 */
import { describe, expect, it } from 'vitest'
import { createProgram } from '../../src-main/cli/program'
import { wordingFor } from '../../src-main/engine/report/text/columns'
import type { Locale } from '../../src-shared/i18n/locales'

function help(command: string, locale: Locale): string {
  const program = createProgram(async () => undefined, () => undefined, () => undefined, wordingFor(locale))
  const sub = program.commands.find((c) => c.name() === command)
  if (!sub) throw new Error(`no ${command} command`)
  // Commander wraps to the terminal's width: compared as one line.
  return sub.helpInformation().replace(/\s+/g, ' ')
}

describe('help of claims and compare', () => {
  it('claims: no --format in its words, and --out says it writes the JSON beside', () => {
    for (const locale of ['en', 'zh-CN'] as const) {
      const text = help('claims', locale)
      expect(text).not.toContain('--format')
      expect(text).toMatch(/x\.html.+x\.json/)
    }
    expect(help('claims', 'en')).toMatch(/--include-hostname +name this machine \(its host name\) in the --out file/)
  })

  it('no command says a default twice or in commander’s English', () => {
    for (const locale of ['en', 'zh-CN'] as const) {
      for (const command of ['run', 'claims', 'compare', 'export', 'history']) {
        expect(help(command, locale)).not.toContain('(default: "')
      }
      expect(help('compare', locale).match(/table/g)?.length).toBe(2)
    }
  })
})
