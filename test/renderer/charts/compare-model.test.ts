/** What the Compare view draws of an engine Comparison: cell texts, settings lines, ratio series. */
import { describe, expect, it } from 'vitest'
import { compareReports } from '../../../src-main/engine/report/compare'
import { chartableGroups, groupSettings, ratioChartModel, ratioText, rowLabel, timeText } from '../../../src-renderer/charts/compare-model'
import { makeMachine, makePoint, makeReport, makeRun } from '../../fixtures/report-fixture'

function comparison() {
  const slow = makePoint(2, { stats: { ...makePoint(2).stats, median: 102, ci95: [97.032, 106.968] } })
  const laptop = makeReport({ label: 'laptop' })
  const desktop = makeReport({ label: 'desktop', machine: makeMachine({ hostname: 'desktop' }), runs: [makeRun({ points: [makePoint(1), slow] })] })
  const other = makeReport({ label: 'other', runs: [makeRun({ settings: { serialization: 'advanced', warmup: 9, repeat: 3, taskTimeoutMs: 1 } })] })
  return compareReports([
    { source: 'a.json', report: laptop },
    { source: 'b.json', report: desktop },
    { source: 'c.json', report: other },
  ])
}

describe('compare model', () => {
  it('writes a time as median ± half its interval and a ratio with its interval', () => {
    const cell = comparison().groups[0]!.rows[0]!.cells[0]!
    if (cell.state !== 'measured') throw new Error('expected a measured cell')
    expect(timeText(cell)).toBe('100 ms ± 4.97 ms')
    expect(ratioText(0.5, [0.45, 0.55])).toBe('0.5× [0.45–0.55]')
    expect(ratioText(2, null)).toBe('2×')
    expect(rowLabel({ workers: 4, caseLabel: '' })).toBe('4')
    expect(rowLabel({ workers: 4, caseLabel: 'cold' })).toBe('cold · 4')
  })

  it('lists the shared options and settings of a group', () => {
    const settings = groupSettings(comparison().groups[0]!)
    expect(settings).toEqual(expect.arrayContaining(['hi = 1000000', 'method = sieve', 'serialization = structured-clone', 'warmup = 1']))
    expect(settings.some((s) => s.startsWith('workload'))).toBe(false)
  })

  it('makes one ratio series per machine: 1 on the baseline, null where not compared', () => {
    const c = comparison()
    const [matching, mismatched] = c.groups
    expect(chartableGroups(c)).toEqual([matching])
    const model = ratioChartModel(c, matching!)
    expect(model.categories).toEqual(['1', '2'])
    expect(model.series.map((s) => [s.label, s.isBaseline])).toEqual([['laptop', true], ['desktop', false], ['other', false]])
    expect(model.series[0]!.values).toEqual([1, 1])
    expect(model.series[0]!.intervals).toEqual([null, null])
    expect(model.series[1]!.values[0]).toBeCloseTo(1, 12)
    expect(model.series[1]!.values[1]).toBeCloseTo(51 / 102, 12)
    // These reports have 3 repetitions a point: the ratio gets no interval (issue 14), and none is drawn.
    expect(model.series[1]!.intervals[1]).toBeNull()
    // The third machine ran with other settings: no bar in this group, and its own group has no ratio.
    expect(model.series[2]!.values).toEqual([null, null])
    // In its own group the baseline measured nothing comparable, so nobody gets a ratio there.
    const own = ratioChartModel(c, mismatched!)
    expect(mismatched!.rows[0]!.cells.map((cell) => cell.state)).toEqual(['not-measured', 'not-measured', 'measured'])
    expect(own.series.map((s) => s.values)).toEqual([[null, null], [null, null], [null, null]])
  })
})
