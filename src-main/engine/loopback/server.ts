/**
 * The HTTP side of the lab's loopback server: every GET is answered, after an injected latency,
 * with the same deterministic body (so a client can verify it byte for byte), over keep-alive
 * connections. Runs in its own process (server-entry.ts) so that serving never competes with the
 * orchestrator's event loop, which may itself be the runtime under test (main-async).
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { patternBytes } from '../../../src-workers/kernels/pattern'
import type { LoopbackServerOptions } from './messages'

/**
 * The body every answer carries. The workload computes the same bytes to know the expected
 * length and checksum; pattern.ts is the one definition both use.
 */
export function loopbackPayload(options: Pick<LoopbackServerOptions, 'payloadSize' | 'seed'>): Buffer {
  return patternBytes(options.payloadSize, options.seed)
}

/**
 * Milliseconds to wait before answering request `id`: latency plus a jitter that depends only on
 * (seed, id), never on arrival order, so concurrent clients see the same delays every run.
 * The hash is murmur3's 32-bit finaliser, which spreads neighbouring ids evenly over [0, 1).
 */
export function delayFor(id: number, options: Pick<LoopbackServerOptions, 'latencyMs' | 'jitterMs' | 'seed'>): number {
  if (options.jitterMs === 0) return options.latencyMs
  let h = (options.seed ^ Math.imul(id >>> 0, 0x9e3779b1)) >>> 0
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return options.latencyMs + ((h >>> 0) / 2 ** 32) * options.jitterMs
}

export interface RunningLoopbackServer {
  port: number
  /** Answers sent in full so far. */
  served(): number
  /** Stops listening, drops pending answers and open connections. */
  close(): Promise<void>
}

export async function listenLoopback(options: LoopbackServerOptions): Promise<RunningLoopbackServer> {
  const payload = loopbackPayload(options)
  const pending = new Set<ReturnType<typeof setTimeout>>()
  let served = 0
  let nextId = 0

  const server = http.createServer((request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD' }).end()
      return
    }
    const given = Number(new URL(request.url ?? '/', 'http://127.0.0.1').searchParams.get('i'))
    const id = Number.isSafeInteger(given) && given >= 0 ? given : nextId++
    const answer = () => {
      response.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': payload.length })
      response.end(request.method === 'HEAD' ? undefined : payload, () => served++)
    }
    const delay = delayFor(id, options)
    if (delay <= 0) return answer()
    const timer = setTimeout(() => {
      pending.delete(timer)
      answer()
    }, delay)
    pending.add(timer)
    // A client that gives up must not leave its answer scheduled.
    request.once('close', () => {
      if (!response.writableEnded && pending.delete(timer)) clearTimeout(timer)
    })
  })
  // Keep-alive on, for longer than any pause between a task's requests.
  server.keepAliveTimeout = 60_000
  server.headersTimeout = 65_000

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen({ host: '127.0.0.1', port: 0 }, () => {
      server.off('error', reject)
      resolve()
    })
  })
  return {
    port: (server.address() as AddressInfo).port,
    served: () => served,
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of pending) clearTimeout(timer)
        pending.clear()
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}
