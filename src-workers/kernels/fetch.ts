/**
 * The network-fetch kernel: GETs one URL `requests` times, `inFlight` at once, over keep-alive
 * connections, and checks every body (length and CRC-32 against what the loopback server sends, or
 * Content-Length for somebody else's URL). Built on node:http(s) rather than global `fetch`
 * (undici) because its per-request CPU cost is lower and steadier, and what this workload should
 * show is waiting, not the client's own work.
 *
 * Every failure says what was asked and what went wrong in words a user can act on; the first
 * failure stops the task and drops the requests still in flight.
 */
import http from 'node:http'
import https from 'node:https'
import { crc32 } from 'node:zlib'
import type { FetchResult, FetchTask } from '../../src-shared/protocol'
import { currentUvThreadpoolSize } from './uv-pool'
import { type LockScope, NO_LOCK } from '../global-lock-scope'
import { CodedError, type EngineMessage, englishText, message } from '../../src-shared/engine-message'

export class FetchError extends CodedError {
  override name = 'FetchError'
}

/**
 * Whom a failure is about. A task with `expect` fetches from the lab's own loopback server: when
 * that fails, the server (a process of the lab's) stopped or broke, and blaming its URL, a random
 * local port, would send the user after the wrong thing.
 */
type Target = { kind: 'own-server' } | { kind: 'url'; shown: string }

/** Every sentence a fetch failure can say, in one place: codes of the `engine` catalogue area. */
export const FETCH_TEXT = {
  ownServer: message('fetchOwnServer'),
  refused: (t: Target) => (t.kind === 'own-server' ? message('fetchRefusedOwn') : message('fetchRefused', { url: t.shown })),
  hostNotFound: (shown: string) => message('fetchHostNotFound', { url: shown }),
  reset: (t: Target) => (t.kind === 'own-server' ? message('fetchResetOwn') : message('fetchReset', { url: t.shown })),
  closedEarly: (t: Target) => (t.kind === 'own-server' ? message('fetchClosedEarlyOwn') : message('fetchClosedEarly', { url: t.shown })),
  unreachable: (shown: string) => message('fetchUnreachable', { url: shown }),
  timedOut: (who: EngineMessage, ms: number) => message('fetchTimedOut', { ms }, who),
  httpStatus: (who: EngineMessage, status: number, text: string | undefined) => message('fetchHttpStatus', { status, statusText: text ? ` ${text}` : '' }, who),
  tooLarge: (who: EngineMessage, max: number) => message('fetchTooLarge', { max }, who),
  other: (who: EngineMessage, why: string) => message('fetchOther', { why }, who),
  invalidUrl: (text: string) => message('fetchInvalidUrl', { url: text }),
  badProtocol: (text: string) => message('fetchBadProtocol', { url: text }),
  cancelled: message('fetchCancelled'),
} as const

function nameOf(t: Target): EngineMessage {
  return t.kind === 'own-server' ? FETCH_TEXT.ownServer : message('fetchUrl', { url: t.shown })
}

interface Body {
  length: number
  crc: number
  contentLength: number | null
}

/** `lock`: the global-lock mode's scope; each request's wait runs with the lock released. */
export async function runFetch(task: FetchTask, signal?: AbortSignal, lock: LockScope = NO_LOCK): Promise<FetchResult> {
  const base = parseUrl(task.url)
  const client = base.protocol === 'https:' ? https : http
  // One agent per task: its sockets are the task's own, so tasks in flight on one event loop
  // (main-async) do not share, and cap, each other's connections.
  const agent = new client.Agent({ keepAlive: true, maxSockets: task.inFlight })
  const stop = new AbortController()
  const onAbort = () => stop.abort(signal?.reason)
  signal?.addEventListener('abort', onAbort, { once: true })
  const result: FetchResult = { kind: 'fetch', responses: 0, bytes: 0, verifiedBytes: 0, mismatches: 0, latenciesUs: [], uvThreadpoolSize: currentUvThreadpoolSize() }
  let next = 0
  try {
    signal?.throwIfAborted()
    const lane = async () => {
      while (next < task.requests && !stop.signal.aborted) {
        const k = next++
        const url = task.firstId === null ? base : withId(base, task.firstId + k)
        const t0 = performance.now()
        const body = await lock.around(() => getOnce(client, agent, url, task, stop.signal))
        result.latenciesUs.push(Math.round((performance.now() - t0) * 10_000) / 10)
        result.responses++
        result.bytes += body.length
        if (matches(body, task)) result.verifiedBytes += body.length
        else result.mismatches++
      }
    }
    const lanes = Array.from({ length: Math.min(task.inFlight, task.requests) }, lane)
    // The first failure aborts the others at once rather than letting them run to their timeouts.
    await Promise.all(lanes.map((l) => l.catch((error: unknown) => (stop.abort(error), Promise.reject(error)))))
    signal?.throwIfAborted()
    return result
  } finally {
    signal?.removeEventListener('abort', onAbort)
    stop.abort()
    agent.destroy()
  }
}

function matches(body: Body, task: FetchTask): boolean {
  if (task.expect) return body.length === task.expect.length && body.crc === task.expect.crc32
  return body.contentLength === null || body.contentLength === body.length
}

function parseUrl(text: string): URL {
  let url: URL
  try {
    url = new URL(text)
  } catch {
    throw new FetchError(FETCH_TEXT.invalidUrl(text))
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new FetchError(FETCH_TEXT.badProtocol(text))
  return url
}

function withId(base: URL, id: number): URL {
  const url = new URL(base)
  url.searchParams.set('i', String(id))
  return url
}

function getOnce(client: typeof http | typeof https, agent: http.Agent, url: URL, task: FetchTask, stop: AbortSignal): Promise<Body> {
  const shown = url.origin + url.pathname
  const target: Target = task.expect ? { kind: 'own-server' } : { kind: 'url', shown }
  const who = nameOf(target)
  return new Promise<Body>((resolve, reject) => {
    let settled = false
    let request: http.ClientRequest | undefined
    const finish = (error: Error | undefined, body?: Body) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      stop.removeEventListener('abort', onStop)
      if (error) {
        request?.destroy()
        reject(error)
      } else resolve(body!)
    }
    // A deadline on the whole exchange, not an idle timeout: a server that trickles bytes must
    // not hold a request past its bound either.
    const timer = setTimeout(() => finish(new FetchError(FETCH_TEXT.timedOut(who, task.timeoutMs))), task.timeoutMs)
    const onStop = () => finish(stop.reason instanceof Error ? stop.reason : new FetchError(FETCH_TEXT.cancelled))
    if (stop.aborted) return onStop()
    stop.addEventListener('abort', onStop, { once: true })

    try {
      request = client.get(url, { agent }, (response) => {
        const status = response.statusCode ?? 0
        if (status < 200 || status > 299) {
          response.resume()
          finish(new FetchError(FETCH_TEXT.httpStatus(who, status, response.statusMessage)))
          return
        }
        const header = response.headers['content-length']
        const contentLength = header === undefined ? null : Number(header)
        let length = 0
        let crc = 0
        response.on('data', (chunk: Buffer) => {
          length += chunk.length
          if (length > task.maxBodyBytes) {
            finish(new FetchError(FETCH_TEXT.tooLarge(who, task.maxBodyBytes)))
            return
          }
          crc = crc32(chunk, crc)
        })
        response.on('end', () => finish(undefined, { length, crc, contentLength }))
        response.on('error', (error) => finish(describe(error, target)))
        response.on('close', () => {
          if (!response.complete) finish(new FetchError(FETCH_TEXT.closedEarly(target)))
        })
      })
      request.on('error', (error) => finish(describe(error, target)))
    } catch (error) {
      finish(describe(error instanceof Error ? error : new Error(String(error)), target))
    }
  })
}

const shownOf = (t: Target): string => (t.kind === 'own-server' ? englishText(FETCH_TEXT.ownServer) : t.shown)

/** Node's network errors by code, as sentences. */
function describe(error: Error, target: Target): FetchError {
  const code = (error as NodeJS.ErrnoException).code
  const who = nameOf(target)
  switch (code) {
    case 'ECONNREFUSED':
      return new FetchError(FETCH_TEXT.refused(target))
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return new FetchError(FETCH_TEXT.hostNotFound(shownOf(target)))
    case 'ECONNRESET':
    case 'EPIPE':
      return new FetchError(FETCH_TEXT.reset(target))
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return new FetchError(FETCH_TEXT.unreachable(shownOf(target)))
    default:
      return new FetchError(FETCH_TEXT.other(who, error.message))
  }
}
