/** A verdict's age in the reader's language (claim-age.ts): the clock is passed in, never read. */
import { describe, expect, it } from 'vitest'
import { verdictAge } from '../../../src-renderer/components/claims/claim-age'

const NOW = Date.parse('2026-03-10T12:00:00.000Z')
const ago = (seconds: number) => new Date(NOW - seconds * 1000).toISOString()

describe('verdictAge', () => {
  it('names the largest whole unit, in English and in Chinese', () => {
    expect(verdictAge(ago(10), NOW, 'en-US')).toBe('now')
    expect(verdictAge(ago(3 * 60 + 5), NOW, 'en-US')).toBe('3 minutes ago')
    expect(verdictAge(ago(2 * 3600), NOW, 'en-US')).toBe('2 hours ago')
    expect(verdictAge(ago(26 * 3600), NOW, 'en-US')).toBe('yesterday')
    expect(verdictAge(ago(40 * 24 * 3600), NOW, 'en-US')).toBe('last month')
    expect(verdictAge(ago(3 * 60 + 5), NOW, 'zh-CN')).toBe('3分钟前')
    expect(verdictAge(ago(26 * 3600), NOW, 'zh-CN')).toBe('昨天')
  })

  it('reads a report from the future (a clock set back) as now, and an unreadable date as nothing', () => {
    expect(verdictAge(new Date(NOW + 3_600_000).toISOString(), NOW, 'en-US')).toBe('now')
    expect(verdictAge('not a date', NOW, 'en-US')).toBe('')
  })
})
