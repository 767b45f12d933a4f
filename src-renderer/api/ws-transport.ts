/**
 * `LabApi` over a WebSocket, for web mode (`npm run serve`). Calls become `call` messages with
 * an id, answered by `reply` messages; suite events arrive as `event` messages (protocol.ts,
 * "Renderer <-> engine"). Written against a minimal socket shape so the same code runs in the
 * browser and, with the `ws` package, in Node tests against the real server.
 */
import type { LabApi, LabApiMethod, SuiteEvent } from '../../src-shared/api'
import { EngineToRendererEnvelopeSchema } from '../../src-shared/lab-messages'
import { type RendererToEngine, assertNever } from '../../src-shared/protocol'

/** The members of the browser's WebSocket we use (the `ws` package offers the same). */
export interface SocketLike {
  readonly readyState: number
  send(data: string): void
  close(code?: number, reason?: string): void
  addEventListener(type: 'open' | 'close' | 'error', listener: () => void): void
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void
}
export type SocketFactory = (url: string) => SocketLike

export interface LocationLike {
  protocol: string
  host: string
  pathname: string
}

/** The server puts the token in the first path segment of the page URL: `/<token>/`. */
export function tokenFromLocation(location: Pick<LocationLike, 'pathname'>): string | null {
  const first = location.pathname.split('/').find((segment) => segment !== '')
  return first ? decodeURIComponent(first) : null
}

export function socketUrlFromLocation(location: LocationLike): string {
  const token = tokenFromLocation(location)
  if (!token) throw new Error('No access token in the page address: open the URL the lab server printed')
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws'
  return `${scheme}://${location.host}/${encodeURIComponent(token)}/ws`
}

type Result<M extends LabApiMethod> = Awaited<ReturnType<LabApi[M]>>

interface Pending {
  resolve(value: unknown): void
  reject(error: Error): void
}

const OPEN = 1
const MAX_RETRY_MS = 5000

export type WsLabApi = LabApi & {
  /** Closes the socket for good: pending calls fail, no reconnect. */
  close(): void
}

export function createWsLabApi(url: string, connect: SocketFactory): WsLabApi {
  const pending = new Map<number, Pending>()
  const listeners = new Set<(event: SuiteEvent) => void>()
  let connecting: Promise<SocketLike> | undefined
  let socket: SocketLike | undefined
  let nextId = 0
  let closedForGood = false
  let retryMs = 500

  function failPending(message: string): void {
    for (const entry of pending.values()) entry.reject(new Error(message))
    pending.clear()
  }

  function receive(data: unknown): void {
    if (typeof data !== 'string') return
    let value: unknown
    try {
      value = JSON.parse(data)
    } catch {
      return
    }
    const parsed = EngineToRendererEnvelopeSchema.safeParse(value)
    if (!parsed.success) return
    const message = parsed.data
    switch (message.type) {
      case 'reply': {
        const entry = message.id === null ? undefined : pending.get(message.id)
        if (!entry || message.id === null) {
          console.error('Lab server could not read a message:', message.outcome)
          return
        }
        pending.delete(message.id)
        if (message.outcome.ok) entry.resolve(message.outcome.value)
        else entry.reject(new Error(message.outcome.message))
        return
      }
      case 'event':
        // The envelope is checked; the event itself comes from our own engine (protocol.ts types it).
        for (const listener of [...listeners]) listener(message.payload as SuiteEvent)
        return
      default:
        assertNever(message, 'server message')
    }
  }

  function open(): Promise<SocketLike> {
    if (socket?.readyState === OPEN) return Promise.resolve(socket)
    if (closedForGood) return Promise.reject(new Error('The lab connection was closed'))
    connecting ??= new Promise<SocketLike>((resolve, reject) => {
      const next = connect(url)
      next.addEventListener('open', () => {
        socket = next
        retryMs = 500
        resolve(next)
      })
      next.addEventListener('message', (event) => receive(event.data))
      next.addEventListener('error', () => undefined) // a close event always follows
      next.addEventListener('close', () => {
        if (socket === next) socket = undefined
        connecting = undefined
        reject(new Error('Could not reach the lab server'))
        failPending('The connection to the lab server was lost')
        // Event subscribers expect events to keep coming: reconnect while someone listens.
        if (!closedForGood && listeners.size > 0) {
          setTimeout(() => void open().catch(() => undefined), retryMs)
          retryMs = Math.min(MAX_RETRY_MS, retryMs * 2)
        }
      })
    })
    return connecting
  }

  async function call<M extends LabApiMethod>(method: M, ...args: unknown[]): Promise<Result<M>> {
    const ready = await open()
    // JSON turns a trailing `undefined` (an omitted optional argument) into null; drop it instead.
    while (args.length > 0 && args[args.length - 1] === undefined) args.pop()
    const id = nextId++
    const message: RendererToEngine = { type: 'call', id, method, args }
    return new Promise<Result<M>>((resolve, reject) => {
      // The reply to method M carries M's result (the server routes by the same method name).
      pending.set(id, { resolve: (value) => resolve(value as Result<M>), reject })
      ready.send(JSON.stringify(message))
    })
  }

  return {
    getMachine: () => call('getMachine'),
    getRuntimes: () => call('getRuntimes'),
    enqueueSuite: (configs, label) => call('enqueueSuite', configs, label),
    cancelSuite: (suiteId) => call('cancelSuite', suiteId),
    listQueue: () => call('listQueue'),
    onSuiteEvent(listener) {
      listeners.add(listener)
      void open().catch(() => undefined)
      return () => void listeners.delete(listener)
    },
    listHistory: () => call('listHistory'),
    openHistory: (id) => call('openHistory', id),
    renameHistory: (id, title) => call('renameHistory', id, title),
    deleteHistory: (id) => call('deleteHistory', id),
    importReport: (fileName, text) => call('importReport', fileName, text),
    exportReport: (report, format) => call('exportReport', report, format),
    compareReports: (reports, baseline) => call('compareReports', reports, baseline),
    close() {
      closedForGood = true
      failPending('The lab connection was closed')
      socket?.close()
    },
  }
}
