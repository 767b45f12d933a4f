/**
 * Derived figures of a point: speedup against the same runtime's first point (1 worker by
 * default) and against the main-thread baseline, efficiency, Karp-Flatt; and a run's Amdahl fit.
 */
import type { AmdahlFit, Point } from '../../../src-shared/report'
import { efficiency, fitAmdahl, karpFlatt, speedup, speedupInterval } from '../stats/speedup'

export function derivePointFigures(point: Point, reference: Point | undefined, baselineMedianMs: number | undefined): Point {
  // Speedup is defined against one worker; a sweep that skipped 1 gets no speedup figures.
  const base = reference ?? point
  const hasOneWorkerBase = base.workers === 1
  const s = hasOneWorkerBase ? speedup(base.stats.median, point.stats.median) : null
  return {
    ...point,
    speedup: s,
    speedupCi95: hasOneWorkerBase ? speedupInterval(base.stats, point.stats) : null,
    speedupVsBaseline: baselineMedianMs !== undefined ? speedup(baselineMedianMs, point.stats.median) : null,
    efficiency: s === null ? null : efficiency(s, point.workers),
    karpFlatt: s === null ? null : karpFlatt(s, point.workers),
  }
}

export function fitRun(points: Point[], logicalCores: number): AmdahlFit | null {
  const usable = points.flatMap((p) => (p.speedup === null ? [] : [{ workers: p.workers, speedup: p.speedup }]))
  return usable.length > 1 ? fitAmdahl(usable, logicalCores) : null
}
