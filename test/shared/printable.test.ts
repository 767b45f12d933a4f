/** printable: every string from a file is inert on a terminal (issue 11, hole 3). */
import { describe, expect, it } from 'vitest'
import { MAX_PRINTED_CHARS, printable, printableLines } from '../../src-shared/printable'

describe('printable', () => {
  it('escapes C0, DEL, C1, bidi overrides, line separators and lone surrogates', () => {
    expect(printable('a\u001b]0;title\u0007\u001b[2Jb')).toBe('a\\u001b]0;title\\u0007\\u001b[2Jb')
    expect(printable('x\u007f\u0085\u009by')).toBe('x\\u007f\\u0085\\u009by')
    expect(printable('\u202eevil\u2066\u2069\u200f')).toBe('\\u202eevil\\u2066\\u2069\\u200f')
    expect(printable('a\u2028b')).toBe('a\\u2028b')
    expect(printable('lone \ud800 and \udc00')).toBe('lone \\ud800 and \\udc00')
    expect(printable('line\nnext\ttab\r')).toBe('line\\nnext\\ttab\\r')
  })

  it('keeps ordinary text, accents, CJK and emoji (surrogate pairs) as they are', () => {
    expect(printable('Zoë’s 笔记本 🚀 (x86_64)')).toBe('Zoë’s 笔记本 🚀 (x86_64)')
  })

  it('cuts absurd lengths, never in the middle of a pair', () => {
    const long = printable('x'.repeat(10_000))
    expect(long.length).toBeLessThan(MAX_PRINTED_CHARS + 40)
    expect(long).toMatch(/… \(8000 more characters\)$/)
    expect(printable(`a${'🚀'.repeat(3)}`, 2)).toBe('a… (6 more characters)')
  })

  it('printableLines keeps newlines and escapes the rest; JSON stays JSON with the same value', () => {
    expect(printableLines('a\u001b[2J\nb\u009b\n')).toBe('a\\u001b[2J\nb\\u009b\n')
    const json = JSON.stringify({ label: 'x\u009by\u202e' }, null, 2)
    expect(JSON.parse(printableLines(json))).toEqual({ label: 'x\u009by\u202e' })
  })
})
