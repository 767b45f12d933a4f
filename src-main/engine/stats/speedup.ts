/**
 * Speedup, efficiency, Karp-Flatt and the Amdahl fit. Pure functions; every formula is stated
 * next to its code so a reader can check it against a textbook.
 */
import { rootMeanSquare, sum } from 'simple-statistics'
import type { AmdahlFit } from '../../../src-shared/report'

function assertPositive(value: number, name: string): void {
  if (!Number.isFinite(value) || value <= 0) {
    throw new Error(`${name} must be a finite number above 0, got ${String(value)}`)
  }
}

function assertWorkers(workers: number): void {
  if (!Number.isInteger(workers) || workers < 1) {
    throw new Error(`workers must be an integer of at least 1, got ${String(workers)}`)
  }
}

/** S = T(1) / T(p), median over median. A zero time is an impossible measurement, so it throws. */
export function speedup(baselineMedianMs: number, medianMs: number): number {
  assertPositive(baselineMedianMs, 'baselineMedianMs')
  assertPositive(medianMs, 'medianMs')
  return baselineMedianMs / medianMs
}

/** E = S / p: the share of each worker that did useful work (1 = perfect scaling). */
export function efficiency(speedupValue: number, workers: number): number {
  assertPositive(speedupValue, 'speedup')
  assertWorkers(workers)
  return speedupValue / workers
}

/**
 * Karp-Flatt experimentally determined serial fraction, e = (1/S - 1/p) / (1 - 1/p).
 * Undefined (0/0) for one worker, hence null. Unlike the Amdahl fit it is per point, so a value
 * that grows with p points at overhead growing with p rather than a fixed serial part.
 */
export function karpFlatt(speedupValue: number, workers: number): number | null {
  assertPositive(speedupValue, 'speedup')
  assertWorkers(workers)
  if (workers === 1) return null
  const invP = 1 / workers
  return (1 / speedupValue - invP) / (1 - invP)
}

/** Amdahl's law: S(p) = 1 / (f + (1 - f) / p). */
export function amdahlSpeedup(serialFraction: number, workers: number): number {
  return 1 / (serialFraction + (1 - serialFraction) / workers)
}

/**
 * One-parameter least-squares fit of Amdahl's serial fraction f.
 *
 * Fitting S directly is non-linear in f; on normalised time y = 1/S the law is linear:
 * y - 1/p = f (1 - 1/p), a regression through the origin with x = 1 - 1/p, so
 * f = Σ x (y - 1/p) / Σ x². The result is clamped to [0, 1] (superlinear speedups give f < 0,
 * which Amdahl's model cannot express).
 *
 * Only points with workers <= maxWorkers (the logical cores) are used: beyond that the workers
 * time-share cores and the slowdown is not a serial fraction. One-worker points carry no
 * information on f (x = 0) but are kept in the rmse and in `fittedWorkers`. Null when no point
 * with more than one worker is left.
 */
export function fitAmdahl(
  points: readonly { workers: number; speedup: number }[],
  maxWorkers: number,
): AmdahlFit | null {
  const used = points
    .filter((p) => p.workers <= maxWorkers)
    .toSorted((a, b) => a.workers - b.workers)
  for (const p of used) {
    assertWorkers(p.workers)
    assertPositive(p.speedup, `speedup at ${p.workers} workers`)
  }
  if (!used.some((p) => p.workers > 1)) return null

  const xs = used.map((p) => 1 - 1 / p.workers)
  const ys = used.map((p) => 1 / p.speedup - 1 / p.workers)
  const raw = sum(xs.map((x, i) => x * (ys[i] ?? 0))) / sum(xs.map((x) => x * x))
  const f = Math.min(1, Math.max(0, raw))

  const residuals = used.map((p) => amdahlSpeedup(f, p.workers) - p.speedup)
  return {
    serialFraction: f,
    maxSpeedup: f === 0 ? null : 1 / f,
    fittedWorkers: used.map((p) => p.workers),
    rmse: rootMeanSquare(residuals),
  }
}
