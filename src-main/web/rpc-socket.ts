/**
 * One renderer's WebSocket: `LabApi` calls in, replies and suite events out (protocol.ts,
 * "Renderer <-> engine"). Every incoming message is validated; a bad one gets an error reply and
 * the connection carries on. Nothing a client sends can throw out of here.
 */
import type { RawData, WebSocket } from 'ws'
import { LAB_API, type LabApi } from '../../src-shared/api'
import { RendererToEngineSchema, salvageId } from '../../src-shared/lab-messages'
import { type EngineToRenderer, assertNever } from '../../src-shared/protocol'
import { describeZodError } from '../../src-shared/config'
import { dispatchLabCall } from '../engine/lab-dispatch'

/**
 * Progress events are many and each supersedes the last: a client that does not keep up skips
 * them rather than letting the server's memory grow. Results (points, runs, reports) always go.
 */
const PROGRESS_BACKLOG_BYTES = 4 * 1024 * 1024
const CLOSE_GRACE_MS = 1000

function send(socket: WebSocket, message: EngineToRenderer): void {
  if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(message))
}

function readMessage(data: RawData, isBinary: boolean): { ok: true; value: unknown; bytes: number } | { ok: false; message: string } {
  if (isBinary) return { ok: false, message: 'Binary messages are not accepted; send JSON text' }
  const buffer = Array.isArray(data) ? Buffer.concat(data) : Buffer.isBuffer(data) ? data : Buffer.from(data)
  try {
    return { ok: true, value: JSON.parse(buffer.toString('utf8')) as unknown, bytes: buffer.length }
  } catch {
    return { ok: false, message: 'Message is not valid JSON' }
  }
}

export function attachRpcSocket(socket: WebSocket, service: LabApi): void {
  const unsubscribe = service.onSuiteEvent((payload) => {
    if (payload.event.type === 'progress' && socket.bufferedAmount > PROGRESS_BACKLOG_BYTES) return
    send(socket, { type: 'event', payload })
  })
  socket.on('close', unsubscribe)
  socket.on('error', () => {
    // On a protocol error (1009: a message over the cap) ws has sent its close frame already:
    // give the client a moment to read why, then cut it off. Anything else, at once.
    if (socket.readyState === socket.CLOSING) setTimeout(() => socket.terminate(), CLOSE_GRACE_MS).unref()
    else socket.terminate()
  })

  socket.on('message', (data, isBinary) => {
    const read = readMessage(data, isBinary)
    if (!read.ok) {
      send(socket, { type: 'reply', id: null, outcome: read })
      return
    }
    const parsed = RendererToEngineSchema.safeParse(read.value)
    if (!parsed.success) {
      const message = `Bad message: ${describeZodError(parsed.error)}`
      send(socket, { type: 'reply', id: salvageId(read.value), outcome: { ok: false, message } })
      return
    }
    const message = parsed.data
    switch (message.type) {
      case 'call': {
        // The socket's cap fits the largest call (a report); a call that carries none gets far less.
        const { maxBytes } = LAB_API[message.method]
        if (read.bytes > maxBytes) {
          send(socket, { type: 'reply', id: message.id, outcome: { ok: false, message: `Message too large for ${message.method}: ${read.bytes} bytes, at most ${maxBytes}` } })
          break
        }
        void dispatchLabCall(service, message.method, message.args).then((outcome) => send(socket, { type: 'reply', id: message.id, outcome }))
        break
      }
      default:
        assertNever(message.type, 'message type')
    }
  })
}
