/**
 * Prime search, the CPU-bound workload: count primes in [lo, hi) split into chunks. The answer is
 * checked every repetition against a published value of pi(x) where one applies, otherwise
 * against one single-thread run made before the sweep.
 */
import type { PrimeOptions } from '../../../src-shared/workloads/prime'
import type { PrimeTask } from '../../../src-shared/protocol'
import type { Check } from '../../../src-shared/report'
import { knownPrimeCount } from '../../../src-workers/kernels/prime'
import { WorkerPool } from '../pool'
import { threadRuntime } from '../runtimes/thread-runtime'
import type { SweepWorkload } from './experiment'

/** Splits [lo, hi) into `parts` contiguous ranges of equal length (the last may be shorter). */
export function splitRange(lo: number, hi: number, parts: number): Array<[number, number]> {
  const n = Math.max(1, Math.min(parts, hi - lo))
  const size = Math.ceil((hi - lo) / n)
  const ranges: Array<[number, number]> = []
  for (let start = lo; start < hi; start += size) ranges.push([start, Math.min(hi, start + size)])
  return ranges
}

export function primeWorkload(options: PrimeOptions): SweepWorkload<PrimeTask> {
  let expected: number | null = knownPrimeCount(options.lo, options.hi)
  const source: Check['source'] = expected === null ? 'single-thread' : 'known-value'

  return {
    options,
    async prepare(signal) {
      if (expected !== null) return
      expected = await referenceCount(options, signal)
    },
    tasks(workers): PrimeTask[] {
      const chunks = options.chunking === 'static' ? workers : workers * options.chunksPerWorker
      return splitRange(options.lo, options.hi, chunks).map(([lo, hi]) => ({ kind: 'prime', lo, hi, method: options.method }))
    },
    check(results): Check {
      const actual = results.reduce((sum, r) => sum + r.count, 0)
      return { expected, actual, ok: expected !== null && actual === expected, source }
    },
  }
}

/**
 * No published value for this range: one plain single-thread count is the reference. It runs in a
 * worker thread, not on the engine's thread, so the app stays responsive and a cancel is honoured
 * while a large range is counted.
 */
async function referenceCount(options: PrimeOptions, signal: AbortSignal): Promise<number> {
  const pool = await WorkerPool.start({ runtime: threadRuntime(), size: 1 }, signal)
  try {
    const outcome = await pool.run({ kind: 'prime', lo: options.lo, hi: options.hi, method: 'sieve' }, signal)
    return outcome.result.count
  } finally {
    await (signal.aborted ? pool.destroy(signal.reason) : pool.close())
  }
}
