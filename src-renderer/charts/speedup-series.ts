/**
 * The numbers of the speedup chart, from runs (finished or growing). Pure, so it is unit-tested
 * without a browser. Two ways to read "speedup":
 *  - `own`: each runtime against its own 1-worker point (what Amdahl's law and the fit describe);
 *  - `baseline`: against the main-thread run, so pool overhead counts against the workers.
 * speedupVsBaseline(n) = b1 * speedup(n) with b1 = T_main / T_runtime(1), so the fit curve and the
 * confidence intervals carry over by the same factor (the baseline's own spread is not added).
 */
import type { Point } from '../../src-shared/report'
import { RUNTIME_TRAITS } from '../../src-shared/runtime-traits'
import { interpreterRanks } from '../../src-shared/python-label'
import { baselineMark } from './point-figures'
import type { ShownRun } from './shown-run'

export type SpeedupMode = 'own' | 'baseline'
export interface XY {
  x: number
  y: number
}

export interface SpeedupLine {
  runId: string
  runtime: string
  /** A py run's interpreter version (its name says it) and its shade among this runtime's interpreters. */
  version?: string
  shade: number
  status: ShownRun['status']
  points: XY[]
  intervals: Array<readonly [number, number] | null>
  oversubscribed: boolean[]
  /** Per point: its verdict against the main thread as one character (point-figures.ts), or null. */
  marks: Array<string | null>
}

export interface SpeedupSeries {
  mode: SpeedupMode
  lines: SpeedupLine[]
  fits: Array<{ runtime: string; version?: string; shade: number; serialFraction: number; maxSpeedup: number | null; curve: XY[] }>
  ideal: XY[]
  /** The main-thread run's median, when there is one (the `baseline` mode's 1.0). */
  baselineMedianMs: number | null
  maxWorkers: number
}

/** Runs of the orchestrator's own thread: one point, no pool. */
export const isBaselineRun = (run: ShownRun) => RUNTIME_TRAITS[run.runtime].baseline

export function amdahl(serialFraction: number, workers: number): number {
  return 1 / (serialFraction + (1 - serialFraction) / workers)
}

function baselineFactor(run: ShownRun, baselineMs: number | null): number | null {
  const first = run.points.find((p) => p.workers === 1) ?? run.points[0]
  if (!first || baselineMs === null || first.stats.median <= 0) return null
  return first.speedupVsBaseline ?? baselineMs / first.stats.median
}

function valueOf(point: Point, mode: SpeedupMode, baselineMs: number | null): number | null {
  if (mode === 'own') return point.speedup
  if (point.speedupVsBaseline !== undefined && point.speedupVsBaseline !== null) return point.speedupVsBaseline
  return baselineMs !== null && point.stats.median > 0 ? baselineMs / point.stats.median : null
}

export function speedupSeries(runs: readonly ShownRun[], logicalCores: number, requested: SpeedupMode): SpeedupSeries {
  const baselineRun = runs.find((r) => isBaselineRun(r) && r.points.length > 0)
  const baselineMedianMs = baselineRun?.points[0]?.stats.median ?? null
  const mode: SpeedupMode = requested === 'baseline' && baselineMedianMs !== null ? 'baseline' : 'own'
  const workerRuns = runs.filter((r) => !isBaselineRun(r))
  const maxWorkers = Math.max(1, logicalCores, ...workerRuns.flatMap((r) => r.points.map((p) => p.workers)))

  const shades = interpreterRanks(workerRuns.map((run) => ({ runtime: run.runtime, settings: run.settings ?? {} })))
  const lines: SpeedupLine[] = workerRuns.map((run, i) => {
    const factor = mode === 'baseline' ? baselineFactor(run, baselineMedianMs) : 1
    const version = run.settings?.python?.version
    const line: SpeedupLine = { runId: run.id, runtime: run.runtime, ...(version !== undefined ? { version } : {}), shade: shades[i] ?? 0, status: run.status, points: [], intervals: [], oversubscribed: [], marks: [] }
    for (const point of [...run.points].sort((a, b) => a.workers - b.workers)) {
      const y = valueOf(point, mode, baselineMedianMs)
      if (y === null) continue
      line.points.push({ x: point.workers, y })
      const ci = point.speedupCi95
      line.intervals.push(ci && factor !== null ? [ci[0] * factor, ci[1] * factor] : null)
      line.oversubscribed.push(point.oversubscribed)
      line.marks.push(baselineMark(point))
    }
    return line
  })

  const fits = workerRuns.flatMap((run, i) => {
    if (!run.amdahl) return []
    const version = run.settings?.python?.version
    const factor = mode === 'baseline' ? baselineFactor(run, baselineMedianMs) : 1
    if (factor === null) return []
    const f = run.amdahl.serialFraction
    const steps = 48
    const curve = Array.from({ length: steps + 1 }, (_, i) => {
      const x = 1 + ((maxWorkers - 1) * i) / steps
      // Amdahl's law knows no core count: past the cores, extra workers add no parallelism.
      return { x, y: amdahl(f, Math.min(x, Math.max(1, logicalCores))) * factor }
    })
    return [{ runtime: run.runtime, ...(version !== undefined ? { version } : {}), shade: shades[i] ?? 0, serialFraction: f, maxSpeedup: run.amdahl.maxSpeedup, curve }]
  })

  // Perfect scaling up to the core count; past it, more workers only share the same cores.
  const cores = Math.max(1, logicalCores)
  const ideal = [{ x: 1, y: 1 }, { x: Math.min(cores, maxWorkers), y: Math.min(cores, maxWorkers) }]
  if (maxWorkers > cores) ideal.push({ x: maxWorkers, y: cores })

  return { mode, lines, fits, ideal, baselineMedianMs, maxWorkers }
}
