/**
 * The two catalogues cannot drift (issue 12): en and zh-CN have exactly the same keys, in every
 * area (app, charts, workloads, cli, report), and each message uses the same `{placeholders}`, so
 * a translation never loses a number or names one that is never filled in. The `Messages` type
 * already catches most key gaps at compile time; this walks the real objects, which also catches
 * a spread of English (`...en`) left where a translation should be.
 */
import { describe, expect, it } from 'vitest'
import en from '../../src-shared/i18n/en'
import { pickLocale } from '../../src-shared/i18n/locales'
import zhCN from '../../src-shared/i18n/zh-CN'
import { type Tree, flatten } from './catalogue-tree'

const placeholders = (message: string): string[] => [...new Set([...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? ''))].sort()

/** Keys present on one side only, and messages whose placeholders differ. */
export function catalogueDrift(a: Tree, b: Tree): string[] {
  const left = flatten(a)
  const right = flatten(b)
  const problems: string[] = []
  for (const key of left.keys()) if (!right.has(key)) problems.push(`missing in zh-CN: ${key}`)
  for (const key of right.keys()) if (!left.has(key)) problems.push(`only in zh-CN: ${key}`)
  for (const [key, message] of left) {
    const other = right.get(key)
    if (other === undefined) continue
    const [p, q] = [placeholders(message), placeholders(other)]
    if (p.join() !== q.join()) problems.push(`${key}: {${p.join('}, {')}} in en, {${q.join('}, {')}} in zh-CN`)
  }
  return problems
}

describe('the en and zh-CN catalogues', () => {
  it('have the same keys and the same placeholders in every area', () => {
    expect(catalogueDrift(en, zhCN)).toEqual([])
  })

  it('cover the cli and report areas too', () => {
    const keys = [...flatten(zhCN).keys()]
    for (const area of ['app.', 'charts.', 'workloads.', 'cli.', 'report.']) expect(keys.some((k) => k.startsWith(area)), area).toBe(true)
  })

  it('report a missing key, an extra key and a lost placeholder (the check can fail)', () => {
    const a = { x: { one: 'About {eta} left', two: 'Two' } }
    const b = { x: { one: '大约还剩', three: '三' } }
    expect(catalogueDrift(a, b)).toEqual(['missing in zh-CN: x.two', 'only in zh-CN: x.three', 'x.one: {eta} in en, {} in zh-CN'])
  })

  it('translate the app: no app or chart message of zh-CN is still the English text', () => {
    // Names that read the same in both languages (API names, percentiles, units) are allowed.
    const same = [...flatten(zhCN)].filter(([key, text]) => !/^(cli|report)\./.test(key) && flatten(en).get(key) === text && /[a-z]{3,} [a-z]{3,}/i.test(text))
    expect(same.filter(([, text]) => !/^(perf bench sched pipe)$/.test(text)).map(([key]) => key)).toEqual([])
  })

  it('use only {placeholders} of vue-i18n syntax: no @, |, $ in zh-CN', () => {
    expect([...flatten(zhCN)].filter(([, text]) => /[@|$]/.test(text)).map(([key]) => key)).toEqual([])
  })
})

describe('pickLocale', () => {
  it('gives zh-CN to any Chinese preference and English otherwise', () => {
    expect(pickLocale(['zh-CN', 'en'])).toBe('zh-CN')
    expect(pickLocale(['zh-TW'])).toBe('zh-CN')
    expect(pickLocale(['zh_CN.UTF-8'])).toBe('zh-CN')
    expect(pickLocale(['en-US', 'zh-CN'])).toBe('en')
    expect(pickLocale(['fr-FR'])).toBe('en')
    expect(pickLocale([undefined, 'C', 'zh-Hans-CN'])).toBe('zh-CN')
    expect(pickLocale([])).toBe('en')
  })
})
