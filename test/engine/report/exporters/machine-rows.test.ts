import { describe, expect, it } from 'vitest'
import type { MachineState } from '../../../../src-shared/machine-state'
import { reportToHtml } from '../../../../src-main/engine/report/exporters/html'
import { exportLocale } from '../../../../src-main/engine/report/exporters/locale'
import { reportToMarkdown } from '../../../../src-main/engine/report/exporters/markdown'
import { machineRows, runExtraTables } from '../../../../src-main/engine/report/exporters/rows'
import { makeMachine, makeReport, makeRun } from '../../../fixtures/report-fixture'
import type { PythonInterpreter } from '../../../../src-shared/python'
import type { ClaimVerdict } from '../../../../src-shared/claims/claim-verdict'

function interpreter(version: string, extra: Partial<PythonInterpreter> = {}): PythonInterpreter {
  return { command: 'python3', args: [], source: 'path', executable: `/usr/bin/python${version}`, version, implementation: 'CPython', gilEnabled: true, freeThreaded: false, startMethods: ['fork', 'spawn'], ...extra }
}
const pythons = [interpreter('3.11.7'), interpreter('3.13.1', { freeThreaded: true, gilEnabled: false }), interpreter('3.6.9', { unsupported: 'too-old' }), interpreter('3.12.0'), interpreter('3.10.2')]
const verdict: ClaimVerdict = {
  claim: 'switch-cost',
  verdict: 'holds',
  because: { code: 'testOnlyCode', params: { ratio: 2.2279789999993227 } },
  figures: [{ code: 'testOnlyFigure', params: { n: { nested: { deeper: 1 } } as unknown as number } }],
  runIds: [],
  english: 'Switching threads cost less than switching processes here.',
}

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

  it('words the cores allowed and the interpreters found, never raw keys, in both languages', () => {
    const machine = makeMachine({ cpusAllowed: { cpus: { value: [0, 1] }, setBy: 'inherited' }, pythons })
    for (const locale of ['en', 'zh-CN'] as const) {
      const text = machineRows(machine, exportLocale(locale)).map((r) => r.join(' ')).join('\n')
      expect(text).not.toMatch(/cpusAllowed|setBy|inherited|pythons|items\)/)
      expect(text).toMatch(/0,1/)
      for (const v of ['3.11.7', '3.13.1', '3.6.9', '3.12.0', '3.10.2']) expect(text).toContain(`CPython ${v}`)
    }
    const en = new Map(machineRows(machine, exportLocale('en')))
    expect(en.get('Cores allowed')).toBe('0,1 (as the lab was started)')
    expect(en.get('Python interpreters')).toContain('CPython 3.6.9, GIL (too old for the lab)')
    const zh = new Map(machineRows(machine, exportLocale('zh-CN')))
    expect(zh.get('允许使用的核心')).toMatch(/^0,1（.+）$/)
  })

  it('keeps the claims out of the generic dump: the claims section shows them', () => {
    const base = makeReport()
    const report = { ...base, runs: base.runs.map((run) => ({ ...run, claims: ['switch-cost' as const] })), claims: [verdict] }
    for (const locale of ['en', 'zh-CN'] as const) {
      for (const out of [reportToHtml(report, locale), reportToMarkdown(report, locale)]) {
        expect(out).not.toMatch(/claims\.0|\.english|because\.code|nested too deep|2\.22797/)
      }
    }
  })

  it('words a run restricted to some cores, and leaves its claims to the claims section', () => {
    const run = makeRun({ cpusAllowed: { cpus: { value: [0] }, setBy: 'cores-field', requested: 1, requestedBy: 'cores-field' }, claims: ['switch-cost'] })
    for (const locale of ['en', 'zh-CN'] as const) {
      const tables = runExtraTables([run], exportLocale(locale))
      const text = tables.map((x) => [x.title, ...x.header, ...x.rows.flat()].join(' ')).join('\n')
      expect(text).not.toMatch(/cpus\.value|setBy|cores-field|switch-cost/)
      expect(text).toContain(locale === 'en' ? '0 (' : '0（')
    }
    expect(runExtraTables([run], exportLocale('en'))[0]?.rows[0]?.[1]).toMatch(/^0 \(set by the run's Cores field \(1\)/)
  })
})
