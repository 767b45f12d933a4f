/**
 * The same I/O tasks on main-async, thread and process give identical verified bytes: the
 * runtimes differ in how they wait, never in what they read.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { crc32 } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { RunConfigSchema } from '../../../src-shared/config'
import type { FetchTask, FileIoTask } from '../../../src-shared/protocol'
import { executorFactory } from '../../../src-main/engine/executors'
import { startLoopbackServer } from '../../../src-main/engine/loopback/controller'
import { loopbackPayload } from '../../../src-main/engine/loopback/server'
import { systemClock } from '../../../src-main/engine/measure/clock'
import { onCleanup } from '../../helpers/cleanup'

const config = RunConfigSchema.parse({ workload: { workload: 'file-io' }, runtimes: ['main-async', 'thread', 'process'], uvThreadpoolSize: 2 })
const createExecutor = executorFactory(config, { clock: systemClock })
const runtimes = ['main-async', 'thread', 'process'] as const

describe('I/O kernels on every runtime', () => {
  it('file-io: identical digests and verified bytes on main-async, thread and process', async () => {
    const dir = onCleanup(mkdtempSync(join(tmpdir(), 'conlab-test-runtimes-')), (d) => rmSync(d, { recursive: true, force: true }))
    const tasks = (runtime: string): FileIoTask[] =>
      [0, 1].map((t) => ({ kind: 'file-io', dir, prefix: `${runtime}-${t}`, files: 3, fileSize: 40_000, blockSize: 8192, fsync: false, api: t === 0 ? 'sync' : 'async', mode: 'write-read', seed: t + 1 }))
    const seen = []
    for (const runtime of runtimes) {
      const executor = await createExecutor(runtime, 2, new AbortController().signal)
      try {
        const outcomes = await Promise.all(tasks(runtime).map((task) => executor.run(task)))
        seen.push({ runtime, results: outcomes.map((o) => ({ digest: o.result.digest, verified: o.result.bytesVerified, mismatches: o.result.mismatches })), uv: outcomes[0]!.result.uvThreadpoolSize })
      } finally {
        await executor.close()
      }
    }
    expect(seen[0]!.results).toEqual([
      { digest: expect.any(Number), verified: 120_000, mismatches: 0 },
      { digest: expect.any(Number), verified: 120_000, mismatches: 0 },
    ])
    expect(seen[1]!.results).toEqual(seen[0]!.results)
    expect(seen[2]!.results).toEqual(seen[0]!.results)
    // The child process got the configured pool size; the others run in the lab's own process.
    expect(seen[2]!.uv).toBe(2)
  })

  it('fetch: identical verified bytes from the loopback server on main-async, thread and process', async () => {
    const options = { payloadSize: 7777, latencyMs: 1, jitterMs: 2, seed: 5 }
    const server = onCleanup(await startLoopbackServer(options), (s) => s.stop())
    const payload = loopbackPayload(options)
    const task: FetchTask = { kind: 'fetch', url: server.url, requests: 6, inFlight: 3, firstId: 0, timeoutMs: 10_000, maxBodyBytes: 1 << 20, expect: { length: payload.length, crc32: crc32(payload) } }
    const seen = []
    for (const runtime of runtimes) {
      const executor = await createExecutor(runtime, 2, new AbortController().signal)
      try {
        const outcomes = await Promise.all([task, { ...task, firstId: 6 }].map((t) => executor.run(t)))
        seen.push(outcomes.map((o) => [o.result.responses, o.result.verifiedBytes, o.result.mismatches]))
      } finally {
        await executor.close()
      }
    }
    expect(seen).toEqual(runtimes.map(() => [
      [6, 6 * 7777, 0],
      [6, 6 * 7777, 0],
    ]))
    expect(await server.stop()).toEqual({ served: 36 })
  })
})
