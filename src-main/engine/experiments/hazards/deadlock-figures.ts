/**
 * The deadlock experiment's figures from its repetitions, pure: how many deadlocked and how each
 * was found (the graph's cycle, or a wait reaching its bound), the first cycle, pairs and retries,
 * the cost of a completed pair in the repetitions that finished, and each worker's CPU time.
 */
import type { DeadlockFigures } from '../../../../src-shared/hazards-report'
import type { DeadlockResult } from '../../../../src-shared/protocol-hazards'
import type { DeadlockVariant } from '../../../../src-shared/workloads/deadlock'
import type { HazardRepetition } from './hazard-repetition'

export type DeadlockRep = HazardRepetition<DeadlockResult>

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0)

/** Mean over repetitions of each worker's CPU ms; null if any reading is missing. */
export function meanCpuPerWorker(reps: ReadonlyArray<{ results: ReadonlyArray<{ cpuMs: number | null }> }>, workers: number): Array<number | null> {
  return Array.from({ length: workers }, (_, w) => {
    const readings = reps.map((r) => r.results[w]?.cpuMs ?? null)
    return readings.some((c) => c === null) || readings.length === 0 ? null : sum(readings as number[]) / readings.length
  })
}

export function deadlockFigures(reps: readonly DeadlockRep[], variant: DeadlockVariant, workers: number): { deadlock: Omit<DeadlockFigures, 'usPerPair'>; perPairMs: number[] } {
  // Found by the graph only if the lab ended it before any wait reached its bound: a cycle seen but
  // not acted on in time is counted as found by timeout, like one the graph missed.
  const timedOut = (r: DeadlockRep) => r.results.some((x) => x.outcome === 'timeout')
  const byGraph = reps.filter((r) => r.cycle !== null && !timedOut(r))
  const byTimeout = reps.filter(timedOut)
  const finished = reps.filter((r) => r.results.every((x) => x.outcome === 'done'))
  const perPairMs = finished.flatMap((r) => {
    const pairs = sum(r.results.map((x) => x.pairs))
    const wallUs = Math.max(...r.results.map((x) => x.endUs)) - Math.min(...r.results.map((x) => x.startUs))
    return pairs > 0 ? [Math.max(0, wallUs) / pairs / 1000] : []
  })
  const first = byGraph[0]?.cycle
  return {
    deadlock: {
      variant,
      workers,
      repetitions: reps.length,
      deadlocked: byGraph.length + byTimeout.length,
      foundByGraph: byGraph.length,
      foundByTimeout: byTimeout.length,
      ...(first ? { cycle: first } : {}),
      pairs: sum(reps.flatMap((r) => r.results.map((x) => x.pairs))),
      retries: sum(reps.flatMap((r) => r.results.map((x) => x.retries))),
      cpuMsPerWorker: meanCpuPerWorker(reps, workers),
    },
    perPairMs,
  }
}
