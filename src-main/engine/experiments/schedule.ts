/**
 * The order in which a run configuration takes its repetitions. Interleaved (the default): each
 * round takes one repetition of every (runtime x worker count) point, in a shuffled order drawn
 * from a recorded seed, warm-up rounds first, so that a machine that warms up, throttles or gets
 * busy halfway hits every point alike instead of whichever runtime came last. Sequential: one
 * point to the end before the next, as before issue 14. Pure: the sweep executes the steps.
 */
import type { RuntimeName, ScheduleOrder } from '../../../src-shared/config'
import { assertNever } from '../../../src-shared/protocol'
import type { Schedule } from '../../../src-shared/report'
import { seededRng, shuffled } from '../stats/random'

export interface PlannedPoint {
  runtime: RuntimeName
  workers: number
}

export interface Step {
  /** Index into the planned points. */
  point: number
  phase: 'warmup' | 'measure'
  /** 1-based within its phase, for progress. */
  repetition: number
  /** Measured round from 0 (warm-ups: their own round from 0); pairs samples across points. */
  round: number
  /** Index of the schedule round the step belongs to (warm-up rounds first); sequential: -1. */
  scheduleRound: number
}

export const pointKey = (p: PlannedPoint): string => `${p.runtime}:${p.workers}`

export function planSchedule(points: readonly PlannedPoint[], order: ScheduleOrder, warmups: number, repeats: number, seed: number): { schedule: Schedule; steps: Step[] } {
  const base = { order, seed, warmups, repeats, points: points.map(pointKey) }
  const steps: Step[] = []
  const phaseOf = (i: number): Pick<Step, 'phase' | 'repetition' | 'round'> =>
    i < warmups ? { phase: 'warmup', repetition: i + 1, round: i } : { phase: 'measure', repetition: i - warmups + 1, round: i - warmups }
  switch (order) {
    case 'sequential':
      points.forEach((_, point) => {
        for (let i = 0; i < warmups + repeats; i++) steps.push({ point, ...phaseOf(i), scheduleRound: -1 })
      })
      return { schedule: base, steps }
    case 'interleaved': {
      const rng = seededRng(seed)
      const indexes = points.map((_, i) => i)
      const rounds: number[][] = []
      for (let r = 0; r < warmups + repeats; r++) {
        const round = shuffled(indexes, rng)
        rounds.push(round)
        for (const point of round) steps.push({ point, ...phaseOf(r), scheduleRound: r })
      }
      return { schedule: { ...base, rounds }, steps }
    }
    default:
      return assertNever(order, 'schedule order')
  }
}
