/**
 * Issue 14's figures as the CLI table and the Markdown/HTML exports show them: times as
 * `median [lo–hi]` (never ±), below 5 samples the range and n with a footnote, speedup intervals
 * or why not, Karp–Flatt and Amdahl "n/a: reason", the significance block per worker count, the
 * schedule line, and the machine's state under "Machine:" (each value or "unknown: reason").
 */
import { describe, expect, it } from 'vitest'
import type { Comparison, Point, Report } from '../../src-shared/report'
import { reportToHtml } from '../../src-main/engine/report/exporters/html'
import { reportToMarkdown } from '../../src-main/engine/report/exporters/markdown'
import { formatReportTable } from '../../src-main/engine/report/text/report-table'
import { wordingFor } from '../../src-main/engine/report/text/wording'
import { makeMachine, makePoint, makeReport, makeRun } from '../fixtures/report-fixture'

const comparison = (over: Partial<Comparison>): Comparison => ({
  against: { runtime: 'thread', workers: 2 },
  test: 'mann-whitney-u',
  method: 'exact',
  nA: 5,
  nB: 5,
  u: 0,
  pValue: 0.0079,
  pAdjusted: 0.0159,
  alpha: 0.05,
  minAchievableP: 0.0079,
  ratio: 0.62,
  cliffsDelta: -1,
  verdict: 'faster',
  ...over,
})

function statsReport(): Report {
  const five = (p: Point, ci: [number, number]): Point => ({ ...p, samplesMs: [...p.samplesMs, p.stats.median, p.stats.median], stats: { ...p.stats, n: 5, ci95: ci, ciMethod: 'bootstrap-percentile-median', ciResamples: 2000 } })
  const thread = makeRun({
    points: [
      { ...five(makePoint(1), [98, 102]), speedupCi95: null, speedupCiUnavailable: 'reference-itself', karpFlatt: null, karpFlattUnavailable: 'one-worker' },
      { ...five(makePoint(2), [50, 52]), speedupCi95: [1.9, 2.02], karpFlatt: 0.02 },
    ],
    amdahl: null,
    amdahlUnavailable: 'speedup-out-of-range',
    schedule: { order: 'interleaved', seed: 4242, warmups: 1, repeats: 5, points: ['thread:1', 'thread:2', 'process:1', 'process:2'], rounds: [] },
  })
  const few = (p: Point): Point => ({ ...p, stats: { ...p.stats, ciMethod: 'range', ciUnavailable: 'few-samples', ci95: [p.stats.min, p.stats.max] }, speedupCi95: null, speedupCiUnavailable: 'few-samples' })
  const process = makeRun({
    id: 'prime-process-1',
    runtime: 'process',
    points: [
      few(makePoint(1)),
      {
        ...few(makePoint(2)),
        karpFlatt: null,
        karpFlattUnavailable: 'oversubscribed',
        comparisons: [
          comparison({ verdict: 'slower', ratio: 1.4 }),
          comparison({ against: { runtime: 'thread', workers: 2 }, nA: 3, nB: 3, verdict: 'too-few-repetitions', pAdjusted: 1, minAchievableP: 0.1, ratio: 1.02 }),
        ],
      },
    ],
    amdahl: { serialFraction: 0.05, maxSpeedup: 20, fittedWorkers: [2], rmse: 0 },
  })
  return makeReport({
    machine: makeMachine({
      state: {
        cores: { value: { physical: 1, logical: 2, smt: true } },
        coreTypes: { value: { hybrid: true, performance: { logical: 8 }, efficiency: { logical: 16 }, source: 'linux-intel-hybrid' } },
        governor: { value: { governors: ['powersave'], driver: 'intel_pstate' } },
        frequency: { unknown: 'no cpufreq in sysfs' },
        power: { value: { onBattery: true, batteryPresent: true, chargePercent: 54 } },
        busy: { value: { before: { value: { otherShare: 0.03, windowMs: 500 } }, during: { value: { meanOtherShare: 0.05, maxOtherShare: 0.12, intervals: 10, skipped: 0 } }, intervalMs: 1000, subtracted: 'lab-process-and-children' } },
      },
    }),
    runs: [thread, process],
  })
}

describe('the CLI table', () => {
  const text = formatReportTable(statsReport())

  it('shows a time as median [lo–hi], and below 5 samples the range and n with the footnote', () => {
    expect(text).not.toContain('±')
    expect(text).toContain('100 ms [98.0 ms–102 ms]')
    expect(text).toContain('51.0 ms (range 50.0 ms–52.0 ms, n=3)')
    expect(text).toMatch(/range min–max, n: fewer than 5 repetitions/)
  })

  it('gives a speedup its interval or the reason it has none', () => {
    expect(text).toContain('1.96× [1.90–2.02]')
    expect(text).toContain('1.00× (n/a: reference)')
    expect(text).toContain('1.96× (n/a: n<5)')
  })

  it('says n/a with a reason for Karp–Flatt and Amdahl where they mean nothing', () => {
    expect(text).toContain('Karp–Flatt serial fraction: thread 1w n/a: one worker, 2w 0.020; process 1w n/a: ?, 2w n/a: more workers than cores')
    expect(text).toContain('Amdahl serial fraction: thread n/a: no point with 1 < speedup < workers, process 5.0% (max 20.00×)')
  })

  it('lists every comparison with its verdict, ratio and Holm-adjusted p, and the schedule', () => {
    expect(text).toMatch(/2 +process vs thread +slower +1\.40× +0\.016/)
    expect(text).toMatch(/2 +process vs thread +too few repetitions to tell +1\.02× +1\.00/)
    expect(text).toContain('with 3 against 3 repetitions the smallest p the test can reach is 0.10')
    expect(text).toContain('seed 4242 (repeat it with --order interleaved --schedule-seed 4242)')
  })

  it("lists the machine's state under Machine:, unknown fields with their reason", () => {
    const machine = text.split('\n\n')[0]!
    expect(machine).toContain('cores: 1 physical, 2 logical, SMT on')
    expect(machine).toContain('hybrid: 8 performance, 16 efficiency')
    expect(machine).toContain('powersave (driver intel_pstate)')
    expect(machine).toContain('frequency: unknown: no cpufreq in sysfs')
    expect(machine).toContain('on battery (54% charged)')
    expect(machine).toContain('3% just before the runs, 5% on average during them (busiest interval 12%)')
  })

  it('reads in Chinese with the same figures', () => {
    const zh = formatReportTable(statsReport(), wordingFor('zh-CN'))
    expect(zh).toContain('51.0 ms（范围 50.0 ms–52.0 ms，n=3）')
    expect(zh).toContain('重复次数太少，无法判断')
    expect(zh).toContain('未知：no cpufreq in sysfs')
  })
})

describe('the Markdown and HTML exports', () => {
  it('show the same cells, the notes and the significance table', () => {
    // Compared as the reader sees them: Markdown's escapes and HTML's entities undone.
    const md = reportToMarkdown(statsReport()).replace(/\\([[\]<>])/g, '$1')
    const html = reportToHtml(statsReport()).replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&#39;/g, "'")
    for (const out of [md, html]) {
      expect(out).not.toContain('±')
      expect(out).toContain('100 ms [98.0 ms–102 ms]')
      expect(out).toContain('51.0 ms (range 50.0 ms–52.0 ms, n=3)')
      expect(out).toContain('1.96× (n/a: fewer than 5 samples)')
      expect(out).toContain('n/a: more workers than cores')
      expect(out).toContain('thread n/a: no point with 1 < speedup < workers')
      expect(out).toContain('0.016')
      expect(out).toContain('Schedule: interleaved (each round takes every point once, in a shuffled order), seed 4242.')
      expect(out).toContain('too few repetitions to tell')
      expect(out).toMatch(/Significance/)
    }
  })
})
