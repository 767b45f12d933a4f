/**
 * Headline figures of a report, keyed so that the same figure from several machines lines up in
 * one row of the comparison table: per experiment and runtime, the best speedup, the 1-worker
 * time, the harness overhead and each micro-experiment's main figure. Pure and unit-tested.
 */
import type { Report, Run } from '../../src-shared/report'
import { PINGPONG_CATEGORY, operationUs } from './micro-series'

export type FigureKind = 'bestSpeedup' | 'oneWorker' | 'overhead' | 'spawn' | 'ipc' | 'pingpong' | 'memory' | 'throughput'

export interface Figure {
  /** Same key, same row: workload|runtime|kind|detail. */
  key: string
  workload: string
  runtime: string
  kind: FigureKind
  /** The variant, mechanism or unit the figure is about, when it has one. */
  detail: string
  value: number
}

const isSweepPoint = (p: Run['points'][number]) => !p.variant && !p.mechanism

function runFigures(run: Run): Figure[] {
  const out: Figure[] = []
  const add = (kind: FigureKind, value: number | null | undefined, detail = '') => {
    if (value === null || value === undefined || !Number.isFinite(value)) return
    out.push({ key: [run.workload, run.runtime, kind, detail].join('|'), workload: run.workload, runtime: run.runtime, kind, detail, value })
  }
  const sweep = run.points.filter(isSweepPoint)
  if (sweep.length > 0) {
    const speedups = sweep.map((p) => p.speedup).filter((s): s is number => s !== null)
    if (run.runtime !== 'main' && speedups.length > 0) add('bestSpeedup', Math.max(...speedups))
    add('oneWorker', sweep.find((p) => p.workers === 1)?.stats.median)
    const best = sweep.filter((p) => p.throughput).sort((a, b) => b.throughput!.value - a.throughput!.value)[0]
    if (best?.throughput) add('throughput', best.throughput.value, best.throughput.unit)
  }
  add('overhead', run.overhead?.emptyTaskRoundTripUs.median)
  for (const p of run.points) {
    if (run.workload === 'spawn' && p.variant) add('spawn', operationUs(p) / 1000, p.variant)
    if (p.memory) add('memory', p.memory.rssBytes)
    if (p.variant && PINGPONG_CATEGORY[p.variant] === 'pair') add('pingpong', operationUs(p), p.variant)
  }
  // IPC: each mechanism at its smallest payload, the fixed cost of one round trip.
  const byMechanism = new Map<string, Run['points'][number]>()
  for (const p of run.points) {
    if (!p.mechanism || p.payloadBytes === undefined || !p.latencyUs) continue
    const seen = byMechanism.get(p.mechanism)
    if (!seen || (seen.payloadBytes ?? 0) > p.payloadBytes) byMechanism.set(p.mechanism, p)
  }
  for (const [mechanism, p] of byMechanism) add('ipc', p.latencyUs!.p50, `${mechanism}@${p.payloadBytes}`)
  return out
}

export interface ComparisonRow {
  key: string
  figure: Omit<Figure, 'value'>
  /** One cell per report, in the order given; null where that report lacks the figure. */
  values: Array<number | null>
}

export function compareReports(reports: readonly Report[]): ComparisonRow[] {
  const rows = new Map<string, ComparisonRow>()
  reports.forEach((report, column) => {
    for (const run of report.runs) {
      if (run.status === 'failed') continue
      for (const figure of runFigures(run)) {
        const row = rows.get(figure.key) ?? { key: figure.key, figure: { ...figure }, values: reports.map(() => null) }
        // Several runs of the same kind in one report: keep the first, as the report lists them.
        if (row.values[column] === null) row.values[column] = figure.value
        rows.set(figure.key, row)
      }
    }
  })
  return [...rows.values()]
}
