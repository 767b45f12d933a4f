/**
 * The CPython I/O kernels (file I/O, network fetch) against the Node kernels on the same tasks,
 * with real interpreters, real files in temp dirs and real loopback servers: the same digests,
 * verified bytes and mismatches, and the same failures in the same catalogue words.
 */
import { appendFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import http from 'node:http'
import net, { type AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { crc32 } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import type { PythonExecutorOptions } from '../../../../src-main/engine/runtimes/python/python-executor'
import { startLoopbackServer } from '../../../../src-main/engine/loopback/controller'
import { loopbackPayload } from '../../../../src-main/engine/loopback/server'
import { messageOf } from '../../../../src-shared/engine-message'
import type { FetchTask, FileIoTask } from '../../../../src-shared/protocol'
import { runFetch } from '../../../../src-workers/kernels/fetch'
import { runFileIo, writeFilesForReading } from '../../../../src-workers/kernels/file-io'
import { onCleanup } from '../../../helpers/cleanup'
import { PYTHONS, startPython } from './python-helpers'

const tempDir = () => onCleanup(mkdtempSync(join(tmpdir(), 'conlab-test-py-io-')), (d) => rmSync(d, { recursive: true, force: true }))

const variants: Array<[string, Pick<PythonExecutorOptions, 'runtime' | 'startMethod'>]> = [
  ['py-thread', { runtime: 'py-thread' }],
  ['py-process', { runtime: 'py-process', startMethod: 'fork' }],
  ['py-async', { runtime: 'py-async' }],
]

const fileTask = (dir: string, t: number, api: 'sync' | 'async'): FileIoTask => ({ kind: 'file-io', dir, prefix: `t${t}`, files: 3, fileSize: 40_000, blockSize: 8192, fsync: t === 1, api, mode: 'write-read', seed: t + 1 })
const essentials = (r: { digest: number; bytesWritten: number; bytesVerified: number; mismatches: number; writeLatenciesUs: number[]; readLatenciesUs: number[] }) => ({
  digest: r.digest,
  bytesWritten: r.bytesWritten,
  bytesVerified: r.bytesVerified,
  mismatches: r.mismatches,
  writes: r.writeLatenciesUs.length,
  reads: r.readLatenciesUs.length,
})

/** Somebody else's server: a chunked body, a 404 and an answer that never comes. */
async function userServer(): Promise<string> {
  const body = Buffer.alloc(50_000, 7)
  const server = http.createServer((request, response) => {
    if (request.url?.startsWith('/chunked')) {
      response.write(body.subarray(0, 20_000))
      setTimeout(() => response.end(body.subarray(20_000)), 5)
    } else if (request.url?.startsWith('/missing')) response.writeHead(404).end('no')
    // /slow: never answered; the client's deadline ends it.
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  onCleanup(server, (s) => (s.closeAllConnections(), new Promise((resolve) => s.close(resolve))))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

/** A raw server whose answers end with the connection (no Content-Length, no chunks). */
async function closeDelimitedServer(): Promise<string> {
  const server = net.createServer((socket) => socket.once('data', () => socket.end('HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n' + 'x'.repeat(3000))))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  onCleanup(server, (s) => new Promise((resolve) => s.close(resolve)))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
}

async function closedPort(): Promise<number> {
  const server = net.createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise((resolve) => server.close(resolve))
  return port
}

/** What a failure says, as the catalogue's data: the Python one arrives inside `taskFailed`. */
async function failureOf(run: Promise<unknown>): Promise<unknown> {
  const error = await run.then(() => undefined, (e: unknown) => e)
  expect(error).toBeDefined()
  const said = messageOf(error)
  return said.code === 'taskFailed' ? said.inner : said
}

describe.runIf(PYTHONS.length > 0).each(PYTHONS)('CPython %s', (path) => {
  describe.each(variants)('%s', (_, variant) => {
    it('file-io: the Node kernel\'s digests and verified bytes, sync and async calls, files removed', async () => {
      const [pyDir, nodeDir] = [tempDir(), tempDir()]
      const executor = await startPython(path, { ...variant, size: 2 })
      const tasks = (dir: string) => [fileTask(dir, 0, 'sync'), fileTask(dir, 1, 'async'), fileTask(dir, 2, 'async')]
      const py = await Promise.all(tasks(pyDir).map((task) => executor.run(task)))
      const node = await Promise.all(tasks(nodeDir).map((task) => runFileIo(task)))
      expect(py.map((o) => essentials(o.result))).toEqual(node.map(essentials))
      expect(py.every((o) => o.result.bytesVerified === 120_000 && o.result.uvThreadpoolSize === undefined)).toBe(true)
      expect(readdirSync(pyDir)).toEqual([])
    })

    it('file-io read mode: checks the files the engine wrote, and finds a damaged one as Node does', async () => {
      const dir = tempDir()
      const base = { ...fileTask(dir, 4, 'async'), files: 4 }
      const expectedCrcs = await writeFilesForReading(base)
      appendFileSync(join(dir, 't4-2.bin'), 'x')
      const task: FileIoTask = { ...base, mode: 'read', expectedCrcs }
      const executor = await startPython(path, { ...variant, size: 1 })
      const py = (await executor.run(task)).result
      expect(essentials(py)).toEqual(essentials(await runFileIo(task)))
      expect([py.mismatches, py.bytesVerified]).toEqual([1, 120_000])
    })

    it('network-fetch: the Node kernel\'s counts from the loopback server, and from a user URL (chunked, close-delimited)', async () => {
      const options = { payloadSize: 7777, latencyMs: 1, jitterMs: 2, seed: 5 }
      const server = onCleanup(await startLoopbackServer(options), (s) => s.stop())
      const payload = loopbackPayload(options)
      const own: FetchTask = { kind: 'fetch', url: server.url, requests: 6, inFlight: 3, firstId: 0, timeoutMs: 10_000, maxBodyBytes: 1 << 20, expect: { length: payload.length, crc32: crc32(payload) } }
      const executor = await startPython(path, { ...variant, size: 2 })
      const counts = (r: { responses: number; bytes: number; verifiedBytes: number; mismatches: number; latenciesUs: number[] }) => [r.responses, r.bytes, r.verifiedBytes, r.mismatches, r.latenciesUs.length]
      const py = await Promise.all([own, { ...own, firstId: 6 }].map((t) => executor.run(t)))
      expect(py.map((o) => counts(o.result))).toEqual([0, 6].map(() => [6, 6 * 7777, 6 * 7777, 0, 6]))
      expect(py[0]!.result.uvThreadpoolSize).toBeUndefined()
      expect(await server.stop()).toEqual({ served: 12 })

      for (const url of [`${await userServer()}/chunked?q=1`, await closeDelimitedServer()]) {
        const task: FetchTask = { ...own, url, requests: 3, inFlight: 2, firstId: null, expect: null }
        expect(counts((await executor.run(task)).result)).toEqual(counts(await runFetch(task)))
      }
    })

    it('network-fetch failures say what the Node kernel says: refused, HTTP status, timed out, bad URL', async () => {
      const base = await userServer()
      const executor = await startPython(path, { ...variant, size: 1 })
      const ownRefused = { length: 1, crc32: 0 }
      const cases: FetchTask[] = [
        { kind: 'fetch', url: `http://127.0.0.1:${await closedPort()}/`, requests: 2, inFlight: 2, firstId: 0, timeoutMs: 5000, maxBodyBytes: 1000, expect: ownRefused },
        { kind: 'fetch', url: `${base}/missing`, requests: 2, inFlight: 1, firstId: null, timeoutMs: 5000, maxBodyBytes: 1000, expect: null },
        { kind: 'fetch', url: `${base}/slow`, requests: 3, inFlight: 2, firstId: null, timeoutMs: 300, maxBodyBytes: 1000, expect: null },
        { kind: 'fetch', url: `${base}/chunked`, requests: 1, inFlight: 1, firstId: null, timeoutMs: 5000, maxBodyBytes: 1000, expect: null },
        { kind: 'fetch', url: 'ftp://example.invalid/x', requests: 1, inFlight: 1, firstId: null, timeoutMs: 5000, maxBodyBytes: 1000, expect: null },
      ]
      for (const task of cases) {
        const node = await failureOf(runFetch(task))
        expect(await failureOf(executor.run(task))).toEqual(node)
      }
      // The interpreter survives its tasks' failures.
      expect(executor.pids.length).toBeGreaterThan(0)
    })
  })
})
