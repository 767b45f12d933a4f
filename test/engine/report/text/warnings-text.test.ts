/**
 * The warnings under a CLI run: a micro experiment has several cases at one worker count (the
 * deadlock's variants), and the explanation must quote the case the rule fired on, not the first
 * at that count ("7% of the mean; we warn above 10%"), and name each place once.
 */
import { describe, expect, it } from 'vitest'
import type { Point, Report } from '../../../../src-shared/report'
import { collectWarnings } from '../../../../src-main/engine/report/warnings'
import { formatWarnings } from '../../../../src-main/engine/report/text/warnings-text'
import { wordingFor } from '../../../../src-main/engine/report/text/columns'
import { makePoint, makeReport, makeRun } from '../../../fixtures/report-fixture'

/** A point at 2 workers whose samples have this mean and standard deviation (3 samples: mean ± sd·√(3/2)). */
function variantPoint(variant: string, mean: number, stddev: number): Point {
  const d = stddev * Math.sqrt(1.5)
  return makePoint(2, { variant, samplesMs: [mean - d, mean, mean + d], stats: { n: 3, median: mean, mean, stddev, min: mean - d, max: mean + d, ci95: [mean - 3 * stddev, mean + 3 * stddev] } } as Partial<Point>)
}

function variantsReport(): Report {
  // Calm first (7%), noisy second (30%): the rule fires on the second only.
  const run = makeRun({ id: 'r1', points: [variantPoint('calm', 13, 0.91), variantPoint('noisy', 10, 3), variantPoint('noisier', 10, 4)] })
  return makeReport({ runs: [run], warnings: collectWarnings(run, { logicalCores: 2 }) })
}

describe('CLI warnings of a run with several cases at one worker count', () => {
  it('quotes the point the rule fired on, with figures that agree with the limit, in both languages', () => {
    const report = variantsReport()
    const high = report.warnings.filter((w) => w.code === 'high-variance')
    expect(high).toHaveLength(1)
    expect(high[0]?.message).toContain('is 30% of the mean')
    const en = formatWarnings(report, wordingFor('en'))
    expect(en).toContain('is 30% of the mean')
    expect(en).toContain('we warn above 10%')
    expect(en).not.toContain('7% of the mean')
    const zh = formatWarnings(report, wordingFor('zh-CN'))
    expect(zh).toContain('的 30%；超过 10% 即发出警告')
  })

  it('names each place once, also for a report that recorded one warning per case', () => {
    const report = variantsReport()
    const high = report.warnings.find((w) => w.code === 'high-variance')!
    const older: Report = { ...report, warnings: [...report.warnings, { ...high }, { ...high }] }
    for (const locale of ['en', 'zh-CN'] as const) {
      const text = formatWarnings(older, wordingFor(locale))
      expect(text).not.toMatch(/also:|另见/)
    }
  })

  it('never rounds a value above the limit down to it', () => {
    const run = makeRun({ id: 'r1', points: [makePoint(1), variantPoint('edge', 100, 10.3)] })
    const report = makeReport({ runs: [run], warnings: collectWarnings(run, { logicalCores: 2 }) })
    expect(formatWarnings(report, wordingFor('en'))).toContain('is 10.3% of the mean')
    expect(report.warnings.find((w) => w.code === 'high-variance')?.message).toContain('is 10.3% of the mean')
  })
})
