/**
 * The micro-experiments' figures follow the sweeps' honesty rules: medians with the shared
 * bootstrap interval (range and n below 5 samples), and the oversubscription excess, a difference
 * of two noisy medians, never shown as a negative cost: "within noise" where its interval reaches
 * 0. Pure tests on crafted samples, then a real small context-switch and spawn run.
 */
import { describe, expect, it } from 'vitest'
import type { Point } from '../../../src-shared/report'
import { ReportSchema } from '../../../src-shared/report'
import { excessFigure } from '../../../src-shared/excess-figure'
import { medianDifference } from '../../../src-main/engine/stats/difference'
import { contextSwitchSection, excessText, p50Text, spawnSection } from '../../../src-main/engine/report/text/micro-sections'
import { finePercentilesUs } from '../../../src-main/engine/experiments/micro/micro-point'
import { runSuite } from '../../../src-main/engine/session'
import type { RunOf } from '../../../src-shared/report'
import { wordingFor } from '../../../src-main/engine/report/text/wording'

/** A minus sign before a digit that is no part of a name such as `futex-pingpong` or a range `1–2`. */
const NEGATIVE = /(^|[\s([±:])[-−]\s?\d/

function overPoint(measured: number[], reference: number[], factor: number): Point {
  const d = medianDifference(measured, reference, factor, 7)
  const ideal = factor * [...reference].sort((a, b) => a - b)[reference.length >> 1]!
  return {
    workers: 2 * factor,
    oversubscribed: factor > 1,
    samplesMs: measured,
    stats: { n: measured.length, median: 0, mean: 0, stddev: 0, min: 0, max: 0, ci95: [0, 0] },
    speedup: null,
    efficiency: null,
    check: { expected: 1, actual: 1, ok: true, source: 'single-thread' },
    oversubscription: { cores: 2, idealMs: ideal, excessMs: d.estimate, excessShare: d.estimate / ideal, excessPerSwitchUs: d.withinNoise ? null : 1, excessCi95: d.ci95, excessCiMethod: d.ciMethod, excessWithinNoise: d.withinNoise },
  }
}

describe('the difference of two noisy medians', () => {
  it('is within noise, never negative, where its bootstrap interval spans 0', () => {
    const measured = [19.5, 20, 19, 21, 22, 20.5]
    const reference = [10, 10.5, 9.5, 11, 10, 10.3]
    const d = medianDifference(measured, reference, 2, 1)
    expect(d.estimate).toBeCloseTo(20.25 - 2 * 10.15, 10)
    expect(d.estimate).toBeLessThan(0)
    expect(d.ciMethod).toBe('bootstrap-difference-of-medians')
    expect(d.ci95[0]).toBeLessThan(0)
    expect(d.ci95[1]).toBeGreaterThan(0)
    expect(d.withinNoise).toBe(true)
    for (const w of [undefined, wordingFor('zh-CN')]) {
      const text = excessText(overPoint(measured, reference, 2), w)
      expect(text).not.toMatch(NEGATIVE)
      expect(text).toMatch(/within noise|噪声/)
    }
  })

  it('below 5 samples uses the widest difference the ranges allow', () => {
    const d = medianDifference([21, 19], [10, 11], 2, 1)
    expect(d).toMatchObject({ ciMethod: 'range', ci95: [19 - 22, 21 - 20], withinNoise: true })
    expect(excessText(overPoint([21, 19], [10, 11], 2))).toBe('within noise (±3.00 ms)')
  })

  it('is a cost with its interval where the interval lies above 0', () => {
    const d = medianDifference([30, 31, 29, 30, 32], [10, 10.2, 9.9, 10, 10.1], 2, 1)
    expect(d.withinNoise).toBe(false)
    expect(d.ci95[0]).toBeGreaterThan(0)
    expect(excessText(overPoint([30, 31, 29, 30, 32], [10, 10.2, 9.9, 10, 10.1], 2))).toMatch(/^10\.0 ms \[[\d.]+ ms–[\d.]+ ms\] \(\d+%\)$/)
  })

  it('of an older report, negative and without interval, is still said to be within noise', () => {
    expect(excessFigure({ cores: 2, idealMs: 200, excessMs: -0.4, excessShare: -0.002, excessPerSwitchUs: null }, 4)).toEqual({ kind: 'within-noise', noiseMs: null })
    expect(excessFigure({ cores: 2, idealMs: 100, excessMs: 0, excessShare: 0, excessPerSwitchUs: null }, 2)).toEqual({ kind: 'reference' })
  })
})

describe('a median operation', () => {
  it('gets the bootstrap interval from 5 operations, the range below', () => {
    const five = finePercentilesUs([10, 12, 11, 13, 50], 3)
    expect(five.p50CiMethod).toBe('bootstrap-percentile-median')
    expect(five.p50Ci95![0]).toBeGreaterThanOrEqual(10)
    expect(five.p50Ci95![1]).toBeLessThanOrEqual(50)
    const three = finePercentilesUs([10, 12, 30], 3)
    expect(three).toMatchObject({ p50CiMethod: 'range', p50Ci95: [10, 30] })
    const point = { latencyUs: three } as Point
    expect(p50Text(point)).toMatch(/^12\.0 µs \(range 10\.0 µs–30\.0 µs, n=3\)$/)
  })
})

describe('a real small run', () => {
  it('context-switch and spawn: intervals of medians, no negative excess anywhere in the table', async () => {
    const report = await runSuite([
      { workload: { workload: 'context-switch', rounds: 200, oversubscription: [2], busyIterations: 200_000, perf: false }, runtimes: ['thread'], repeat: 3, warmup: 0 },
      { workload: { workload: 'spawn', samples: 3, warmSamples: 6, memoryWorkers: 1 }, runtimes: ['thread'], repeat: 1, warmup: 0 },
    ])
    expect(() => ReportSchema.parse(report)).not.toThrow()
    const points = report.runs.flatMap((r) => r.points)
    expect(report.runs.every((r) => r.status === 'completed')).toBe(true)
    for (const p of points) {
      // The sweeps' rule: never the mean's Student-t interval, which can go below 0.
      expect(['range', 'bootstrap-percentile-median']).toContain(p.stats.ciMethod)
      expect(p.stats.ci95[0]).toBeGreaterThanOrEqual(0)
      if (p.latencyUs) expect(p.latencyUs.p50Ci95).toBeDefined()
    }
    const over = points.filter((p) => p.oversubscription)
    expect(over.map((p) => p.oversubscription!.excessCiMethod)).toEqual(['range', 'range'])
    const switches = report.runs.filter((r): r is RunOf<'context-switch'> => r.workload === 'context-switch')
    const spawns = report.runs.filter((r): r is RunOf<'spawn'> => r.workload === 'spawn')
    const text = `${contextSwitchSection(switches)}\n${spawnSection(spawns)}`
    expect(text).not.toMatch(NEGATIVE)
    const excess = over.map((p) => excessText(p))
    for (const [i, p] of over.entries()) {
      if (p.workers <= p.oversubscription!.cores) expect(excess[i]).toBe('–')
      else if (p.oversubscription!.excessWithinNoise) expect(excess[i]).toMatch(/^within noise/)
      else expect(p.oversubscription!.excessCi95![0]).toBeGreaterThan(0)
    }
    // Measured here, for the report: the excess of each oversubscribed point as the table says it.
    console.log(excess.join(' | '), '|', points.filter((p) => p.latencyUs).map((p) => `${p.variant}: ${p50Text(p)}`).join(' | '))
  })
})
