/**
 * Significance at each worker count of one run configuration: every pair of worker runtimes at
 * the same count (threads vs processes), and every runtime's points against the main-thread
 * baseline. One family, Holm-corrected together (stats/significance.ts). A comparison is stored
 * on the point of the later runtime in the run order (process vs thread, thread vs main), so each
 * pair appears once.
 */
import type { RuntimeName } from '../../../src-shared/config'
import type { Comparison, Point } from '../../../src-shared/report'
import { RUNTIME_TRAITS } from '../../../src-shared/runtime-traits'
import { SIGNIFICANCE_ALPHA, compareFamily } from '../stats/significance'

export interface ComparedRun {
  runtime: RuntimeName
  points: Point[]
}

interface Pair {
  subject: Point
  against: Point
  runtime: RuntimeName
}

function pairsOf(runs: readonly ComparedRun[]): Pair[] {
  const pairs: Pair[] = []
  runs.forEach((later, j) => {
    for (const earlier of runs.slice(0, j)) {
      if (RUNTIME_TRAITS[earlier.runtime].baseline) {
        const base = earlier.points[0]
        if (base) for (const subject of later.points) pairs.push({ subject, against: base, runtime: earlier.runtime })
        continue
      }
      for (const subject of later.points) {
        const against = earlier.points.find((p) => p.workers === subject.workers)
        if (against) pairs.push({ subject, against, runtime: earlier.runtime })
      }
    }
  })
  return pairs
}

/** The runs' points with their `comparisons` filled in (new objects; the input is not changed). */
export function withComparisons<R extends ComparedRun>(runs: readonly R[], alpha = SIGNIFICANCE_ALPHA): R[] {
  const pairs = pairsOf(runs)
  const results = compareFamily(
    pairs.map((p) => ({ a: p.subject.samplesMs, b: p.against.samplesMs })),
    alpha,
  )
  const bySubject = new Map<Point, Comparison[]>()
  pairs.forEach((pair, i) => {
    const list = bySubject.get(pair.subject) ?? []
    list.push({ against: { runtime: pair.runtime, workers: pair.against.workers }, alpha, ...results[i]! })
    bySubject.set(pair.subject, list)
  })
  return runs.map((run) => ({ ...run, points: run.points.map((p) => (bySubject.has(p) ? { ...p, comparisons: bySubject.get(p)! } : p)) }))
}
