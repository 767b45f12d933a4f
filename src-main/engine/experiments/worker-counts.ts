/** The default worker sweep: 1, 2, 4, ... up to the core count, the core count, then 2x. */
import type { WorkerCounts } from '../../../src-shared/config'

export function autoWorkerCounts(cores: number): number[] {
  const counts = new Set<number>()
  for (let n = 1; n <= cores; n *= 2) counts.add(n)
  counts.add(cores)
  // One oversubscribed point: more busy workers than cores shows time-sharing, not speedup.
  counts.add(cores * 2)
  return [...counts].sort((a, b) => a - b)
}

export function resolveWorkerCounts(counts: WorkerCounts, cores: number): number[] {
  return counts === 'auto' ? autoWorkerCounts(cores) : counts
}
