/**
 * Pure figures and checks of the primitives experiment: each part's repetitions become one Point
 * (times summarised with the shared statistics: bootstrap interval of the median, or the range
 * below 5 samples) carrying its `primitive` figure, and each check says plainly what it verified.
 * Kept free of workers so that every check can be shown failing on a broken input in a test.
 */
import type { PrimitiveFigure, QueueMechanism } from '../../../../src-shared/primitives-report'
import type { Check, Point } from '../../../../src-shared/report'
import { median } from 'simple-statistics'
import { summarizeTimes } from '../../stats/summary'
import { finePercentilesUs } from '../micro/micro-point'

/** A measured duration is never negative: two threads' clocks may disagree by a few microseconds. */
export const nonNegativeMs = (ms: number): number => (Number.isFinite(ms) && ms > 0 ? ms : 0)

/** Items (or acquisitions) per second at the median repetition time. */
export function perSecond(operations: number, medianMs: number): number {
  return medianMs > 0 ? operations / (medianMs / 1000) : 0
}

export interface PointBase {
  workers: number
  variant: string
  settings: Record<string, string | number | boolean>
  /** One per measured repetition, ms. */
  samplesMs: number[]
  seed: number
  check: Check
  primitive: PrimitiveFigure
  /** Operations one repetition does, for `throughput`. */
  operations?: { count: number; unit: string }
  latencyUs?: readonly number[]
}

export function primitivePoint(b: PointBase): Point {
  const samplesMs = b.samplesMs.map(nonNegativeMs)
  const stats = summarizeTimes(samplesMs, b.seed)
  return {
    workers: b.workers,
    oversubscribed: false,
    samplesMs,
    stats,
    speedup: null,
    efficiency: null,
    check: b.check,
    variant: b.variant,
    settings: b.settings,
    samplesKind: 'repetition',
    primitive: b.primitive,
    ...(b.operations ? { throughput: { value: perSecond(b.operations.count, stats.median), unit: b.operations.unit } } : {}),
    ...(b.latencyUs && b.latencyUs.length > 0 ? { latencyUs: finePercentilesUs(b.latencyUs.map(nonNegativeMs)) } : {}),
  }
}

/** The semaphore never let more threads in than its limit (below the limit is a finding, not a failure). */
export function semaphoreCheck(limit: number, maxInFlight: number): Check {
  return { expected: limit, actual: maxInFlight, ok: maxInFlight >= 1 && maxInFlight <= limit, source: 'known-value' }
}

export interface SeenCounts {
  once: number
  duplicated: number
  missing: number
}

/** How many items came exactly once, more than once, never: from a per-item counter. */
export function countSeen(seen: ArrayLike<number>): SeenCounts {
  let once = 0
  let duplicated = 0
  let missing = 0
  for (let i = 0; i < seen.length; i++) {
    const n = seen[i] ?? 0
    if (n === 1) once++
    else if (n === 0) missing++
    else duplicated++
  }
  return { once, duplicated, missing }
}

/** Every item exactly once: nothing lost, nothing duplicated. */
export function exactlyOnceCheck(items: number, seen: SeenCounts): Check {
  return { expected: items, actual: seen.once, ok: seen.once === items && seen.duplicated === 0 && seen.missing === 0, source: 'known-value' }
}

/** No worker ever passed the barrier while a phase was still incomplete. */
export function generationsCheck(passes: number, mixed: number): Check {
  return { expected: 0, actual: mixed, ok: mixed === 0 && passes > 0, source: 'known-value' }
}

/** Every waiter woke with the event set, in every repetition. */
export function wokeCheck(expected: number, woke: number): Check {
  return { expected, actual: woke, ok: expected > 0 && woke === expected, source: 'known-value' }
}

/** Median over repetitions, per index: `rows[rep][i]` -> `out[i]`. */
export function medianPerIndex(rows: readonly (readonly number[])[]): number[] {
  const width = rows[0]?.length ?? 0
  const out: number[] = []
  for (let i = 0; i < width; i++) out.push(nonNegativeMs(median(rows.map((r) => nonNegativeMs(r[i] ?? 0)))))
  return out
}

export const queueVariant = (mechanism: QueueMechanism): string => `queue-${mechanism}`
