import { describe, expect, it } from 'vitest'
import { formatReportTable } from '../../../../src-main/engine/report/text/report-table'
import { makeReport, makeRun } from '../../../fixtures/report-fixture'

const config = (hi: number) => ({ workload: 'prime', lo: 0, hi, method: 'sieve', chunking: 'dynamic', chunksPerWorker: 4 })
const headings = (text: string) => text.split('\n').filter((line) => line.startsWith('Prime search'))

describe('the text summary’s sections', () => {
  it('gives two sweeps of one workload with different options a section each, headed by their own range', () => {
    const report = makeReport({
      runs: [
        makeRun({ id: 'a', runtime: 'thread', config: config(1_000_000) }),
        makeRun({ id: 'b', runtime: 'process', config: config(1_000_000) }),
        makeRun({ id: 'c', runtime: 'thread', config: config(20_000) }),
      ],
    })
    const shown = headings(formatReportTable(report))
    expect(shown).toHaveLength(2)
    expect(shown[0]).toContain('1000000')
    expect(shown[1]).toContain('20000')
  })

  it('keeps the runtimes of one configuration side by side in one section', () => {
    const report = makeReport({ runs: [makeRun({ id: 'a', runtime: 'thread' }), makeRun({ id: 'b', runtime: 'process' })] })
    expect(headings(formatReportTable(report))).toHaveLength(1)
  })
})
