/**
 * Oversubscription: K busy workers on C cores, K = factor × C. With one busy worker per core the
 * time is T1; with K the cores must be shared, so the ideal is K / C × T1 (the same work, time-
 * sliced, with switching for free). What the measured time exceeds that by is the cost of the
 * switching itself (save/restore, cold caches and TLBs, the scheduler), set beside the
 * involuntary switches the OS counted meanwhile.
 */
import type { Point } from '../../../../src-shared/report'
import type { BusyCountedResult, SwitchCount } from '../../../../src-shared/protocol'
import type { TaskExecutor } from '../../executor'
import type { WorkerRuntimeName } from '../../executors'
import type { Clock } from '../../measure/clock'
import { medianDifference } from '../../stats/difference'
import { deriveSeed } from '../../stats/random'
import { summarizeTimes } from '../../stats/summary'
import { sumCounts } from '../../../../src-workers/kernels/switch-counters'
import { combineSwitches, engineCounter } from './switch-figures'

export interface OversubscriptionSettings {
  runtime: WorkerRuntimeName
  cores: number
  factors: readonly number[]
  iterations: number
  /** spin(iterations), computed once in a separate worker thread: every task must return it. */
  expectedChecksum: number
  warmup: number
  repeat: number
  /** Seeds the bootstrap intervals (of each point's median and of its excess); recorded with every point. */
  seed: number
  clock: Clock
  signal: AbortSignal
  createExecutor(size: number): Promise<TaskExecutor>
  onPoint(point: Point): void
}

/** Factor 1 (one busy worker per core) is always measured first: it is what the ideal is built on. */
export function oversubscriptionFactors(requested: readonly number[]): number[] {
  return [...new Set([1, ...requested])].sort((a, b) => a - b)
}

interface Repetition {
  wallMs: number
  results: BusyCountedResult[]
  engineProcess: SwitchCount
}

async function repetition(pool: TaskExecutor, k: number, s: OversubscriptionSettings): Promise<Repetition> {
  const counter = engineCounter()
  const t0 = s.clock.now()
  const outcomes = await Promise.all(Array.from({ length: k }, () => pool.run({ kind: 'busy-counted', iterations: s.iterations }, s.signal)))
  const wallMs = s.clock.now() - t0
  return { wallMs, results: outcomes.map((o) => o.result), engineProcess: counter().process }
}

function involuntaryOf(point: Point): number | null {
  const switches = point.switches
  if (!switches) return null
  const count = switches.thread.available ? switches.thread : switches.process
  return count.available ? count.involuntary : null
}

export async function measureOversubscription(s: OversubscriptionSettings): Promise<Point[]> {
  const points: Point[] = []
  let oneTaskPerCore: readonly number[] | undefined
  for (const factor of oversubscriptionFactors(s.factors)) {
    const k = factor * s.cores
    const pool = await s.createExecutor(k)
    const measured: Repetition[] = []
    try {
      for (let i = 0; i < s.warmup + s.repeat; i++) {
        s.signal.throwIfAborted()
        const rep = await repetition(pool, k, s)
        if (i >= s.warmup) measured.push(rep)
      }
    } catch (error) {
      await pool.destroy(error)
      throw error
    }
    await pool.close()

    const results = measured.flatMap((r) => r.results)
    const wrong = results.find((r) => r.checksum !== s.expectedChecksum)
    const samplesMs = measured.map((r) => r.wallMs)
    const pointSeed = deriveSeed(s.seed, `oversubscription-${factor}`)
    const stats = summarizeTimes(samplesMs, pointSeed)
    oneTaskPerCore ??= samplesMs
    const idealMs = factor * summarizeTimes(oneTaskPerCore, pointSeed).median
    const switches = combineSwitches(
      s.runtime,
      { thread: results.map((r) => r.switches.thread), process: results.map((r) => r.switches.process) },
      sumCounts(measured.map((r) => r.engineProcess)),
    )
    const point: Point = {
      workers: k,
      oversubscribed: k > s.cores,
      samplesMs,
      stats,
      speedup: null,
      efficiency: null,
      check: {
        expected: s.expectedChecksum,
        actual: wrong ? wrong.checksum : s.expectedChecksum,
        ok: wrong === undefined && results.length === k * s.repeat,
        source: 'single-thread',
      },
      variant: 'oversubscription',
      samplesKind: 'repetition',
      switches,
      operations: results.length,
      settings: { factor, busyIterations: s.iterations, tasksPerRepetition: k, repetitions: s.repeat, warmup: s.warmup, bootstrapSeed: s.seed },
    }
    // A difference of two noisy medians: a cost only where its interval lies above 0.
    const excess = medianDifference(samplesMs, oneTaskPerCore, factor, deriveSeed(pointSeed, 'excess'))
    const excessMs = excess.estimate
    const involuntary = involuntaryOf(point)
    const perRep = involuntary === null ? null : involuntary / s.repeat
    point.oversubscription = {
      cores: s.cores,
      idealMs,
      excessMs,
      excessShare: idealMs > 0 ? excessMs / idealMs : 0,
      // Only a real excess is shared out over the switches; noise is not a cost.
      excessPerSwitchUs: perRep !== null && perRep > 0 && factor > 1 && !excess.withinNoise ? (excessMs * 1000) / perRep : null,
      excessCi95: excess.ci95,
      excessCiMethod: excess.ciMethod,
      excessWithinNoise: excess.withinNoise,
    }
    points.push(point)
    s.onPoint(point)
    if (!point.check.ok) return points
  }
  return points
}
