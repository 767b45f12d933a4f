/**
 * Network fetch, the I/O-bound workload where almost all the time is waiting: each task GETs a
 * URL many times, a few requests in flight, and verifies every body. Against the lab's loopback
 * server (its own process, so serving never competes with the orchestrator's event loop) the
 * wait is the injected latency; one event loop with N tasks in flight should keep up with N
 * threads or N processes, because waiting costs no core.
 *
 * With a user URL, `prepare` sends one probe so that a malformed, unreachable or slow URL fails
 * at once with a clear message, before any runtime starts; the request count per repetition is
 * bounded by the schema and every request by its timeout.
 */
import { crc32 } from 'node:zlib'
import { type NetworkFetchOptions, USER_URL_MAX_BODY_BYTES } from '../../../src-shared/workloads/network-fetch'
import type { FetchTask } from '../../../src-shared/protocol'
import type { Check } from '../../../src-shared/report'
import { runFetch } from '../../../src-workers/kernels/fetch'
import { type LoopbackServer, startLoopbackServer } from '../loopback/controller'
import { loopbackPayload } from '../loopback/server'
import { latencyFigures, throughputAt } from './io-figures'
import type { SweepWorkload } from './experiment'

export interface NetworkFetchDeps {
  startServer?: typeof startLoopbackServer
  /** Learns of the server once it listens (tests check its pid is gone afterwards). */
  onServer?: (server: LoopbackServer) => void
}

export class UrlProbeError extends Error {
  override name = 'UrlProbeError'
}

/** One GET of a user URL within its time bound; throws a UrlProbeError that names the URL. */
export async function probeUrl(url: string, timeoutMs: number, signal?: AbortSignal): Promise<void> {
  try {
    await runFetch({ kind: 'fetch', url, requests: 1, inFlight: 1, firstId: null, timeoutMs, maxBodyBytes: USER_URL_MAX_BODY_BYTES, expect: null }, signal)
  } catch (error) {
    if (signal?.aborted) throw error
    throw new UrlProbeError(`${url} cannot be measured: ${error instanceof Error ? error.message : String(error)}`)
  }
}

export function networkFetchWorkload(options: NetworkFetchOptions, deps: NetworkFetchDeps = {}): SweepWorkload<FetchTask> {
  const totalRequests = options.tasks * options.requests
  const own = options.url === undefined
  let server: LoopbackServer | undefined
  let baseUrl: string | undefined
  let expect: FetchTask['expect'] = null

  return {
    options,
    async prepare(signal) {
      if (options.url !== undefined) {
        await probeUrl(options.url, options.requestTimeoutMs, signal)
        baseUrl = options.url
        return
      }
      const payload = loopbackPayload(options)
      expect = { length: payload.length, crc32: crc32(payload) }
      const start = deps.startServer ?? startLoopbackServer
      server = await start({ payloadSize: options.payloadSize, latencyMs: options.latencyMs, jitterMs: options.jitterMs, seed: options.seed }, { signal })
      deps.onServer?.(server)
      baseUrl = server.url
    },
    tasks(): FetchTask[] {
      const url = baseUrl
      if (url === undefined) throw new Error('network-fetch: tasks were asked for before prepare() found the server')
      return Array.from({ length: options.tasks }, (_, t) => ({
        kind: 'fetch',
        url,
        requests: options.requests,
        inFlight: options.inFlight,
        // Request ids run on across tasks, so that each request has its own jitter.
        firstId: own ? t * options.requests : null,
        timeoutMs: options.requestTimeoutMs,
        maxBodyBytes: USER_URL_MAX_BODY_BYTES,
        expect,
      }))
    },
    check(fetched): Check {
      const responses = fetched.reduce((sum, r) => sum + r.responses, 0)
      const clean = responses === totalRequests && fetched.every((r) => r.mismatches === 0)
      if (!own) {
        // Somebody else's server: nothing independent is known about the body but its length.
        return { expected: null, actual: fetched.reduce((sum, r) => sum + r.bytes, 0), ok: clean, source: 'none' }
      }
      const expected = totalRequests * options.payloadSize
      const actual = fetched.reduce((sum, r) => sum + r.verifiedBytes, 0)
      return { expected, actual, ok: clean && actual === expected, source: 'checksum' }
    },
    pointExtras(repetitions, samplesMs) {
      const fetched = repetitions.flat().map((o) => o.result)
      const uv = fetched[0]?.uvThreadpoolSize
      return {
        throughput: throughputAt(samplesMs, totalRequests, 'requests/s'),
        ...latencyFigures({ request: fetched.flatMap((r) => r.latenciesUs) }),
        ...(uv === undefined ? {} : { uvThreadpoolSize: uv }),
      }
    },
    async dispose() {
      const running = server
      server = undefined
      baseUrl = undefined
      if (running) await running.stop()
    },
  }
}
