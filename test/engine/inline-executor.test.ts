/** The in-process executors: `main` one task at a time, `main-async` up to N in flight, clean cancel. */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { FileIoTask } from '../../src-shared/protocol'
import { InlineExecutor } from '../../src-main/engine/inline-executor'
import { onCleanup } from '../helpers/cleanup'

function fileTask(dir: string, t: number, files = 4): FileIoTask {
  return { kind: 'file-io', dir, prefix: `t${t}`, files, fileSize: 64 * 1024, blockSize: 16 * 1024, fsync: false, api: 'async', mode: 'write-read', seed: t + 1 }
}

function tempDir(): string {
  return onCleanup(mkdtempSync(join(tmpdir(), 'conlab-test-inline-')), (dir) => rmSync(dir, { recursive: true, force: true }))
}

/** The most kernels that overlapped in time, from their own start and end stamps. */
function maxOverlap(spans: Array<{ start: number; end: number }>): number {
  const edges = spans.flatMap((s) => [
    [s.start, 1],
    [s.end, -1],
  ]).sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!)
  let open = 0
  let most = 0
  for (const [, delta] of edges) most = Math.max(most, (open += delta!))
  return most
}

describe('InlineExecutor', () => {
  it('main-async keeps up to `size` tasks in flight on lanes 0..size-1; main runs one at a time', async () => {
    const dir = tempDir()
    for (const [runtime, size, expected] of [
      ['main-async', 3, 3],
      ['main', 1, 1],
    ] as const) {
      const executor = new InlineExecutor(size, undefined, runtime)
      const outcomes = await Promise.all(Array.from({ length: 6 }, (_, t) => executor.run(fileTask(dir, t))))
      await executor.close()
      expect(executor.runtime).toBe(runtime)
      expect(outcomes.every((o) => o.result.bytesVerified === 4 * 64 * 1024)).toBe(true)
      expect(new Set(outcomes.map((o) => o.slot))).toEqual(new Set(Array.from({ length: expected }, (_, i) => i)))
      expect(maxOverlap(outcomes.map((o) => ({ start: o.timing.startedAtEpochMs, end: o.timing.endedAtEpochMs })))).toBe(expected)
    }
  })

  it('destroy rejects queued tasks and resolves only after the running kernels have stopped', async () => {
    const dir = tempDir()
    const executor = new InlineExecutor(2, undefined, 'main-async')
    const settled: string[] = []
    const runs = Array.from({ length: 4 }, (_, t) =>
      executor.run(fileTask(dir, t, 50)).then(
        () => settled.push(`${t} done`),
        (error: Error) => settled.push(`${t} ${error.name}`),
      ),
    )
    // Let the first two start writing.
    while (readdirSync(dir).length === 0) await new Promise((resolve) => setImmediate(resolve))
    await executor.destroy('test cancel')
    // Nothing still runs once destroy resolves: every task has already settled, as cancelled.
    expect(settled.sort()).toEqual(['0 AbortError', '1 AbortError', '2 AbortError', '3 AbortError'])
    await Promise.all(runs)
    await expect(executor.run(fileTask(dir, 9))).rejects.toThrow(/closed/)
  })
})
