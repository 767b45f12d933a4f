/**
 * `LabApi` over a WebSocket, for web mode (`npm run serve`). Calls become `call` messages with
 * an id, answered by `reply` messages; suite events arrive as `event` messages (protocol.ts,
 * "Renderer <-> engine"). Written against a minimal socket shape so the same code runs in the
 * browser and, with the `ws` package, in Node tests against the real server.
 */
import { LAB_API, type LabApi, type LabApiMethod, type SuiteEvent } from '../../src-shared/api'
import { labCallsOver } from '../../src-shared/lab-client'
import { EngineToRendererEnvelopeSchema } from '../../src-shared/lab-messages'
import { type RendererToEngine, assertNever } from '../../src-shared/protocol'
import { translate as t } from '../i18n'

/** The members of the browser's WebSocket we use (the `ws` package offers the same). */
export interface SocketLike {
  readonly readyState: number
  send(data: string): void
  close(code?: number, reason?: string): void
  addEventListener(type: 'open' | 'error', listener: () => void): void
  addEventListener(type: 'close', listener: (event: { code: number; reason: string }) => void): void
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
  if (!token) throw new Error(t('connection.noToken'))
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws'
  return `${scheme}://${location.host}/${encodeURIComponent(token)}/ws`
}

interface Pending {
  resolve(value: unknown): void
  reject(error: Error): void
}

const OPEN = 1
const FIRST_RETRY_MS = 500
const MAX_RETRY_MS = 5000
/** Attempts before giving up (about 40 s in all): then the page says so and offers a button. */
export const MAX_RECONNECT_ATTEMPTS = 10

/**
 * The link to the engine as the header shows it. `retrying`: lost, trying again (attempt k of
 * MAX_RECONNECT_ATTEMPTS); `offline`: given up until the user asks again.
 */
export type ConnectionState =
  | { kind: 'connecting' }
  | { kind: 'open' }
  | { kind: 'retrying'; attempt: number; message: string }
  | { kind: 'offline'; message: string }
/** RFC 6455 close code: the server refused a message over its size cap. */
const MESSAGE_TOO_BIG = 1009

/** What a close means for the calls it ends: the server's own reason when it gave one. */
function closeMessage(event: { code: number; reason: string }, fallback: string): string {
  if (event.code === MESSAGE_TOO_BIG) return t('connection.tooLargeRefused')
  return event.reason ? t('connection.closedBecause', { reason: event.reason }) : fallback
}

const KIB = 1024
const MIB = KIB * KIB
const sizeText = (bytes: number): string => (bytes >= MIB ? `${(bytes / MIB).toFixed(1)} MiB` : `${Math.ceil(bytes / KIB)} KiB`)

/** UTF-8 size without encoding when the length alone decides (one UTF-16 unit is 1 to 3 bytes). */
function tooLarge(text: string, maxBytes: number): number | null {
  if (text.length * 3 <= maxBytes) return null
  const bytes = new TextEncoder().encode(text).length
  return bytes > maxBytes ? bytes : null
}

export type WsLabApi = LabApi & {
  /** Closes the socket for good: pending calls fail, no reconnect. */
  close(): void
  /** Follows the connection (called at once with the current state); returns the unsubscribe function. */
  onConnection(listener: (state: ConnectionState) => void): () => void
  /** Starts trying again after the attempts ran out (a button in the header). */
  reconnect(): void
}

export function createWsLabApi(url: string, connect: SocketFactory): WsLabApi {
  const pending = new Map<number, Pending>()
  const listeners = new Set<(event: SuiteEvent) => void>()
  let connecting: Promise<SocketLike> | undefined
  let socket: SocketLike | undefined
  let nextId = 0
  let closedForGood = false
  let retryMs = FIRST_RETRY_MS
  let attempts = 0
  let retryTimer: ReturnType<typeof setTimeout> | undefined
  let state: ConnectionState = { kind: 'connecting' }
  const watchers = new Set<(state: ConnectionState) => void>()

  function setState(next: ConnectionState): void {
    state = next
    for (const watcher of [...watchers]) watcher(next)
  }

  /** Backoff doubling up to MAX_RETRY_MS, at most MAX_RECONNECT_ATTEMPTS times in a row. */
  function scheduleRetry(message: string): void {
    if (closedForGood || listeners.size === 0 || retryTimer !== undefined) return
    if (attempts >= MAX_RECONNECT_ATTEMPTS) return setState({ kind: 'offline', message })
    attempts += 1
    setState({ kind: 'retrying', attempt: attempts, message })
    retryTimer = setTimeout(() => {
      retryTimer = undefined
      void open().catch(() => undefined)
    }, retryMs)
    retryMs = Math.min(MAX_RETRY_MS, retryMs * 2)
  }

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
    if (closedForGood) return Promise.reject(new Error(t('connection.closed')))
    connecting ??= new Promise<SocketLike>((resolve, reject) => {
      const next = connect(url)
      next.addEventListener('open', () => {
        socket = next
        retryMs = FIRST_RETRY_MS
        attempts = 0
        resolve(next)
        setState({ kind: 'open' })
      })
      next.addEventListener('message', (event) => receive(event.data))
      next.addEventListener('error', () => undefined) // a close event always follows
      next.addEventListener('close', (event) => {
        const wasOpen = socket === next
        if (wasOpen) socket = undefined
        connecting = undefined
        reject(new Error(closeMessage(event, t('connection.unreachable'))))
        failPending(closeMessage(event, t('connection.lost')))
        // Event subscribers expect events to keep coming: reconnect while someone listens.
        scheduleRetry(closeMessage(event, wasOpen ? t('connection.lost') : t('connection.unreachable')))
      })
    })
    return connecting
  }

  async function call(method: LabApiMethod, args: unknown[]): Promise<unknown> {
    // JSON turns a trailing `undefined` (an omitted optional argument) into null; drop it instead.
    const sent = [...args]
    while (sent.length > 0 && sent[sent.length - 1] === undefined) sent.pop()
    const id = nextId++
    const message: RendererToEngine = { type: 'call', id, method, args: sent }
    const text = JSON.stringify(message)
    // Said here, plainly, rather than by the server closing the socket on an oversized message.
    const bytes = tooLarge(text, LAB_API[method].maxBytes)
    if (bytes !== null) throw new Error(t('connection.tooLargeToSend', { size: sizeText(bytes), max: sizeText(LAB_API[method].maxBytes), method }))
    const ready = await open()
    return new Promise<unknown>((resolve, reject) => {
      pending.set(id, { resolve, reject })
      ready.send(text)
    })
  }

  return {
    ...labCallsOver(call),
    onSuiteEvent(listener) {
      listeners.add(listener)
      void open().catch(() => undefined)
      return () => void listeners.delete(listener)
    },
    close() {
      closedForGood = true
      clearTimeout(retryTimer)
      retryTimer = undefined
      watchers.clear()
      failPending(t('connection.closed'))
      socket?.close()
    },
    onConnection(watcher) {
      watchers.add(watcher)
      watcher(state)
      return () => void watchers.delete(watcher)
    },
    reconnect() {
      if (closedForGood || socket?.readyState === OPEN) return
      clearTimeout(retryTimer)
      retryTimer = undefined
      attempts = 0
      retryMs = FIRST_RETRY_MS
      setState({ kind: 'connecting' })
      void open().catch(() => undefined)
    },
  }
}
