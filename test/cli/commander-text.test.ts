import { describe, expect, it } from 'vitest'
import { commanderMessage } from '../../src-main/cli/commander-text'
import { ENGLISH, wordingFor } from '../../src-main/engine/report/text/wording'

const unknown = "error: unknown option '--coug'\n(Did you mean one of --cpus, --out?)\n"

describe('commander refusals', () => {
  it('keep the suggestion on the refusal’s own line, in English and in Chinese', () => {
    for (const w of [ENGLISH, wordingFor('zh-CN')]) {
      const text = commanderMessage(unknown, w)
      expect(text.trimEnd().split('\n')).toHaveLength(1)
      expect(text).toContain('--coug')
      expect(text).toContain('--cpus, --out')
    }
  })

  it('pass a message of another shape through in Chinese, and a plain one unchanged in English', () => {
    expect(commanderMessage('something else\n', wordingFor('zh-CN'))).toBe('something else\n')
    expect(commanderMessage("error: unknown option '--x'\n", ENGLISH)).toBe("error: unknown option '--x'\n")
  })
})
