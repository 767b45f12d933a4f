/**
 * The Compare screen's data-dependent words, through the real catalogues in both languages: a
 * report named after its machine, times to the second, the pick hint's counts, field labels.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { fieldLabel, formatWhen, machineName, pickHint } from '../../../src-renderer/components/compare/compare-names'
import { i18n, translate } from '../../../src-renderer/i18n'
import { applyLocale, loadLocale } from '../../../src-renderer/i18n/locale'
import { makeMachine } from '../../fixtures/report-fixture'

// The Chinese catalogue is fetched on demand (src-renderer/i18n/index.ts).
beforeAll(() => loadLocale('zh-CN'))
afterEach(() => applyLocale('en'))

const te = (key: string) => i18n.global.te(key)
const machine = makeMachine({ cpuModel: 'AMD Ryzen 7 5800X', logicalCores: 16, hostname: 'alice-laptop' })

describe('machineName', () => {
  it('takes the report’s label, else the CPU model and core count (never the experiment or host)', () => {
    expect(machineName({ label: 'Alice’s laptop', machine }, translate)).toBe('Alice’s laptop')
    expect(machineName({ label: undefined, machine }, translate)).toBe('AMD Ryzen 7 5800X, 16 cores')
    expect(machineName({ label: '  ', machine }, translate)).toBe('AMD Ryzen 7 5800X, 16 cores')
    applyLocale('zh-CN')
    expect(machineName({ label: undefined, machine }, translate)).toBe('AMD Ryzen 7 5800X，16 核')
  })
})

describe('formatWhen', () => {
  it('gives the seconds, in the page’s language', () => {
    const iso = '2024-03-05T14:07:09.250Z'
    const local = new Date(iso)
    const seconds = String(local.getSeconds()).padStart(2, '0')
    expect(formatWhen(iso, 'en')).toMatch(new RegExp(`:${seconds}$`))
    expect(formatWhen(iso, 'en')).toContain('2024')
    expect(formatWhen(iso, 'zh-CN')).toMatch(/^2024\/03\/05 \d\d:07:09$|^2024\/03\/05 \d\d:\d\d:09$/)
    expect(formatWhen('not a date', 'en')).toBe('not a date')
  })
})

describe('pickHint', () => {
  it('counts what is picked and listed once there is something to pick', () => {
    expect(pickHint(1, 11, translate)).toBe('Pick at least two reports to compare them: 1 picked of 11 listed.')
    expect(pickHint(0, 0, translate)).toBe('Import or open at least two reports to compare them.')
    applyLocale('zh-CN')
    expect(pickHint(1, 11, translate)).toBe('请至少选择两份报告进行比较：已选 1 份，共列出 11 份。')
  })
})

describe('fieldLabel', () => {
  it('reads the form’s label for workload options and run settings, else humanizes the key', () => {
    expect(fieldLabel('prime', 'config.hi', translate, te)).toBe('Up to (hi)')
    expect(fieldLabel('prime', 'warmup', translate, te)).toBe('Warm-up repetitions')
    expect(fieldLabel('prime', 'taskTimeoutMs', translate, te)).toBe('Task timeout (ms)')
    expect(fieldLabel('prime', 'config.someNewOption', translate, te)).toBe('Some new option')
    expect(fieldLabel('prime', 'stats.bootSeed', translate, te)).toBe('Stats boot seed')
    applyLocale('zh-CN')
    expect(fieldLabel('prime', 'config.hi', translate, te)).not.toBe('Up to (hi)')
    expect(fieldLabel('prime', 'config.hi', translate, te)).toBe(translate('fields.prime.hi.label'))
    expect(fieldLabel('prime', 'warmup', translate, te)).toBe(translate('fields.common.warmup.label'))
    expect(fieldLabel('prime', 'warmup', translate, te)).toMatch(/[\u4e00-\u9fff]/)
  })
})
