import { describe, expect, it } from 'vitest'
import type { Point } from '../../../src-shared/report'
import type { Task } from '../../../src-shared/protocol'
import type { TaskExecutor, TaskOutcome } from '../../../src-main/engine/executor'
import { measureOversubscription, oversubscriptionFactors } from '../../../src-main/engine/experiments/micro/oversubscription'
import { manualClock } from '../../helpers/manual-clock'
import { systemClock } from '../../../src-main/engine/measure/clock'
import { executorFactory } from '../../../src-main/engine/executors'
import { RunConfigSchema } from '../../../src-shared/config'
import { spin } from '../../../src-workers/kernels/busy'
import { survivors } from '../../helpers/processes'

/**
 * An executor whose busy tasks take `msPerTask` × (tasks at once / cores) on a manual clock, plus
 * `extraMs` once the cores are oversubscribed: the experiment's arithmetic, without real time.
 */
function scriptedExecutor(size: number, clock: ReturnType<typeof manualClock>, cores: number, msPerTask: number, extraMs: number): TaskExecutor {
  let started = 0
  return {
    runtime: 'process',
    size,
    serialization: 'advanced',
    cpuOutsideEngine: true,
    async run<T extends Task>(task: T): Promise<TaskOutcome<T>> {
      if (task.kind !== 'busy-counted') throw new Error('unexpected task')
      // The last task of a repetition moves the clock by the whole repetition's time.
      if (++started % size === 0) clock.advance(msPerTask * (size / cores) + (size > cores ? extraMs : 0))
      const switches = { thread: { available: true as const, voluntary: 0, involuntary: size > cores ? 10 : 0 }, process: { available: false as const, reason: 'scripted' } }
      return { result: { kind: 'busy-counted', checksum: spin(task.iterations), switches }, timing: { wallMs: 0, cpuUserUs: 0, cpuSystemUs: 0, startedAtEpochMs: 0, endedAtEpochMs: 0 }, slot: 0, roundTripMs: 0 } as unknown as TaskOutcome<T>
    },
    close: async () => undefined,
    destroy: async () => undefined,
  }
}

describe('oversubscription', () => {
  it('always measures one worker per core first', () => {
    expect(oversubscriptionFactors([4, 2])).toEqual([1, 2, 4])
    expect(oversubscriptionFactors([1])).toEqual([1])
  })

  it('compares each K with K / cores × the one-per-core time, and shares the excess over the switches', async () => {
    const clock = manualClock()
    const points: Point[] = []
    await measureOversubscription({
      runtime: 'process',
      cores: 2,
      factors: [2],
      iterations: 1000,
      expectedChecksum: spin(1000),
      warmup: 0,
      repeat: 2,
      seed: 1,
      clock,
      signal: new AbortController().signal,
      createExecutor: async (size) => scriptedExecutor(size, clock, 2, 100, 30),
      onPoint: (p) => points.push(p),
    })
    expect(points.map((p) => p.workers)).toEqual([2, 4])
    const [one, over] = points
    expect(one!.stats.median).toBe(100)
    expect(one!.oversubscription).toMatchObject({ idealMs: 100, excessMs: 0, excessPerSwitchUs: null })
    expect(over!.oversubscribed).toBe(true)
    // 4 tasks of 100 ms on 2 cores: ideal 200 ms, measured 230 ms; 40 involuntary switches per repetition.
    expect(over!.oversubscription).toMatchObject({ idealMs: 200, excessMs: 30, excessShare: 0.15, excessPerSwitchUs: 750 })
    expect(over!.switches?.process).toEqual({ available: false, reason: 'scripted' })
  })

  it('fails the check when a worker returns a wrong checksum', async () => {
    const clock = manualClock()
    const points: Point[] = []
    await measureOversubscription({
      runtime: 'process',
      cores: 1,
      factors: [1],
      iterations: 1000,
      expectedChecksum: spin(1000) + 1,
      warmup: 0,
      repeat: 1,
      seed: 1,
      clock,
      signal: new AbortController().signal,
      createExecutor: async (size) => scriptedExecutor(size, clock, 1, 10, 0),
      onPoint: (p) => points.push(p),
    })
    expect(points[0]!.check.ok).toBe(false)
  })

  it('leaves no worker process behind', async () => {
    const config = RunConfigSchema.parse({ workload: { workload: 'context-switch' }, runtimes: ['process'] })
    const create = executorFactory(config, { clock: systemClock })
    const pids: number[] = []
    const signal = new AbortController().signal
    const points = await measureOversubscription({
      runtime: 'process',
      cores: 1,
      factors: [2, 3],
      iterations: 100_000,
      expectedChecksum: spin(100_000),
      warmup: 0,
      repeat: 1,
      seed: 1,
      clock: systemClock,
      signal,
      createExecutor: async (size) => {
        const pool = await create('process', size, signal)
        pids.push(...(pool as unknown as { pids: number[] }).pids)
        return pool
      },
      onPoint: () => undefined,
    })
    expect(points.map((p) => p.workers)).toEqual([1, 2, 3])
    expect(points.every((p) => p.check.ok)).toBe(true)
    expect(new Set(pids).size).toBe(6)
    expect(await survivors(pids)).toEqual([])
  })
})
