/**
 * compareReports: the right ratios and intervals for three machines, baselines by position and
 * label, and honesty: mismatched settings, wrong answers and missing points are shown, not
 * compared.
 */
import { describe, expect, it } from 'vitest'
import { type ComparisonCell, CompareError, compareReports } from '../../../src-main/engine/report/compare'
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

  it('gives a ratio no interval and no verdict below 5 repetitions, as the lab does for its own ratios', () => {
    const bob = measured(compareReports(three()).groups[1]!.rows[1]!.cells[1])
    expect(bob.relative).toBeCloseTo(2, 12)
    expect(bob.relativeCi95).toBeNull()
    expect(bob.significance).toMatchObject({ verdict: 'too-few-repetitions', nA: 3, nB: 3 })
  })

  it('from 5 repetitions on, bootstraps the ratio of medians and tests the two machines', () => {
    const withSamples = (report: Report, samples: number[]): Report => {
      const run = report.runs[1]!
      const point = run.points[1]!
      const sorted = [...samples].sort((a, b) => a - b)
      const median = sorted[Math.floor(sorted.length / 2)]!
      return { ...report, runs: [report.runs[0]!, { ...run, points: [run.points[0]!, { ...point, samplesMs: samples, stats: { ...point.stats, n: samples.length, median } }] } as Run, ...report.runs.slice(2)] }
    }
    const alice = withSamples(suiteReport(), [50, 52, 51, 49, 53, 50])
    const bob = withSamples(scaledReport('bob', 0.5), [25, 26.5, 24.8, 25.2, 27, 25.5])
    const cell = measured(compareReports([{ source: 'a', report: alice }, { source: 'b', report: bob }]).groups[1]!.rows[1]!.cells[1])
    expect(cell.relative).toBeCloseTo(51 / 25.5, 12)
    const [lo, hi] = cell.relativeCi95!
    expect(lo).toBeGreaterThan(0)
    expect(lo).toBeLessThanOrEqual(cell.relative!)
    expect(hi).toBeGreaterThanOrEqual(cell.relative!)
    // Every bob sample is below every alice sample: 6 against 6 reaches p = 0.002 before Holm.
    expect(cell.significance).toMatchObject({ verdict: 'faster', nA: 6, nB: 6 })
    expect(cell.significance!.ratio).toBeLessThan(0.55)
    // The same reports give the same interval every time (a fixed seed).
    expect(measured(compareReports([{ source: 'a', report: alice }, { source: 'b', report: bob }]).groups[1]!.rows[1]!.cells[1]).relativeCi95).toEqual(cell.relativeCi95)
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

  it('keeps a ratio but drops an interval that cannot be formed', () => {
    const zeroLow = makeReport({ runs: [makeRun({ points: [{ ...makeRun().points[0]!, stats: { ...makeRun().points[0]!.stats, ci95: [-5, 10], min: 0 } }] })] })
    const c = compareReports([{ source: 'a', report: makeReport() }, { source: 'b', report: { ...zeroLow, label: 'z' } }])
    expect(measured(c.groups[0]!.rows[0]!.cells[1])).toMatchObject({ relative: 1, relativeCi95: null })
  })
})
