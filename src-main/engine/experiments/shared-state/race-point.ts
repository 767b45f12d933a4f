/**
 * One point of the race: N workers of one pool run one variant together, repetition after
 * repetition, on a counter reset to 0 before each. The total each repetition should reach is
 * N × K; what the counter holds instead is the figure. Time per increment is each worker's own
 * loop time over K (the workers run at once, so this is the cost one worker sees), summarised by
 * the shared statistics (median, bootstrap interval).
 */
import type { RaceTask } from '../../../../src-shared/protocol'
import type { TraceHandle } from '../../../../src-shared/protocol-shared-state'
import type { Check, Point } from '../../../../src-shared/report'
import { EXACT_RACE_VARIANTS, type RaceVariant, isPyRaceVariant, isSharedRaceVariant } from '../../../../src-shared/workloads/race'
import { raceCounter, resetRace } from '../../../../src-workers/kernels/race'
import type { TaskExecutor, TaskOutcome } from '../../executor'
import { globalLockFigures } from '../global-lock-figures'
import { summarizeTimes } from '../../stats/summary'
import { CheckFailedError } from '../experiment'
import type { OwnerServer } from './owner-server'

/** What a point is, whoever runs its repetitions (Node workers here, CPython in py-race.ts). */
export interface RacePointShape {
  workers: number
  variant: RaceVariant
  /** K for this variant (shared-memory and owner variants have their own). */
  increments: number
  warmup: number
  repeat: number
  seed: number
}

/** One repetition: every worker's loop time, the counter's final value, how much the loops overlapped. */
export interface RaceRepetition {
  loopsMs: number[]
  total: number
  overlap: number
  /** Node workers' answers, which carry what each saw of the global lock in global-lock mode. */
  outcomes?: ReadonlyArray<TaskOutcome<RaceTask>>
}

export interface RaceSettings extends RacePointShape {
  gap: number
  timeoutMs: number
  /** The race buffer: counter, gate, abort flag, mutex. Given to workers only when they share memory. */
  buffer: SharedArrayBuffer
  sharesMemory: boolean
  owner: OwnerServer | undefined
  signal: AbortSignal
}

/** The check of one point: exact variants must hit the total; the others can only fall short. */
export function raceCheck(variant: RaceVariant, expected: number, actual: number): Check {
  const ok = EXACT_RACE_VARIANTS.has(variant) ? actual === expected : actual >= 0 && actual <= expected
  return { expected, actual, ok, source: 'known-value' }
}

function taskFor(s: RaceSettings): RaceTask {
  if (isPyRaceVariant(s.variant)) throw new Error(`race: ${s.variant} runs in the Python worker program only`)
  const shared = isSharedRaceVariant(s.variant)
  if (!shared && !s.owner) throw new Error(`race: the ${s.variant} variant needs the owner server`)
  return {
    kind: 'race',
    variant: s.variant,
    increments: s.increments,
    gap: s.gap,
    // Threads meet at the gate in shared memory; processes cannot, and start as their task arrives.
    gate: s.sharesMemory ? s.workers : 0,
    shared: s.sharesMemory ? s.buffer : null,
    owner: shared ? null : s.owner!.address,
    timeoutMs: s.timeoutMs,
  }
}

/** All running / any running, from each worker's loop start and end (one clock for threads; the epoch clock for processes). */
export function overlapShare(loops: ReadonlyArray<{ loopStartEpochMs: number; loopEndEpochMs: number }>): number {
  if (loops.length === 0) return 0
  const starts = loops.map((l) => l.loopStartEpochMs)
  const ends = loops.map((l) => l.loopEndEpochMs)
  const any = Math.max(...ends) - Math.min(...starts)
  const all = Math.min(...ends) - Math.max(...starts)
  return any > 0 ? Math.min(1, Math.max(0, all / any)) : 0
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length === 0 ? 0 : sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

async function repetition(pool: TaskExecutor, s: RaceSettings, rings?: readonly TraceHandle[]): Promise<RaceRepetition> {
  resetRace(s.buffer)
  s.owner?.reset(0)
  const task = taskFor(s)
  const traced = (worker: number): RaceTask => (rings?.[worker] ? { ...task, trace: rings[worker] } : task)
  const outcomes = await Promise.all(Array.from({ length: s.workers }, (_, worker) => pool.run(traced(worker), s.signal)))
  if (new Set(outcomes.map((o) => o.slot)).size !== s.workers) throw new Error('Impossible: two racers ran on the same worker')
  for (const o of outcomes) if (o.result.done !== s.increments) throw new Error(`race: a worker made ${o.result.done} of ${s.increments} increments`)
  const total = isSharedRaceVariant(s.variant) ? raceCounter(s.buffer) : s.owner!.value()
  return { loopsMs: outcomes.map((o) => o.result.loopMs), total, overlap: overlapShare(outcomes.map((o) => o.result)), outcomes }
}

/**
 * The traced repetition of a point (threads only: a ring is shared memory): one more repetition
 * with a trace ring per worker, counted in no figure; an exact variant must still be exact.
 */
export async function tracedRaceRepetition(pool: TaskExecutor, s: RaceSettings, rings: readonly TraceHandle[]): Promise<void> {
  if (!s.sharesMemory) throw new Error('race: a traced repetition needs shared memory for its trace rings')
  const { total } = await repetition(pool, s, rings)
  const check = raceCheck(s.variant, s.workers * s.increments, total)
  if (!check.ok) throw new CheckFailedError(`race ${s.variant} (traced)`, check)
}

export async function racePoint(pool: TaskExecutor, s: RaceSettings): Promise<Point> {
  if (pool.size !== s.workers) throw new Error(`race: a pool of ${pool.size} workers cannot race ${s.workers}`)
  return measureRacePoint(s, () => repetition(pool, s))
}

/** Warm-up and measured repetitions of one point, each checked, summarised into the point. */
export async function measureRacePoint(s: RacePointShape, repetition: () => Promise<RaceRepetition>): Promise<Point> {
  const perRepetition = s.workers * s.increments
  for (let i = 0; i < s.warmup; i++) {
    const { total } = await repetition()
    // A warm-up is not counted, but an exact variant that is wrong there is just as wrong.
    const check = raceCheck(s.variant, perRepetition, total)
    if (!check.ok) throw new CheckFailedError(`race ${s.variant} (warm-up)`, check)
  }
  const samplesMs: number[] = []
  const lostByRepetition: number[] = []
  const overlaps: number[] = []
  const answered: Array<{ outcomes: ReadonlyArray<TaskOutcome<RaceTask>> }> = []
  for (let i = 0; i < s.repeat; i++) {
    const { loopsMs, total, overlap, outcomes } = await repetition()
    if (outcomes) answered.push({ outcomes })
    samplesMs.push(...loopsMs)
    overlaps.push(overlap)
    lostByRepetition.push(perRepetition - total)
  }
  const expected = perRepetition * s.repeat
  const lost = lostByRepetition.reduce((a, b) => a + b, 0)
  const actual = expected - lost
  const stats = summarizeTimes(samplesMs, s.seed)
  // To 0.1 ns: finer digits are noise, and they would fill the exports' cells.
  const nsPer = (ms: number) => Math.round((ms * 1e7) / Math.max(1, s.increments)) / 10
  return {
    workers: s.workers,
    oversubscribed: false,
    samplesMs,
    stats,
    speedup: null,
    efficiency: null,
    check: raceCheck(s.variant, expected, actual),
    variant: s.variant,
    // Each sample is one worker's loop, several per repetition: the repetition warnings (slow
    // first run, variance between repetitions) would misread them, as they would single spawns.
    samplesKind: 'operation',
    // Global-lock mode: hand-overs, drops and each worker's wait for the lock, as the sweeps' points.
    ...globalLockFigures(answered),
    race: {
      incrementsPerWorker: s.increments,
      repetitions: s.repeat,
      expected,
      actual: Math.max(0, actual),
      lost: Math.max(0, lost),
      lostShare: expected > 0 ? Math.min(1, Math.max(0, lost / expected)) : 0,
      lostByRepetition: lostByRepetition.map((n) => Math.max(0, n)),
      exact: EXACT_RACE_VARIANTS.has(s.variant),
      overlapShare: Math.round(median(overlaps) * 1000) / 1000,
      nsPerIncrement: { median: nsPer(stats.median), ci95: [nsPer(stats.ci95[0]), nsPer(stats.ci95[1])] },
    },
  }
}
