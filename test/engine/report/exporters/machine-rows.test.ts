import { describe, expect, it } from 'vitest'
import type { MachineState } from '../../../../src-shared/machine-state'
import { reportToHtml } from '../../../../src-main/engine/report/exporters/html'
import { exportLocale } from '../../../../src-main/engine/report/exporters/locale'
import { reportToMarkdown } from '../../../../src-main/engine/report/exporters/markdown'
import { machineRows } from '../../../../src-main/engine/report/exporters/rows'
import { makeMachine, makeReport } from '../../../fixtures/report-fixture'

const state: MachineState = {
  cores: { value: { physical: 1, logical: 2, smt: true } },
  coreTypes: { value: { hybrid: false, source: 'linux-single-pmu' } },
  governor: { unknown: 'no cpufreq in sysfs' },
  frequency: { value: { currentMHz: { min: 2000, max: 3000 } } },
  power: { value: { onBattery: false, batteryPresent: false } },
  busy: { value: { before: { value: { otherShare: 0.05, windowMs: 500 } }, during: { unknown: 'no samples' }, intervalMs: 1000, subtracted: 'lab-process' } },
}

describe('the Machine table of the exports', () => {
  it('leaves the host name out unless asked for it; the report data keeps it', () => {
    const report = makeReport({ machine: makeMachine({ hostname: 'alice-laptop' }) })
    expect(reportToHtml(report)).not.toContain('alice-laptop')
    expect(reportToMarkdown(report)).not.toContain('alice-laptop')
    expect(reportToHtml(report, 'en', { includeHostname: true })).toContain('alice-laptop')
    expect(reportToMarkdown(report, 'zh-CN', { includeHostname: true })).toContain('alice-laptop')
    expect(report.machine.hostname).toBe('alice-laptop')
  })

  it('shows the machine state in words, never as raw keys, in both languages', () => {
    for (const locale of ['en', 'zh-CN'] as const) {
      const rows = machineRows(makeMachine({ state }), exportLocale(locale))
      const text = rows.map((r) => r.join(' ')).join('\n')
      expect(text).not.toMatch(/state\.|\.value\.|physical:/)
      expect(text).toContain('no cpufreq in sysfs')
    }
    const en = new Map(machineRows(makeMachine({ state }), exportLocale('en')))
    expect(en.get('Cores and SMT')).toBe('1 physical, 2 logical; two logical cores share some physical ones (SMT)')
  })
})
