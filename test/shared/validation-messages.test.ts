import { describe, expect, it } from 'vitest'
import { RunConfigSchema } from '../../src-shared/config'
import { translatorFor } from '../../src-shared/i18n/translate'
import { issueText, refinementText } from '../../src-shared/validation-messages'
import { PrimeOptionsSchema } from '../../src-shared/workloads/prime'

const en = translatorFor('en')
const zh = translatorFor('zh-CN')

function firstIssue(schema: { safeParse: (v: unknown, o: { reportInput: boolean }) => { success: boolean; error?: { issues: unknown[] } } }, value: unknown) {
  const parsed = schema.safeParse(value, { reportInput: true })
  if (parsed.success || !parsed.error) throw new Error('expected the value to be rejected')
  return parsed.error.issues[0] as Parameters<typeof issueText>[0]
}

const repeatBounds = { min: 1, max: 1000, int: true }

describe('issueText', () => {
  it('answers a too-big number with the whole allowed range, in both languages', () => {
    const issue = firstIssue(RunConfigSchema, { workload: { workload: 'prime' }, runtimes: ['thread'], repeat: 5000 })
    expect(issue.code).toBe('too_big')
    const bounds = { min: 1, max: Number((issue as { maximum: number }).maximum), int: true }
    expect(issueText(issue, 'Repetitions', en, bounds)).toBe(`Repetitions: enter a whole number from 1 to ${bounds.max.toLocaleString('en')}.`)
    expect(issueText(issue, '重复次数', zh, bounds)).toBe(`重复次数：请输入 1 到 ${bounds.max.toLocaleString('en')} 之间的整数。`)
  })

  it('says "whole number" for a fraction, not "expected int, received number"', () => {
    const issue = firstIssue(RunConfigSchema, { workload: { workload: 'prime' }, runtimes: ['thread'], repeat: 2.5 })
    expect(issueText(issue, 'Repetitions', en, repeatBounds)).toBe('Repetitions: enter a whole number from 1 to 1,000.')
    expect(issueText(issue, 'Repetitions', en)).toBe('Repetitions must be a whole number.')
    expect(issueText(issue, '重复次数', zh)).toBe('重复次数必须是整数。')
  })

  it('an empty box asks for a value', () => {
    const issue = firstIssue(RunConfigSchema, { workload: { workload: 'prime' }, runtimes: ['thread'], repeat: '' })
    expect(issueText(issue, 'Repetitions', en, repeatBounds)).toBe('Repetitions: enter a value.')
    expect(issueText(issue, '重复次数', zh, repeatBounds)).toBe('重复次数：请填写。')
  })

  it('does not quote the safe-integer limit as if someone had chosen it', () => {
    const issue = firstIssue(PrimeOptionsSchema, { workload: 'prime', hi: 2 ** 60 })
    const text = issueText(issue, 'Upper bound', en, { min: 2, max: null, int: true })
    expect(text).not.toMatch(/9007199254740991|9,007,199/)
    expect(text).toBe('Upper bound: that number is too large.')
  })

  it('translates a cross-field rule by its key; the English text is the schema message', () => {
    const issue = firstIssue(PrimeOptionsSchema, { workload: 'prime', lo: 100, hi: 10 })
    expect(issue.message).toBe('hi must be greater than lo')
    expect(refinementText(issue, en)).toBe('hi must be greater than lo')
    expect(issueText(issue, 'Upper bound', zh)).toBe('上界（hi）必须大于下界（lo）')
  })

  it('a refinement with values fills them in', () => {
    const issue = firstIssue(PrimeOptionsSchema, { workload: 'prime', method: 'trial', hi: 200_000_000 })
    expect(refinementText(issue, en)).toBe(issue.message)
    expect(refinementText(issue, zh)).toContain('试除法')
  })
})
