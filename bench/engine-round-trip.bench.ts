/**
 * Issue 3's benchmark: the engine's empty-task round trip per runtime against a minimal
 * hand-written postMessage / process.send loop, in the same run. Goal: ratio below 1.10.
 */
import { it } from 'vitest'
import { WorkerPool } from '../src-main/engine/pool'
import { processRuntime } from '../src-main/engine/runtimes/process-runtime'
import { threadRuntime } from '../src-main/engine/runtimes/thread-runtime'
import { processEcho, threadEcho } from './baselines/echo'
import { type Comparison, compare, printComparisons } from './harness'

const message = { type: 'run', taskId: 1, task: { kind: 'empty' } }

it('engine empty-task round trip vs hand-written echo', async () => {
  const rows: Comparison[] = []
  const cases = [
    { name: 'thread (structured clone)', pool: () => threadRuntime(), echo: () => threadEcho() },
    { name: 'process (advanced serialization)', pool: () => processRuntime('advanced'), echo: () => processEcho('advanced') },
    { name: 'process (json serialization)', pool: () => processRuntime('json'), echo: () => processEcho('json') },
  ]
  for (const c of cases) {
    const pool = await WorkerPool.start({ runtime: c.pool(), size: 1 })
    const echo = c.echo()
    try {
      rows.push(
        await compare(
          c.name,
          () => pool.run({ kind: 'empty' }),
          () => echo.roundTrip(message),
        ),
      )
    } finally {
      await pool.close()
      await echo.close()
    }
  }
  printComparisons('Empty-task round trip: engine pool vs minimal echo loop (ratio = engine / baseline)', rows)
})
