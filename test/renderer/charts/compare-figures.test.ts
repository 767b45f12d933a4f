import { describe, expect, it } from 'vitest'
import { compareReports } from '../../../src-renderer/charts/compare-figures'
import { makeMachine, makeReport, makeRun } from '../../fixtures/report-fixture'

describe('compareReports', () => {
  it('lines up the same figure of several machines in one row, with gaps where one lacks it', () => {
    const laptop = makeReport({ machine: makeMachine({ hostname: 'laptop' }) })
    const desktop = makeReport({ machine: makeMachine({ hostname: 'desktop', logicalCores: 8 }), runs: [makeRun(), makeRun({ id: 'p', runtime: 'process' })] })
    const rows = compareReports([laptop, desktop])
    const best = rows.find((r) => r.key === 'prime|thread|bestSpeedup|')
    expect(best?.values).toEqual([1.961, 1.961])
    const processBest = rows.find((r) => r.key === 'prime|process|bestSpeedup|')
    expect(processBest?.values).toEqual([null, 1.961])
    expect(rows.find((r) => r.key === 'prime|thread|oneWorker|')?.values).toEqual([100, 100])
    expect(rows.find((r) => r.key === 'prime|thread|overhead|')?.values).toEqual([50, 50])
  })

  it('leaves failed runs out', () => {
    const rows = compareReports([makeReport({ runs: [makeRun({ status: 'failed' })] })])
    expect(rows).toEqual([])
  })
})
