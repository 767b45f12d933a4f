/**
 * compareReports: the right ratios and intervals for three machines, baselines by position and
 * label, and honesty: mismatched settings, wrong answers and missing points are shown, not
 * compared.
 */
import { describe, expect, it } from 'vitest'
import { type ComparisonCell, CompareError, compareReports } from '../../../src-main/engine/report/compare'
import { speedupInterval } from '../../../src-main/engine/stats/speedup'
import type { Report, Run } from '../../../src-shared/report'
import { makeReport, makeRun } from '../../fixtures/report-fixture'
import { microReport, scaledReport, suiteReport } from './report-samples'

const three = () => [
  { source: 'reports/alice.json', report: suiteReport() },
  { source: 'reports/bob.json', report: scaledReport('bob', 0.5) },
  { source: 'reports/carol.json', report: scaledReport('carol', 1.25) },
]

function measured(cell: ComparisonCell | undefined): Extract<ComparisonCell, { state: 'measured' }> {
  if (cell?.state !== 'measured') throw new Error(`expected a measured cell, got ${JSON.stringify(cell)}`)
  return cell
}

describe('three machines', () => {
  it('gives each machine its ratio against the baseline, per point', () => {
    const c = compareReports(three())
    expect(c.machines.map((m) => m.label)).toEqual(['alice-laptop', 'bob', 'carol'])
    expect(c.baselineIndex).toBe(0)
    expect(c.groups.map((g) => g.runtime)).toEqual(['main', 'thread', 'process'])
    const thread = c.groups[1]!
    expect(thread.rows.map((r) => r.workers)).toEqual([1, 2])
    const [alice, bob, carol] = thread.rows[1]!.cells.map(measured)
    expect(alice!.medianMs).toBe(51)
    expect(alice!.relative).toBeNull()
    expect(alice!.noRelative).toBe('is-baseline')
    expect(bob!.medianMs).toBeCloseTo(25.5, 12)
    expect(bob!.relative).toBeCloseTo(2, 12)
    expect(carol!.relative).toBeCloseTo(0.8, 12)
  })

  it('derives each ratio\'s interval from both machines\' 95% intervals', () => {
    const c = compareReports(three())
    const bob = measured(c.groups[1]!.rows[1]!.cells[1])
    // Baseline [48.516, 53.484], bob half of it: [base.lo / bob.hi, base.hi / bob.lo].
    expect(bob.relativeCi95![0]).toBeCloseTo(48.516 / (53.484 * 0.5), 12)
    expect(bob.relativeCi95![1]).toBeCloseTo(53.484 / (48.516 * 0.5), 12)
    expect(bob.relativeCi95).toEqual(speedupInterval(suiteReport().runs[1]!.points[1]!.stats, scaledReport('bob', 0.5).runs[1]!.points[1]!.stats))
    expect(bob.relativeCi95![0]).toBeLessThan(bob.relative!)
    expect(bob.relativeCi95![1]).toBeGreaterThan(bob.relative!)
  })

  it('summarises each machine by the geometric mean of its ratios', () => {
    const c = compareReports(three())
    expect(c.summaries[0]).toEqual({ geomeanRelative: null, comparedPoints: 0 })
    expect(c.summaries[1]!.geomeanRelative).toBeCloseTo(2, 12)
    expect(c.summaries[1]!.comparedPoints).toBe(5)
    expect(c.summaries[2]!.geomeanRelative).toBeCloseTo(0.8, 12)
  })

  it('takes the baseline by position or by label, host name or file name', () => {
    expect(compareReports(three(), { baseline: { index: 1 } }).baselineIndex).toBe(1)
    expect(compareReports(three(), { baseline: { label: 'carol' } }).baselineIndex).toBe(2)
    expect(compareReports(three(), { baseline: { label: 'bob-host' } }).baselineIndex).toBe(1)
    expect(compareReports(three(), { baseline: { label: 'carol.json' } }).baselineIndex).toBe(2)
    const c = compareReports(three(), { baseline: { label: 'bob' } })
    expect(measured(c.groups[1]!.rows[1]!.cells[0]).relative).toBeCloseTo(0.5, 12)
  })

  it('refuses an unknown baseline or a single report, saying what there is', () => {
    expect(() => compareReports(three(), { baseline: { label: 'dave' } })).toThrow(new CompareError('no report is labelled "dave"; the labels are: "alice-laptop", "bob", "carol"'))
    expect(() => compareReports(three(), { baseline: { index: 3 } })).toThrow(/baseline 4 is out of range: there are 3 reports/)
    expect(() => compareReports([three()[0]!])).toThrow(/at least two reports, got 1/)
  })

  it('makes labels unique and falls back to the host, then the file name', () => {
    const unlabelled = (host?: string): Report => ({ ...makeReport({ label: undefined }), machine: { ...makeReport().machine, hostname: host } })
    const c = compareReports([
      { source: 'a/x.json', report: makeReport({ label: 'same' }) },
      { source: 'b/y.json', report: makeReport({ label: 'same' }) },
      { source: 'c/z.json', report: unlabelled(undefined) },
      { source: 'd/w.json', report: unlabelled('host-w') },
    ])
    expect(c.machines.map((m) => m.label)).toEqual(['same', 'same (2)', 'z', 'host-w'])
  })
})

describe('honesty', () => {
  it('compares only runs with the same options and settings, and shows the mismatch', () => {
    const other = scaledReport('bob', 0.5)
    other.runs[1] = { ...other.runs[1]!, config: { ...other.runs[1]!.config, hi: 2_000_000 } } as Run
    other.runs[2] = { ...other.runs[2]!, settings: { ...other.runs[2]!.settings, serialization: 'json' } }
    const c = compareReports([{ source: 'a', report: suiteReport() }, { source: 'b', report: other }])
    const threadGroups = c.groups.filter((g) => g.runtime === 'thread')
    expect(threadGroups).toHaveLength(2)
    expect(threadGroups[0]!.rows[0]!.cells[1]).toEqual({ state: 'not-measured', why: 'other-settings' })
    expect(threadGroups[1]!.rows[0]!.cells[0]).toEqual({ state: 'not-measured', why: 'other-settings' })
    expect(measured(threadGroups[1]!.rows[0]!.cells[1]).noRelative).toBe('baseline-not-measured')
    expect(c.mismatches).toEqual([
      { workload: 'prime', runtime: 'thread', fields: [{ field: 'config.hi', values: ['1000000', '2000000'] }] },
      { workload: 'prime', runtime: 'process', fields: [{ field: 'serialization', values: ['advanced', 'json'] }] },
    ])
  })

  it('does not treat repetitions or the timeout as a different measurement', () => {
    const other = scaledReport('bob', 0.5)
    other.runs = other.runs.map((r) => ({ ...r, settings: { ...r.settings, repeat: 10, taskTimeoutMs: 5000 } }))
    const c = compareReports([{ source: 'a', report: suiteReport() }, { source: 'b', report: other }])
    expect(c.mismatches).toEqual([])
    expect(c.groups).toHaveLength(3)
  })

  it('gives a wrong answer no ratio, on either side', () => {
    const wrong = scaledReport('bob', 0.5)
    const thread = wrong.runs[1]!
    wrong.runs[1] = { ...thread, points: [thread.points[0]!, { ...thread.points[1]!, check: { ...thread.points[1]!.check, ok: false, actual: 1 } }] }
    const c = compareReports([{ source: 'a', report: suiteReport() }, { source: 'b', report: wrong }])
    const cell = measured(c.groups[1]!.rows[1]!.cells[1])
    expect(cell).toMatchObject({ checkOk: false, relative: null, relativeCi95: null, noRelative: 'check-failed' })
    const flipped = compareReports([{ source: 'b', report: wrong }, { source: 'a', report: suiteReport() }])
    expect(measured(flipped.groups[1]!.rows[1]!.cells[1]).noRelative).toBe('check-failed')
  })

  it('marks what a machine did not run or did not reach', () => {
    const partial = scaledReport('bob', 0.5)
    partial.runs = [partial.runs[0]!, { ...partial.runs[1]!, status: 'aborted', error: 'Cancelled by the user.', points: [partial.runs[1]!.points[0]!] }]
    const c = compareReports([{ source: 'a', report: suiteReport() }, { source: 'b', report: partial }])
    expect(c.groups[1]!.rows[1]!.cells[1]).toEqual({ state: 'not-measured', why: 'no-point' })
    expect(c.groups[2]!.rows[0]!.cells[1]).toEqual({ state: 'not-measured', why: 'no-run' })
    expect(measured(c.groups[1]!.rows[0]!.cells[1]).runStatus).toBe('aborted')
    expect(c.notes).toContain('bob: prime/thread aborted; only its finished points are compared.')
  })

  it('tells points of a micro experiment apart by their case, not just the worker count', () => {
    const fast = microReport()
    const c = compareReports([{ source: 'a', report: microReport() }, { source: 'b', report: { ...fast, label: 'fast' } }])
    expect(c.groups).toHaveLength(1)
    expect(c.groups[0]!.rows.map((r) => r.caseLabel)).toEqual(['process-json · 64 B', 'process-json · 64 KiB', 'thread-clone · 64 B', 'thread-clone · 64 KiB'])
    expect(c.groups[0]!.commonCase).toBe('bytes')
    expect(c.groups[0]!.rows.every((r) => measured(r.cells[1]).relative === 1)).toBe(true)
  })

  it('notes differing lab and Node versions and migrated files', () => {
    const newer = scaledReport('bob', 0.5)
    newer.machine = { ...newer.machine, versions: { ...newer.machine.versions, lab: '0.2.0', node: '22.1.0' } }
    const c = compareReports([{ source: 'a', report: suiteReport(), migratedFrom: 0 }, { source: 'b', report: newer }])
    expect(c.notes).toEqual([
      'Lab versions differ: alice-laptop 0.1.0, bob 0.2.0.',
      'Node.js versions differ: alice-laptop 20.19.0, bob 22.1.0.',
      'alice-laptop was written as report version 0 and migrated to read it.',
    ])
  })

  it('widens an interval of means to hold the ratio of medians it is shown with', () => {
    const skewed = scaledReport('bob', 0.5)
    const point = skewed.runs[1]!.points[1]!
    skewed.runs[1] = { ...skewed.runs[1]!, points: [skewed.runs[1]!.points[0]!, { ...point, stats: { ...point.stats, median: 10 } }] }
    const cell = measured(compareReports([{ source: 'a', report: suiteReport() }, { source: 'b', report: skewed }]).groups[1]!.rows[1]!.cells[1])
    expect(cell.relative).toBeCloseTo(5.1, 12)
    expect(cell.relativeCi95![1]).toBe(cell.relative)
    expect(cell.relativeCi95![0]).toBeCloseTo(48.516 / (53.484 * 0.5), 12)
  })

  it('keeps a ratio but drops an interval that cannot be formed', () => {
    const zeroLow = makeReport({ runs: [makeRun({ points: [{ ...makeRun().points[0]!, stats: { ...makeRun().points[0]!.stats, ci95: [-5, 10], min: 0 } }] })] })
    const c = compareReports([{ source: 'a', report: makeReport() }, { source: 'b', report: { ...zeroLow, label: 'z' } }])
    expect(measured(c.groups[0]!.rows[0]!.cells[1])).toMatchObject({ relative: 1, relativeCi95: null })
  })
})
