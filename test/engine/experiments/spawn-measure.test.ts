import { describe, expect, it } from 'vitest'
import { measureMemory } from '../../../src-main/engine/experiments/micro/spawn-measure'
import { batchMeans, finePercentilesUs } from '../../../src-main/engine/experiments/micro/micro-point'
import { systemClock } from '../../../src-main/engine/measure/clock'
import { threadRuntime } from '../../../src-main/engine/runtimes/thread-runtime'
import { processRuntime } from '../../../src-main/engine/runtimes/process-runtime'
import { childPidsOf, survivors } from '../../helpers/processes'

const deps = (adapter: ReturnType<typeof threadRuntime>, engineRss?: () => number) => ({
  adapter,
  clock: systemClock,
  signal: new AbortController().signal,
  taskTimeoutMs: 60_000,
  ...(engineRss ? { engineRss } : {}),
})

describe('memory per worker', () => {
  it('for threads, is the growth of the engine RSS per thread started (median)', async () => {
    const readings = [100e6, 110e6, 130e6, 142e6]
    let i = 0
    const memory = await measureMemory(deps(threadRuntime(), () => readings[i++]!), 3)
    // Growths 10, 20 and 12 MB: the median is 12 MB.
    expect(memory).toMatchObject({ method: 'process-rss-delta', rssBytes: 12e6, workersMeasured: 3 })
    expect(memory.heapUsedBytes).toBeGreaterThan(0)
  })

  it('for processes, is what each child reports for itself, and no child is left', async () => {
    const memory = await measureMemory(deps(processRuntime('advanced')), 2)
    expect(memory.method).toBe('child-rss')
    // A Node child holds at least its own V8 heap and code.
    expect(memory.rssBytes).toBeGreaterThan(memory.heapTotalBytes!)
    expect(await survivors(childPidsOf(process.pid))).toEqual([])
  })
})

describe('operations into a point', () => {
  it('groups operations into batch means', () => {
    expect(batchMeans([1, 2, 3, 4, 5, 6], 3)).toEqual([1.5, 3.5, 5.5])
    expect(batchMeans([1, 2, 3], 10)).toEqual([1, 2, 3])
    expect(batchMeans([1, 2, 3, 4, 5], 2)).toEqual([1.5, 4])
  })

  it('keeps sub-microsecond percentiles instead of rounding them to 0', () => {
    const latency = finePercentilesUs([0.2, 0.3, 0.4, 0.5, 120])
    expect(latency.p50).toBeCloseTo(0.4, 2)
    expect(latency.max).toBeCloseTo(120, 0)
    expect(latency.count).toBe(5)
  })
})
