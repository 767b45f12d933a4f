/**
 * The numbers of the I/O charts (file I/O, network fetch): throughput and per-operation latency
 * against the worker count (tasks in flight for main-async), one line per runtime.
 */
import type { ShownRun } from './shown-run'

export interface XY {
  x: number
  y: number
}

export function throughputLines(runs: readonly ShownRun[]): { unit: string | null; lines: Array<{ runtime: string; points: XY[] }> } {
  const unit = runs.flatMap((r) => r.points).find((p) => p.throughput)?.throughput?.unit ?? null
  const lines = runs
    .map((run) => ({
      runtime: run.runtime,
      points: run.points
        .filter((p) => p.throughput && p.throughput.unit === unit)
        .map((p) => ({ x: p.workers, y: p.throughput!.value }))
        .sort((a, b) => a.x - b.x),
    }))
    .filter((l) => l.points.length > 0)
  return { unit, lines }
}

export function latencyLines(runs: readonly ShownRun[]): Array<{ runtime: string; percentile: 'p50' | 'p99'; points: XY[] }> {
  const out: Array<{ runtime: string; percentile: 'p50' | 'p99'; points: XY[] }> = []
  for (const run of runs) {
    const points = run.points.filter((p) => p.latencyUs).sort((a, b) => a.workers - b.workers)
    if (points.length === 0) continue
    for (const percentile of ['p50', 'p99'] as const) {
      out.push({ runtime: run.runtime, percentile, points: points.map((p) => ({ x: p.workers, y: p.latencyUs![percentile] })) })
    }
  }
  return out
}
