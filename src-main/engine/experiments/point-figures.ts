/**
 * Derived figures of a point: speedup against the same runtime's first point (1 worker by
 * default) and against the main-thread baseline, each with a bootstrap interval of the ratio of
 * medians; efficiency; Karp-Flatt only where it means something; and a run's Amdahl fit. A
 * figure left out says why, so a display can print "n/a" with the reason instead of nonsense.
 */
import type { AmdahlFit, Point, Run } from '../../../src-shared/report'
import { MIN_INTERVAL_SAMPLES, bootstrapRatioInterval } from '../stats/bootstrap'
import { deriveSeed } from '../stats/random'
import { efficiency, fitAmdahl, karpFlatt, speedup } from '../stats/speedup'

export interface FigureContext {
  /** The run configuration's seed; each interval derives its own from it and the point's key. */
  seed: number
  key: string
}

type Interval = { ci: [number, number] | null; unavailable?: 'few-samples' | 'reference-itself' }

/**
 * Samples are paired when both points took theirs in the same schedule rounds (interleaved):
 * resampling rounds together keeps a disturbance that hit a whole round in both medians.
 */
function paired(a: Point, b: Point): boolean {
  const ra = a.samplesRound
  const rb = b.samplesRound
  return ra !== undefined && rb !== undefined && ra.length === rb.length && ra.every((r, i) => r === rb[i])
}

/** Interval of median(reference) / median(point). */
function ratioInterval(reference: Point, point: Point, seed: number): Interval {
  if (reference === point) return { ci: null, unavailable: 'reference-itself' }
  if (reference.samplesMs.length < MIN_INTERVAL_SAMPLES || point.samplesMs.length < MIN_INTERVAL_SAMPLES) return { ci: null, unavailable: 'few-samples' }
  return { ci: bootstrapRatioInterval(reference.samplesMs, point.samplesMs, seed, paired(reference, point)) }
}

function karpFlattOf(point: Point, s: number | null): Pick<Point, 'karpFlatt' | 'karpFlattUnavailable'> {
  // Karp-Flatt lies in (0, 1) exactly when 1 < S < p; elsewhere it is a number without a meaning.
  const why =
    s === null ? 'no-reference' : point.workers === 1 ? 'one-worker' : point.oversubscribed ? 'oversubscribed' : s <= 1 ? 'no-speedup' : s >= point.workers ? 'superlinear' : undefined
  return why === undefined && s !== null ? { karpFlatt: karpFlatt(s, point.workers) } : { karpFlatt: null, ...(why ? { karpFlattUnavailable: why } : {}) }
}

/**
 * `reference`: the runtime's first point (speedup needs it at 1 worker); `baseline`: the
 * main-thread baseline's point, for a runtime other than the baseline itself.
 */
export function derivePointFigures(point: Point, reference: Point | undefined, baseline: Point | undefined, ctx: FigureContext): Point {
  const base = reference ?? point
  const hasOneWorkerBase = base.workers === 1
  const s = hasOneWorkerBase ? speedup(base.stats.median, point.stats.median) : null
  const own = hasOneWorkerBase ? ratioInterval(base, point, deriveSeed(ctx.seed, `${ctx.key}/speedup`)) : { ci: null }
  const vsBaseline = baseline ? ratioInterval(baseline, point, deriveSeed(ctx.seed, `${ctx.key}/baseline`)) : { ci: null }
  return {
    ...point,
    speedup: s,
    speedupCi95: own.ci,
    ...(own.unavailable ? { speedupCiUnavailable: own.unavailable } : {}),
    speedupVsBaseline: baseline ? speedup(baseline.stats.median, point.stats.median) : null,
    ...(baseline ? { speedupVsBaselineCi95: vsBaseline.ci } : {}),
    ...(vsBaseline.unavailable ? { speedupVsBaselineCiUnavailable: vsBaseline.unavailable } : {}),
    efficiency: s === null ? null : efficiency(s, point.workers),
    ...karpFlattOf(point, s),
  }
}

/**
 * Amdahl's serial fraction from the points where it is defined: more than one worker, no more
 * than the cores, and 1 < speedup < workers (then every point's own serial fraction, and so the
 * least-squares fit, lies strictly between 0 and 1, instead of a fit clamped to 0% or 100%).
 */
export function fitRun(points: Point[], logicalCores: number): Pick<Run, 'amdahl' | 'amdahlUnavailable'> {
  const parallel = points.filter((p) => p.speedup !== null && p.workers > 1 && p.workers <= logicalCores && !p.oversubscribed)
  if (parallel.length === 0) return { amdahl: null, amdahlUnavailable: 'too-few-points' }
  const usable = parallel.flatMap((p) => (p.speedup !== null && p.speedup > 1 && p.speedup < p.workers ? [{ workers: p.workers, speedup: p.speedup }] : []))
  const fit: AmdahlFit | null = usable.length > 0 ? fitAmdahl(usable, logicalCores) : null
  return fit ? { amdahl: fit } : { amdahl: null, amdahlUnavailable: 'speedup-out-of-range' }
}
