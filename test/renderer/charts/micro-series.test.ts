import { describe, expect, it } from 'vitest'
import { ipcLines, memoryBars, oversubscriptionBars, p50Cell, pingPongBars, spawnBars } from '../../../src-renderer/charts/micro-series'
import { translatorFor } from '../../../src-shared/i18n/translate'
import { timelineRows } from '../../../src-renderer/charts/timeline-series'
import type { Point } from '../../../src-shared/report'
import { makePoint, makeRun } from '../../fixtures/report-fixture'

const latency = (p50: number) => ({ p50, p90: p50 * 2, p99: p50 * 3, max: p50 * 4, mean: p50, count: 10 })
const micro = (extras: Partial<Point>): Point => makePoint(1, { timeline: undefined, speedup: null, efficiency: null, ...extras })

describe('micro-experiment series', () => {
  it('spawn: one bar per variant and runtime, in ms, from the HDR median', () => {
    const thread = makeRun({ workload: 'spawn', runtime: 'thread', points: [micro({ variant: 'warm-pool', latencyUs: latency(50) }), micro({ variant: 'cold-ready', latencyUs: latency(20_000) })] })
    const process = makeRun({ workload: 'spawn', runtime: 'process', points: [micro({ variant: 'cold-ready', latencyUs: latency(40_000) })] })
    const bars = spawnBars([thread, process])
    expect(bars.categories).toEqual(['cold-ready', 'warm-pool'])
    expect(bars.series).toEqual([
      { runtime: 'thread', role: 'measured', values: [20, 0.05] },
      { runtime: 'process', role: 'measured', values: [40, null] },
    ])
  })

  it('memory: RSS and heap per runtime that measured memory', () => {
    const memory = { method: 'child-rss' as const, rssBytes: 40e6, heapUsedBytes: 4e6, workersMeasured: 4 }
    const bars = memoryBars([makeRun({ runtime: 'process', points: [micro({ variant: 'cold-ready', memory })] }), makeRun({ runtime: 'thread', points: [micro({})] })])
    expect(bars.categories).toEqual(['process'])
    expect(bars.series.map((s) => s.values)).toEqual([[40e6], [4e6]])
  })

  it('ping-pong: groups thread and process variants, and adds perf only when it ran', () => {
    const thread = makeRun({
      runtime: 'thread',
      points: [micro({ variant: 'futex-pingpong', latencyUs: latency(10) }), micro({ variant: 'message-pingpong', latencyUs: latency(30) })],
      references: [{ name: 'perf bench sched pipe', variant: 'thread', available: true, command: 'perf bench sched pipe -T', usPerOp: 8 }],
    })
    const process = makeRun({
      runtime: 'process',
      points: [micro({ variant: 'pipe-pingpong', latencyUs: latency(25) }), micro({ variant: 'oversubscription', workers: 2 })],
      references: [{ name: 'perf bench sched pipe', variant: 'process', available: false, command: 'perf', reason: 'not installed' }],
    })
    const bars = pingPongBars([thread, process])
    expect(bars.categories).toEqual(['pair', 'message', 'perf'])
    expect(bars.series).toEqual([
      { runtime: 'thread', role: 'measured', values: [10, 30, 8] },
      { runtime: 'process', role: 'measured', values: [25, null, null] },
    ])
  })

  it('oversubscription: measured and ideal per factor K', () => {
    const over = (workers: number, median: number, idealMs: number) =>
      micro({ variant: 'oversubscription', workers, stats: { n: 1, median, mean: median, stddev: 0, min: median, max: median, ci95: [median, median] }, oversubscription: { cores: 2, idealMs, excessMs: median - idealMs, excessShare: 0, excessPerSwitchUs: null } })
    const bars = oversubscriptionBars([makeRun({ runtime: 'thread', points: [over(2, 100, 100), over(4, 230, 200)] })])
    expect(bars.categories).toEqual(['1', '2'])
    expect(bars.series).toEqual([
      { runtime: 'thread', role: 'measured', values: [100, 230] },
      { runtime: 'thread', role: 'ideal', values: [100, 200] },
    ])
  })

  it('ipc: one line per mechanism, sorted by payload, zero-byte payloads left off the log axis', () => {
    const run = makeRun({
      runtime: 'thread',
      points: [
        micro({ mechanism: 'thread-clone', payloadBytes: 1024, latencyUs: latency(40) }),
        micro({ mechanism: 'thread-clone', payloadBytes: 64, latencyUs: latency(30) }),
        micro({ mechanism: 'thread-clone', payloadBytes: 0, latencyUs: latency(29) }),
        micro({ mechanism: 'atomics', payloadBytes: 64, latencyUs: latency(5) }),
      ],
    })
    expect(ipcLines([run], 'p99')).toEqual([
      { mechanism: 'thread-clone', runtime: 'thread', points: [{ x: 64, y: 90 }, { x: 1024, y: 120 }] },
      { mechanism: 'atomics', runtime: 'thread', points: [{ x: 64, y: 15 }] },
    ])
  })
})

describe('timelineRows', () => {
  it('stacks each worker’s spans into layers and measures how unevenly they finished', () => {
    const rows = timelineRows([
      { worker: 1, startMs: 0, endMs: 40, label: 'b' },
      { worker: 0, startMs: 10, endMs: 20, label: 'a2' },
      { worker: 0, startMs: 0, endMs: 10, label: 'a1' },
    ])
    expect(rows.workers).toEqual([0, 1])
    expect(rows.layers).toEqual([
      [{ range: [0, 10], label: 'a1' }, { range: [0, 40], label: 'b' }],
      [{ range: [10, 20], label: 'a2' }, null],
    ])
    expect([rows.firstDoneMs, rows.lastDoneMs, rows.meanIdleMs]).toEqual([20, 40, 10])
    expect(rows.idle).toEqual([[20, 40], null])
  })

  it('table cells: the median operation with its 95% interval, or its range and n below 5 operations (as the CLI)', () => {
    const us = (v: number) => `${v} µs`
    const en = translatorFor('en')
    const zh = translatorFor('zh-CN')
    const withCi = micro({ latencyUs: { ...latency(10), p50Ci95: [9, 12], p50CiMethod: 'bootstrap-percentile-median' } })
    expect(p50Cell(withCi, en, us)).toBe('10 µs [9 µs–12 µs]')
    const few = micro({ latencyUs: { ...latency(10), count: 3, p50Ci95: [8, 14], p50CiMethod: 'range' } })
    expect(p50Cell(few, en, us)).toBe('10 µs (range 8 µs–14 µs, n=3)')
    expect(p50Cell(few, zh, us)).toBe('10 µs（范围 8 µs–14 µs，n=3）')
    // Older reports: the median alone; no HDR figures: the batch median.
    expect(p50Cell(micro({ latencyUs: latency(10) }), en, us)).toBe('10 µs')
    expect(p50Cell(micro({}), en, us)).toBe(`${micro({}).stats.median * 1000} µs`)
  })
})
