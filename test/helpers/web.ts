/** The web server on a temp renderer folder, and small raw HTTP / WebSocket clients for it. */
import { mkdir, writeFile } from 'node:fs/promises'
import { request } from 'node:http'
import { connect } from 'node:net'
import { join } from 'node:path'
import WebSocket from 'ws'
import type { EngineToRenderer } from '../../src-shared/protocol'
import type { LabServiceOptions } from '../../src-main/engine/lab-ports'
import { type WebServer, startWebServer } from '../../src-main/web/server'
import type { WebRunPolicy } from '../../src-main/web/run-policy'
import { onCleanup } from './cleanup'
import { newLabService, tempDir } from './lab'

export const PAGE = '<!doctype html><html><head><script type="module" src="./assets/app.js"></script></head><body></body></html>'

export interface TestServerOptions {
  /** Adds to the renderer folder (links, odd files) before the server starts. */
  prepare?: (root: string) => Promise<void>
  policy?: WebRunPolicy
}

export async function startTestServer(extra: Partial<LabServiceOptions> = {}, options: TestServerOptions = {}): Promise<WebServer> {
  const root = await tempDir('conlab-renderer-')
  await mkdir(join(root, 'assets'))
  await writeFile(join(root, 'index.html'), PAGE)
  await writeFile(join(root, 'assets', 'app.js'), 'console.log("lab")\n')
  await options.prepare?.(root)
  const service = await newLabService(extra)
  const server = await startWebServer({ rendererRoot: root, service, ...(options.policy ? { policy: options.policy } : {}) })
  return onCleanup(server, (s) => s.close())
}

export interface HttpAnswer {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

/** A raw GET with exactly the headers given (Host included), as a hostile page or tool could send. */
export function get(port: number, path: string, headers: Record<string, string> = {}): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET', headers }, (res) => {
      let body = ''
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => (body += chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }))
    })
    req.on('error', reject)
    req.end()
  })
}

/** Opens a socket; resolves with it once open, or with the HTTP status the server refused it with. */
export function openSocket(url: string, options: WebSocket.ClientOptions = {}): Promise<{ socket: WebSocket } | { refused: number }> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, options)
    socket.once('open', () => resolve({ socket: onCleanup(socket, (s) => s.terminate()) }))
    socket.once('unexpected-response', (_req, res) => {
      resolve({ refused: res.statusCode ?? 0 })
      socket.terminate()
    })
    socket.once('error', (error) => reject(error))
  })
}

export function socketUrl(server: WebServer, token = server.token): string {
  return `ws://127.0.0.1:${server.port}/${token}/ws`
}

/** Collects every message the server sends on a socket. */
export function inbox(socket: WebSocket): { messages: EngineToRenderer[]; next(match: (m: EngineToRenderer) => boolean): Promise<EngineToRenderer> } {
  const messages: EngineToRenderer[] = []
  const waiters: Array<{ match: (m: EngineToRenderer) => boolean; resolve: (m: EngineToRenderer) => void }> = []
  socket.on('message', (data) => {
    const message = JSON.parse(String(data)) as EngineToRenderer
    messages.push(message)
    for (const waiter of waiters.filter((w) => w.match(message))) {
      waiters.splice(waiters.indexOf(waiter), 1)
      waiter.resolve(message)
    }
  })
  return {
    messages,
    next: (match) => {
      const seen = messages.find(match)
      if (seen) return Promise.resolve(seen)
      return new Promise((resolve) => waiters.push({ match, resolve }))
    },
  }
}

/**
 * A request written byte for byte on a raw socket, for what Node's client cannot send (two Host
 * headers). Resolves with the status line's code; bounded by a timeout so a silent server fails.
 */
export function rawRequest(port: number, lines: string[], timeoutMs = 5000): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(`${lines.join('\r\n')}\r\n\r\n`))
    let answer = ''
    const timer = setTimeout(() => {
      socket.destroy()
      reject(new Error(`no answer within ${timeoutMs} ms; got ${JSON.stringify(answer)}`))
    }, timeoutMs)
    socket.setEncoding('utf8')
    socket.on('data', (chunk: string) => {
      answer += chunk
      const status = /^HTTP\/1\.1 (\d{3})/.exec(answer)
      if (status) {
        clearTimeout(timer)
        socket.destroy()
        resolve(Number(status[1]))
      }
    })
    socket.on('error', (error) => {
      clearTimeout(timer)
      reject(error)
    })
  })
}
