/**
 * What one client can make the web server hold: each message is capped at what the largest call
 * needs (a report, LAB_API's budgets), each call at its own method's budget, and the number of
 * sockets at MAX_SOCKETS. Real server on loopback, real `ws` clients.
 */
import { describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import { LAB_API, MAX_CALL_BYTES, MAX_REPORT_BYTES } from '../../src-shared/api'
import type { EngineToRenderer } from '../../src-shared/protocol'
import { createWsLabApi } from '../../src-renderer/api/ws-transport'
import { MAX_SOCKETS } from '../../src-main/web/server'
import { onCleanup } from '../helpers/cleanup'
import { NODE_RUNTIMES } from '../helpers/lab'
import { inbox, openSocket, socketUrl, startTestServer } from '../helpers/web'

const replyTo = (id: number) => (m: EngineToRenderer) => m.type === 'reply' && m.id === id

async function connect(url: string): Promise<WebSocket> {
  const opened = await openSocket(url)
  if (!('socket' in opened)) throw new Error(`refused with ${opened.refused}`)
  return opened.socket
}

const closeOf = (socket: WebSocket) =>
  new Promise<{ code: number; reason: string }>((resolve) => socket.once('close', (code, reason) => resolve({ code, reason: reason.toString() })))

/** Opens a socket and makes one call: 'served' with the right answer, else the close code the server sent. */
async function tryCall(url: string): Promise<'served' | number> {
  const socket = await connect(url)
  const box = inbox(socket)
  const closed = closeOf(socket)
  socket.send(JSON.stringify({ type: 'call', id: 1, method: 'getRuntimes', args: [] }))
  const answer = await Promise.race([box.next(replyTo(1)), closed])
  if ('code' in answer) return answer.code
  expect(answer).toEqual({ type: 'reply', id: 1, outcome: { ok: true, value: NODE_RUNTIMES } })
  return 'served'
}

describe('web server: message and socket limits', () => {
  it('sizes the message cap from the report limit, and keeps calls without a report in kilobytes', () => {
    expect(MAX_CALL_BYTES).toBeGreaterThanOrEqual(MAX_REPORT_BYTES)
    expect(MAX_CALL_BYTES).toBeLessThan(MAX_REPORT_BYTES * 1.01)
    for (const method of ['getMachine', 'getRuntimes', 'cancelSuite', 'listQueue', 'listHistory', 'openHistory', 'renameHistory', 'deleteHistory'] as const) {
      expect(LAB_API[method].maxBytes).toBeLessThanOrEqual(64 * 1024)
    }
    // The largest legitimate small call (every character escaped by JSON) still fits its budget.
    const title = '\u0001'.repeat(200)
    const rename = JSON.stringify({ type: 'call', id: Number.MAX_SAFE_INTEGER, method: 'renameHistory', args: ['\u0002'.repeat(200), title] })
    expect(Buffer.byteLength(rename)).toBeLessThanOrEqual(LAB_API.renameHistory.maxBytes)
  })

  it('refuses a message over the cap with close code 1009, and keeps serving', { timeout: 30_000 }, async () => {
    const server = await startTestServer()
    const socket = await connect(socketUrl(server))
    const closed = closeOf(socket)
    socket.send(Buffer.alloc(MAX_CALL_BYTES + 1, 0x20).toString('latin1'))
    expect((await closed).code).toBe(1009)
    expect(await tryCall(socketUrl(server))).toBe('served')
  })

  it('holds a call without a report to its own small budget', async () => {
    const server = await startTestServer()
    const socket = await connect(socketUrl(server))
    const box = inbox(socket)
    // Valid JSON, a valid call: only its size is wrong (padding the envelope ignores).
    const padded = JSON.stringify({ type: 'call', id: 7, method: 'getMachine', args: [], padding: 'x'.repeat(LAB_API.getMachine.maxBytes) })
    socket.send(padded)
    expect(await box.next(replyTo(7))).toEqual({
      type: 'reply',
      id: 7,
      outcome: { ok: false, message: `Message too large for getMachine: ${padded.length} bytes, at most ${LAB_API.getMachine.maxBytes}` },
    })
    socket.send(JSON.stringify({ type: 'call', id: 8, method: 'getRuntimes', args: [] }))
    expect(await box.next(replyTo(8))).toMatchObject({ outcome: { ok: true } })
  })

  it(`serves at most ${MAX_SOCKETS} sockets at once and says why it refuses another`, async () => {
    const server = await startTestServer()
    const url = socketUrl(server)
    const open = await Promise.all(Array.from({ length: MAX_SOCKETS }, () => connect(url)))

    const extra = await connect(url)
    expect(await closeOf(extra)).toEqual({ code: 1013, reason: `Too many lab connections (at most ${MAX_SOCKETS}): close another tab` })
    // The page's client says so too.
    const page = onCleanup(
      createWsLabApi(url, (u) => new WebSocket(u)),
      (api) => api.close(),
    )
    await expect(page.listQueue()).rejects.toThrow(/Too many lab connections/)

    const first = open[0]!
    const gone = closeOf(first)
    first.close()
    await gone
    // The server frees the slot once its side of the close is done: soon, not necessarily at once.
    await expect.poll(() => tryCall(url)).toBe('served')
    expect(await tryCall(url)).toBe(1013)
  })

  it('the page client refuses to send a call over its budget, and its connection carries on', async () => {
    const server = await startTestServer()
    const api = onCleanup(
      createWsLabApi(socketUrl(server), (u) => new WebSocket(u)),
      (a) => a.close(),
    )
    expect(await api.getRuntimes()).toEqual(NODE_RUNTIMES)
    await expect(api.importReport('big.json', 'x'.repeat(LAB_API.importReport.maxBytes))).rejects.toThrow(/Too large to send to the lab server: 50\.0 MiB, at most 50\.0 MiB for importReport/)
    await expect(api.renameHistory('id', 'y'.repeat(LAB_API.renameHistory.maxBytes))).rejects.toThrow(/at most 16 KiB for renameHistory/)
    expect(await api.getRuntimes()).toEqual(NODE_RUNTIMES)
  })
})
