/**
 * The fetch kernel against real HTTP servers on 127.0.0.1, made here so that each can misbehave
 * in one precise way. No duration is asserted: a timeout is only checked to be reported as one.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { crc32 } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import type { FetchTask } from '../../../src-shared/protocol'
import { runFetch } from '../../../src-workers/kernels/fetch'
import { patternBytes } from '../../../src-workers/kernels/pattern'
import { onCleanup } from '../../helpers/cleanup'

interface TestServer {
  url: string
  port: number
  ids: string[]
  sockets: number
  maxConcurrent: number
}

async function serve(handler: (req: http.IncomingMessage, res: http.ServerResponse, state: TestServer) => void): Promise<TestServer> {
  const state: TestServer = { url: '', port: 0, ids: [], sockets: 0, maxConcurrent: 0 }
  const server = http.createServer((req, res) => {
    state.ids.push(new URL(req.url ?? '/', 'http://x').searchParams.get('i') ?? '')
    handler(req, res, state)
  })
  server.on('connection', () => state.sockets++)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  onCleanup(server, (s) => new Promise((resolve) => (s.closeAllConnections(), s.close(resolve))))
  state.port = (server.address() as AddressInfo).port
  state.url = `http://127.0.0.1:${state.port}/data`
  return state
}

const body = patternBytes(5000, 3)
const expectBody = { length: body.length, crc32: crc32(body) }

function task(url: string, overrides: Partial<FetchTask> = {}): FetchTask {
  return { kind: 'fetch', url, requests: 8, inFlight: 2, firstId: 100, timeoutMs: 10_000, maxBodyBytes: 1 << 20, expect: expectBody, ...overrides }
}

describe('runFetch', () => {
  it('verifies every body, asks each id once and reuses keep-alive connections', async () => {
    const server = await serve((_, res) => res.end(body))
    const result = await runFetch(task(server.url))
    expect(result).toMatchObject({ kind: 'fetch', responses: 8, bytes: 40_000, verifiedBytes: 40_000, mismatches: 0 })
    expect(result.latenciesUs).toHaveLength(8)
    expect(server.ids.map(Number).sort((a, b) => a - b)).toEqual([100, 101, 102, 103, 104, 105, 106, 107])
    expect(server.sockets).toBeLessThanOrEqual(2)
  })

  it('keeps exactly inFlight requests open at once', async () => {
    // The server holds every answer until it has seen 3 at the same time (or gives up after 2 s),
    // so the maximum it saw is what the client kept in flight, whatever the machine's speed.
    let open: http.ServerResponse[] = []
    const server = await serve((_, res, state) => {
      open.push(res)
      state.maxConcurrent = Math.max(state.maxConcurrent, open.length)
      const release = () => {
        const batch = open
        open = []
        for (const r of batch) r.end(body)
      }
      if (open.length >= 3) release()
      else setTimeout(release, 2000)
    })
    const result = await runFetch(task(server.url, { requests: 9, inFlight: 3 }))
    expect(result.mismatches).toBe(0)
    expect(server.maxConcurrent).toBe(3)
  })

  it('counts a body with a wrong byte or length as a mismatch', async () => {
    let n = 0
    const server = await serve((_, res) => {
      n++
      const copy = Buffer.from(body)
      if (n === 2) copy[10] = copy[10]! ^ 1
      res.end(n === 3 ? copy.subarray(1) : copy)
    })
    const result = await runFetch(task(server.url, { requests: 4, inFlight: 1 }))
    expect(result).toMatchObject({ responses: 4, mismatches: 2, verifiedBytes: 10_000 })
  })

  it('checks only Content-Length when nothing is expected, and does not touch a user URL', async () => {
    const server = await serve((req, res) => res.end(`hello ${req.url}`))
    const result = await runFetch(task(`${server.url}?q=1`, { expect: null, firstId: null, requests: 3 }))
    expect(result).toMatchObject({ responses: 3, mismatches: 0, verifiedBytes: result.bytes })
    expect(server.ids).toEqual(['', '', ''])
  })

  it('says clearly when nothing listens, when the server is slow, and when it answers an error', async () => {
    // A server that accepts and never answers, and a port nothing listens on any more.
    const silent = await serve(() => undefined)
    const gone = http.createServer()
    await new Promise<void>((resolve) => gone.listen(0, '127.0.0.1', resolve))
    const freePort = (gone.address() as AddressInfo).port
    await new Promise((resolve) => gone.close(resolve))

    // A user URL (nothing expected) is named; the lab's own server (a body expected) is named as such.
    await expect(runFetch(task(`http://127.0.0.1:${freePort}/x`, { expect: null }))).rejects.toThrow(
      /could not connect to http:\/\/127\.0\.0\.1:\d+\/x: connection refused/,
    )
    await expect(runFetch(task(`http://127.0.0.1:${freePort}/x`))).rejects.toThrow(/could not connect to the lab's own loopback server: it is no longer running/)
    await expect(runFetch(task(`http://127.0.0.1:${silent.port}/slow`, { timeoutMs: 150, expect: null }))).rejects.toThrow(/no complete answer from .*\/slow within 150 ms/)
    const missing = await serve((_, res) => res.writeHead(404, 'Not Found').end())
    await expect(runFetch(task(missing.url))).rejects.toThrow(/answered HTTP 404 Not Found/)
    await expect(runFetch(task('not a url'))).rejects.toThrow(/"not a url" is not a valid URL/)
    const huge = await serve((_, res) => res.end(Buffer.alloc(2048)))
    await expect(runFetch(task(huge.url, { maxBodyBytes: 1024 }))).rejects.toThrow(/more than 1024 bytes/)
  })

  it('stops at once when cancelled, dropping the requests in flight', async () => {
    const server = await serve(() => undefined)
    const controller = new AbortController()
    const running = runFetch(task(server.url), controller.signal)
    while (server.ids.length < 2) await new Promise((resolve) => setTimeout(resolve, 5))
    controller.abort(new Error('user cancel'))
    await expect(running).rejects.toThrow('user cancel')
  })
})
