/**
 * Warnings about how far a run's numbers can be trusted, in the spirit of hyperfine's
 * (`src/output/warnings.rs`): a fixed enum of codes, each with a plain explanation of what
 * happened, why it matters and what to do. Pure: the caller passes in what it knows about the
 * machine, so the rules are testable without one.
 *
 * Per-run warnings (machine-busy, few-samples, oversubscribed) come once per run so a sweep of
 * eight points does not repeat them eight times; per-point ones carry `workers`.
 */
import { median } from 'simple-statistics'
import type { Point, ReportWarning, Run } from '../../../src-shared/report'
import { RUNTIME_TRAITS } from '../../../src-shared/runtime-traits'
import { detectDrift } from '../stats/drift'
import { outlierIndices } from '../stats/outliers'

export interface WarningContext {
  logicalCores: number
  /** 1-minute load average when the run started; leave out where the OS has none (Windows reports 0). */
  loadAverage1m?: number
}

/** Coefficient of variation (stddev / mean) above which results are called noisy. */
export const HIGH_VARIANCE_CV = 0.1
/**
 * Decimals to write a coefficient of variation with: whole percents, unless rounding would bring a
 * value just above the limit down to it ("10% of the mean; we warn above 10%").
 */
export function cvDigits(cv: number): 0 | 1 {
  return Math.round(cv * 100) <= HIGH_VARIANCE_CV * 100 ? 1 : 0
}
/**
 * The first repetition is "slow" when it took more than this many times the median of the
 * others. A ratio rather than hyperfine's outlier score on the first sample, because with the
 * 3-10 repetitions typical here a 50% slower first run is both visible and worth explaining,
 * while the outlier test (ten robust standard deviations) would rarely fire.
 */
export const SLOW_FIRST_RUN_RATIO = 1.5
/** Load above this share of the logical cores means other programs are competing for them. */
export const BUSY_LOAD_PER_CORE = 0.5
/** Below this many repetitions there is no telling a typical time from a fluke. */
export const MIN_SAMPLES = 3

const ms = (x: number): string => `${x.toFixed(x < 10 ? 2 : 1)} ms`

const listWorkers = (ws: readonly number[]): string =>
  ws.length === 1 ? `${ws[0]}` : `${ws.slice(0, -1).join(', ')} and ${ws[ws.length - 1]}`

function machineBusy(run: Run, ctx: WarningContext): ReportWarning[] {
  const load = ctx.loadAverage1m
  if (load === undefined || !(load > BUSY_LOAD_PER_CORE * ctx.logicalCores)) return []
  return [
    {
      code: 'machine-busy',
      runId: run.id,
      message:
        `When this run started the machine was already busy: the 1-minute load average was ${load.toFixed(2)}, ` +
        `more than half of its ${ctx.logicalCores} logical cores. Other programs were competing for the cores, ` +
        'so the times are slower and noisier than they should be, and the more workers, the worse. ' +
        'Close other programs, wait for the load to drop, and measure again.',
    },
  ]
}

const isRepetitions = (p: Point): boolean => p.samplesKind === undefined || p.samplesKind === 'repetition'

function fewSamples(run: Run): ReportWarning[] {
  const few = run.points.filter((p) => isRepetitions(p) && p.stats.n < MIN_SAMPLES)
  if (few.length === 0) return []
  const n = Math.min(...few.map((p) => p.stats.n))
  return [
    {
      code: 'few-samples',
      runId: run.id,
      message:
        `Some points were measured only ${n} time${n === 1 ? '' : 's'} (at ${listWorkers(few.map((p) => p.workers))} workers). ` +
        `With fewer than ${MIN_SAMPLES} repetitions one disturbed measurement cannot be told apart from a typical one; ` +
        'below 5 there is no 95% interval (the range is shown instead) and no test can tell two runtimes apart. ' +
        'Use at least 5 repetitions.',
    },
  ]
}

function oversubscribed(run: Run, ctx: WarningContext): ReportWarning[] {
  // main-async's "workers" are tasks in flight on one thread (main's is one task): nothing to time-share.
  if (!RUNTIME_TRAITS[run.runtime].parallel) return []
  const over = run.points.filter((p) => p.oversubscribed || p.workers > ctx.logicalCores).map((p) => p.workers)
  const first = over[0]
  if (first === undefined) return []
  return [
    {
      code: 'oversubscribed',
      runId: run.id,
      workers: first,
      message:
        `At ${listWorkers(over)} workers this run used more workers than the machine has logical cores (${ctx.logicalCores}). ` +
        'There the operating system time-shares the cores: the workers take turns instead of running at the same time, ' +
        'so do not expect more speedup, only the extra cost of switching between them. ' +
        'These points are left out of the Amdahl fit.',
    },
  ]
}

/**
 * Like hyperfine, a slow first repetition is reported as such, and the outlier warning then
 * leaves that sample out rather than report it twice.
 */
function slowFirstRun(run: Run, p: Point): ReportWarning[] {
  const [first, ...rest] = p.samplesMs
  if (first === undefined || rest.length === 0) return []
  const restMedian = median(rest)
  if (!(first > SLOW_FIRST_RUN_RATIO * restMedian)) return []
  const warmup = run.settings.warmup
  return [
    {
      code: 'slow-first-run',
      runId: run.id,
      workers: p.workers,
      message:
        `At ${p.workers} worker${p.workers === 1 ? '' : 's'} the first repetition took ${ms(first)}, ` +
        `${(first / restMedian).toFixed(1)} times the median of the others (${ms(restMedian)}). ` +
        'A first run often pays one-off costs: starting workers, compiling the code (JIT), filling caches. ' +
        `More warm-up runs (this run used ${warmup}) keep those costs out of the measurement.`,
    },
  ]
}

function outliers(run: Run, p: Point, skipFirst: boolean): ReportWarning[] {
  const found = outlierIndices(p.samplesMs).filter((i) => !(skipFirst && i === 0))
  if (found.length === 0) return []
  const values = found.map((i) => ms(p.samplesMs[i] ?? Number.NaN)).join(', ')
  return [
    {
      code: 'outliers',
      runId: run.id,
      workers: p.workers,
      message:
        `At ${p.workers} worker${p.workers === 1 ? '' : 's'}, ${found.length} of ${p.samplesMs.length} repetitions ` +
        `(${values}) were far from the median of ${ms(p.stats.median)}: more than ten times the typical spread. ` +
        'Something else probably used the machine meanwhile (another program, a background update, the system itself). ' +
        'The median shown is hardly affected, but close other programs and measure again to be sure.',
    },
  ]
}

function highVariance(run: Run, p: Point): ReportWarning[] {
  const { mean, stddev } = p.stats
  if (!(mean > 0) || !(stddev / mean > HIGH_VARIANCE_CV)) return []
  return [
    {
      code: 'high-variance',
      runId: run.id,
      workers: p.workers,
      message:
        `At ${p.workers} worker${p.workers === 1 ? '' : 's'} the repetitions varied a lot: the standard deviation ` +
        `(${ms(stddev)}) is ${((stddev / mean) * 100).toFixed(cvDigits(stddev / mean))}% of the mean (${ms(mean)}); we warn above ` +
        `${HIGH_VARIANCE_CV * 100}%. Differences between points smaller than that may be noise. ` +
        'Close other programs, or use more repetitions.',
    },
  ]
}

/** The samples trend over the run (stats/drift.ts): the machine changed while it measured. */
function drift(run: Run, p: Point): ReportWarning[] {
  const found = p.samplesStartedAtMs ? detectDrift(p.samplesStartedAtMs, p.samplesMs) : null
  if (!found) return []
  const direction = found.toMs > found.fromMs ? 'slower' : 'faster'
  return [
    {
      code: 'drift',
      runId: run.id,
      workers: p.workers,
      message:
        `At ${p.workers} worker${p.workers === 1 ? '' : 's'} the repetitions got steadily ${direction} over the run, ` +
        `from about ${ms(found.fromMs)} to ${ms(found.toMs)} (Kendall's tau ${found.tau.toFixed(2)}, p = ${found.pValue.toFixed(3)}). ` +
        'The machine changed while it measured: it warmed up, slowed down to stay cool, or other programs started or stopped. ' +
        (run.schedule?.order === 'sequential'
          ? 'Measured one point after another, such a change favours whichever runtime ran first: use the interleaved order. '
          : 'The interleaved order spread the change over every point alike, but it widens every interval. ') +
        'Close other programs, plug in the power, add warm-up runs, and measure again.',
    },
  ]
}

function checkFailed(run: Run, p: Point): ReportWarning[] {
  const { ok, expected, actual, source } = p.check
  if (ok) return []
  const against =
    source === 'known-value' ? 'the known answer' : source === 'single-thread' ? 'the 1-worker answer' : 'the expected answer'
  const got = actual === null ? 'no answer' : String(actual)
  const detail = expected === null ? `got ${got}` : `expected ${expected}, got ${got}`
  return [
    {
      code: 'check-failed',
      runId: run.id,
      workers: p.workers,
      message:
        `At ${p.workers} worker${p.workers === 1 ? '' : 's'} the result did not match ${against} (${detail}). ` +
        'Timings of a wrong answer mean nothing: fast is easy if the work is not all done. ' +
        'Usually the work was split incorrectly, with a piece left out or counted twice.',
    },
  ]
}

/** Warnings for one run, run-wide ones first, then per point in the run's point order. */
export function collectWarnings(run: Run, ctx: WarningContext): ReportWarning[] {
  if (!Number.isInteger(ctx.logicalCores) || ctx.logicalCores < 1) {
    throw new Error(`logicalCores must be an integer of at least 1, got ${String(ctx.logicalCores)}`)
  }
  // A warning names a run and a worker count, not a case: where several points share a worker
  // count (a micro experiment's variants), the first that meets the rule speaks for them, once.
  const seen = new Set<string>()
  const perPoint = run.points.flatMap((p) => pointWarnings(run, p)).filter((w) => {
    const key = `${w.code}\u0000${w.workers ?? ''}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
  return [...machineBusy(run, ctx), ...fewSamples(run), ...oversubscribed(run, ctx), ...perPoint]
}

/**
 * The warnings one point meets, each rule as it is applied: the CLI's explanation quotes the
 * figures of the point that met the rule (warnings-text.ts), not of another point at its worker count.
 */
export function pointWarnings(run: Run, p: Point): ReportWarning[] {
  // Batches of round trips or single spawns are not repetitions: their spread is in latencyUs.
  if (!isRepetitions(p)) return checkFailed(run, p)
  const slow = slowFirstRun(run, p)
  return [...checkFailed(run, p), ...slow, ...outliers(run, p, slow.length > 0), ...highVariance(run, p), ...drift(run, p)]
}
