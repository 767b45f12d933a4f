/**
 * Web mode: the lab in a browser tab. An HTTP server on 127.0.0.1 serves the built renderer
 * under `/<token>/` and speaks `LabApi` over a WebSocket at `/<token>/ws`. Every request and
 * every socket must carry the token and a local Host (and a local Origin when one is sent).
 */
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Duplex } from 'node:stream'
import { type WebSocket, WebSocketServer } from 'ws'
import type { LabService } from '../engine/lab-service'
import { MAX_CALL_BYTES } from '../../src-shared/api'
import { headerCount, hostAllowed, newToken, originAllowed, securityHeaders, splitTokenPath, tokenMatches } from './access'
import { attachRpcSocket } from './rpc-socket'
import { serveStatic } from '../serving/static-files'
import { STRICT_WEB_POLICY, type WebRunPolicy, withRunPolicy } from './run-policy'

export const LOOPBACK = '127.0.0.1'

export interface WebServerOptions {
  /** Folder of the built renderer (out/renderer). */
  rendererRoot: string
  service: LabService
  /** 0 (the default) lets the OS pick a free port. */
  port?: number
  /** Fixed token for tests; a fresh random one otherwise. */
  token?: string
  /** Where clients may point file I/O and fetches (default: temp folder and loopback only). */
  policy?: WebRunPolicy
}

export interface WebServer {
  /** The page to open, token included. */
  url: string
  port: number
  token: string
  /** Cancels what runs, closes every socket and the listener; resolves when all is down. */
  close(): Promise<void>
}

type Verdict = { ok: true; rest: string } | { ok: false; status: number; reason: string }

function judge(req: IncomingMessage, port: number, token: string): Verdict {
  if (headerCount(req.rawHeaders, 'host') > 1) return { ok: false, status: 400, reason: 'Duplicate Host header' }
  if (headerCount(req.rawHeaders, 'origin') > 1) return { ok: false, status: 400, reason: 'Duplicate Origin header' }
  if (!hostAllowed(req.headers.host, port)) return { ok: false, status: 403, reason: 'Host not allowed' }
  if (!originAllowed(req.headers.origin, port)) return { ok: false, status: 403, reason: 'Origin not allowed' }
  const { token: given, rest } = splitTokenPath(req.url)
  if (!tokenMatches(token, given)) return { ok: false, status: 403, reason: 'Missing or wrong token' }
  return { ok: true, rest }
}

function refuseUpgrade(socket: Duplex, status: number, reason: string): void {
  socket.end(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Type: text/plain\r\nContent-Length: ${reason.length}\r\n\r\n${reason}`)
}

const CLOSE_GRACE_MS = 1000

/**
 * Open sockets at once: a few tabs of the lab. Each may hold one message of up to
 * MAX_CALL_BYTES being read, so this bounds what clients can make the server hold.
 */
export const MAX_SOCKETS = 8
/** RFC 6455 "try again later": the client may retry once another tab has closed. */
const TRY_AGAIN_LATER = 1013

function closeSocket(ws: WebSocket, code = 1001, reason = 'The lab server is stopping'): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => ws.terminate(), CLOSE_GRACE_MS)
    ws.once('close', () => {
      clearTimeout(timer)
      resolve()
    })
    ws.close(code, reason)
  })
}

export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const token = options.token ?? newToken()
  const { service, rendererRoot } = options
  // Clients reach the engine only through the policy (the service itself stays whole for close()).
  const api = withRunPolicy(service, options.policy ?? STRICT_WEB_POLICY)
  let port = 0
  // The largest legitimate message is a call carrying reports (LAB_API's budgets); ws refuses a
  // longer one with close code 1009 before buffering it, and rpc-socket holds each call to its own budget.
  const sockets = new WebSocketServer({ noServer: true, maxPayload: MAX_CALL_BYTES })
  /** The sockets that carry calls (refused ones only pass through `sockets.clients` while closing). */
  const served = new Set<WebSocket>()

  const onRequest = (req: IncomingMessage, res: ServerResponse): void => {
    for (const [name, value] of Object.entries(securityHeaders(port))) res.setHeader(name, value)
    const verdict = judge(req, port, token)
    if (!verdict.ok) {
      res.writeHead(verdict.status, { 'Content-Type': 'text/plain; charset=utf-8' }).end(`${verdict.reason}\n`)
      return
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' }).end('Method not allowed\n')
      return
    }
    // `/<token>` alone: add the slash so that the page's relative asset URLs keep the token.
    if (verdict.rest === '') {
      res.writeHead(308, { Location: `/${encodeURIComponent(token)}/` }).end()
      return
    }
    serveStatic(rendererRoot, verdict.rest, req.method, res).catch(() => {
      if (!res.headersSent) res.writeHead(500).end()
      else res.destroy()
    })
  }

  const server: Server = createServer(onRequest)
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', () => socket.destroy())
    const verdict = judge(req, port, token)
    if (!verdict.ok) return refuseUpgrade(socket, verdict.status, verdict.reason)
    if (verdict.rest !== '/ws') return refuseUpgrade(socket, 404, 'Not found')
    sockets.handleUpgrade(req, socket, head, (ws) => {
      // Refused after the handshake, so that the page can show why; cut off if it does not answer.
      if (served.size >= MAX_SOCKETS) {
        ws.on('error', () => ws.terminate())
        return void closeSocket(ws, TRY_AGAIN_LATER, `Too many lab connections (at most ${MAX_SOCKETS}): close another tab`)
      }
      served.add(ws)
      ws.once('close', () => served.delete(ws))
      attachRpcSocket(ws, api)
    })
  })
  server.on('clientError', (_error, socket) => socket.destroy())

  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, LOOPBACK, () => {
      server.off('error', reject)
      resolvePromise()
    })
  })
  port = (server.address() as AddressInfo).port

  let closing: Promise<void> | undefined
  const close = (): Promise<void> => {
    closing ??= (async () => {
      // Stop taking new work first, then end the running suite: its workers are gone after this.
      const closed = new Promise<void>((r) => server.close(() => r()))
      await service.dispose()
      // A polite close flushes what is still buffered (the aborted suite's report); a client
      // that does not answer within the grace period is cut off.
      await Promise.all([...sockets.clients].map((ws) => closeSocket(ws)))
      sockets.close()
      server.closeAllConnections()
      await closed
    })()
    return closing
  }

  return { url: `http://${LOOPBACK}:${port}/${token}/`, port, token, close }
}
