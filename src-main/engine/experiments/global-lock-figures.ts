/**
 * A point's global-lock figures (issue 16) from its measured repetitions: what every task of a
 * repetition reported about the lock, summed per repetition (hand-overs, drops) and per worker slot
 * (wait), then the median over repetitions. Nothing when no task ran under the lock.
 */
import type { GlobalLockFigures, Task, TaskResult } from '../../../src-shared/protocol'
import type { Point } from '../../../src-shared/report'
import { summarize } from '../stats/summary'
import type { TaskOutcome } from '../executor'

const figuresOf = (result: TaskResult): GlobalLockFigures | undefined => ('globalLock' in result ? result.globalLock : undefined)

/** Takes only what it reads of a repetition (its outcomes), so sweep-point.ts can call it without a cycle. */
export function globalLockFigures<T extends Task>(measured: ReadonlyArray<{ outcomes: ReadonlyArray<Pick<TaskOutcome<T>, 'result' | 'slot'>> }>): Pick<Point, 'globalLock'> {
  const perRep = measured.map((rep) => {
    const figures = rep.outcomes.flatMap((o) => {
      const seen = figuresOf(o.result)
      return seen ? [{ slot: o.slot, seen }] : []
    })
    const waitUs: number[] = []
    for (const { slot, seen } of figures) waitUs[slot] = (waitUs[slot] ?? 0) + seen.waitUs
    return {
      any: figures.length > 0,
      handOvers: figures.reduce((sum, f) => sum + f.seen.handOvers, 0),
      drops: figures.reduce((sum, f) => sum + f.seen.drops, 0),
      waitUs: Array.from(waitUs, (us) => us ?? 0),
    }
  })
  if (!perRep.some((r) => r.any)) return {}
  const median = (xs: number[]) => (xs.length === 0 ? 0 : summarize(xs).median)
  const slots = Math.max(...perRep.map((r) => r.waitUs.length))
  return {
    globalLock: {
      handOvers: median(perRep.map((r) => r.handOvers)),
      drops: median(perRep.map((r) => r.drops)),
      waitMsByWorker: Array.from({ length: slots }, (_, slot) => median(perRep.map((r) => (r.waitUs[slot] ?? 0) / 1000))),
    },
  }
}
