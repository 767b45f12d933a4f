/**
 * Family "worker-faults": every kind of injected fault through the real pool (the `fault` task:
 * throw, exit, hang under a task timeout) on the thread and process runtimes, and an external
 * `kill -9` of a process worker mid-task. Each time the pool reports a typed error, replaces a
 * lost worker, runs later tasks correctly, and leaves no process once destroyed.
 */
import { expect } from 'vitest'
import { WorkerPool } from '../../src-main/engine/pool'
import { processRuntime } from '../../src-main/engine/runtimes/process-runtime'
import { threadRuntime } from '../../src-main/engine/runtimes/thread-runtime'
import type { RuntimeAdapter } from '../../src-main/engine/runtimes/types'
import { describePids, TreeWatch, wait } from './checks'
import { family } from './seeded'

const RUNTIMES: Record<string, () => RuntimeAdapter> = {
  thread: () => threadRuntime(),
  'process-advanced': () => processRuntime('advanced'),
  'process-json': () => processRuntime('json'),
}
type Fault = 'throw' | 'exit' | 'hang' | 'kill-9'
/** kill -9 needs a pid: a worker thread has none of its own. */
const PAIRS: Array<[string, Fault]> = Object.keys(RUNTIMES).flatMap((runtime) =>
  (['throw', 'exit', 'hang', 'kill-9'] as const).filter((fault) => fault !== 'kill-9' || runtime !== 'thread').map((fault): [string, Fault] => [runtime, fault]),
)
/** Prime counts below a bound, published (pi(x)). */
const PRIMES: Array<[number, number]> = [
  [1_000, 168],
  [10_000, 1_229],
  [100_000, 9_592],
  [1_000_000, 78_498],
]

interface FaultCase {
  runtime: string
  fault: Fault
  size: number
  timeoutMs: number
  killAfterMs: number
  alongside: number
  after: number
}

family<FaultCase>('worker-faults', {
  count: PAIRS.length * 2,
  timeoutMs: 60_000,
  generate: (rng, index) => {
    const [runtime, fault] = PAIRS[index % PAIRS.length]!
    return {
      runtime,
      fault,
      // The killed worker must be the one running the hang: one worker for kill -9.
      size: fault === 'kill-9' ? 1 : rng.int(1, 2),
      timeoutMs: rng.int(200, 800),
      killAfterMs: rng.int(20, 400),
      alongside: rng.int(0, 3),
      after: rng.int(1, 4),
    }
  },
  describe: (c) => `${c.fault} on ${c.runtime}, ${c.size} worker(s), ${c.alongside} task(s) alongside, ${c.after} after`,
  run: async (c, rng) => {
    const watch = new TreeWatch(process.pid)
    const pool = await WorkerPool.start({ runtime: RUNTIMES[c.runtime]!(), size: c.size, stopGraceMs: 300, ...(c.fault === 'hang' ? { taskTimeoutMs: c.timeoutMs } : {}) })
    try {
      watch.snapshot()
      const firstPids = pool.pids
      const primeTask = () => {
        const [hi, count] = rng.pick(PRIMES)
        return pool.run({ kind: 'prime', lo: 0, hi, method: 'sieve' }).then((r) => expect(r.result.count, `primes below ${hi}`).toBe(count))
      }
      const faulty = pool.run({ kind: 'fault', mode: c.fault === 'kill-9' ? 'hang' : c.fault })
      const alongside = Array.from({ length: c.alongside }, primeTask)
      if (c.fault === 'kill-9') {
        await wait(c.killAfterMs)
        process.kill(firstPids[0]!, 'SIGKILL')
      }
      const expected = {
        throw: { name: 'TaskFailedError', message: expect.stringMatching(/deliberate throw/) },
        exit: { name: 'WorkerCrashedError', exitCode: 3 },
        hang: { name: 'TaskTimeoutError', timeoutMs: c.timeoutMs },
        'kill-9': { name: 'WorkerCrashedError', signal: 'SIGKILL' },
      }[c.fault]
      await expect(faulty).rejects.toMatchObject(expected)
      const message = await faulty.catch((error: unknown) => (error instanceof Error ? error.message : String(error)))
      expect(message, 'one line').not.toContain('\n')
      await Promise.all(alongside)
      await Promise.all(Array.from({ length: c.after }, primeTask))
      watch.snapshot()
      expect(pool.pids, 'the pool keeps its size').toHaveLength(c.size)
      if (c.runtime !== 'thread' && c.fault !== 'throw') expect(pool.pids, 'a lost worker is replaced').not.toEqual(firstPids)
    } finally {
      await pool.destroy('case over')
      const left = await watch.leftovers()
      watch.killLeft()
      expect(left, `processes left: ${describePids(left)}`).toEqual([])
    }
  },
})
