/** A report's machine state is bounded like every other field: nonsense is refused with its path. */
import { describe, expect, it } from 'vitest'
import { type Report, ReportSchema } from '../../../src-shared/report'
import { findImplausible } from '../../../src-main/engine/report/plausible'
import { suiteReport } from './report-samples'

const withState = (state: NonNullable<Report['machine']['state']>): Report => {
  const report = suiteReport()
  return ReportSchema.parse({ ...report, machine: { ...report.machine, state } })
}
const unknown = { unknown: 'not known here' }
const base = { cores: unknown, coreTypes: unknown, governor: unknown, power: unknown }

describe('machine state bounds', () => {
  it('accepts a real state and refuses a frequency no CPU has', () => {
    expect(findImplausible(withState({ ...base, frequency: { value: { currentMHz: { min: 800, max: 4800 }, maxMHz: 5000 } } }))).toBeNull()
    expect(findImplausible(withState({ ...base, frequency: { value: { currentMHz: { min: 800, max: 4e9 } } } }))).toMatchObject({
      path: 'machine.state.frequency.value.currentMHz.max',
    })
  })

  it('refuses more cores than a machine has, and the schema refuses a share above 1', () => {
    expect(findImplausible(withState({ ...base, frequency: unknown, cores: { value: { physical: 1e7, logical: 1e7, smt: false } } }))).toMatchObject({
      path: 'machine.state.cores.value.physical',
    })
    const busy = { value: { before: { value: { otherShare: 1.5, windowMs: 500 } }, during: unknown, intervalMs: 1000, subtracted: 'lab-process' } }
    expect(() => withState({ ...base, frequency: unknown, busy } as never)).toThrow()
  })

  it('old reports without a state still parse', () => {
    expect(ReportSchema.parse(suiteReport()).machine.state).toBeUndefined()
  })
})
