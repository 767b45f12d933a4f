/** The web-mode server on a real loopback port: who gets in, and the LabApi RPC over a real socket. */
import { execFileSync } from 'node:child_process'
import { symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import type { EngineToRenderer } from '../../src-shared/protocol'
import { childPidsOf, survivors } from '../helpers/processes'
import { NODE_RUNTIMES, longSuite, tempDir, tinySuite } from '../helpers/lab'
import { get, inbox, openSocket, PAGE, rawRequest, socketUrl, startTestServer } from '../helpers/web'

const host = (port: number) => ({ Host: `127.0.0.1:${port}` })
const replyTo = (id: number | null) => (m: EngineToRenderer) => m.type === 'reply' && m.id === id

async function connect(url: string) {
  const opened = await openSocket(url)
  if (!('socket' in opened)) throw new Error(`refused with ${opened.refused}`)
  return opened.socket
}

describe('web server: access', () => {
  it('serves the page under its token, with a strict CSP and no referrer', async () => {
    const server = await startTestServer()
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/${server.token}/`)
    const page = await get(server.port, `/${server.token}/`, host(server.port))
    expect(page.status).toBe(200)
    expect(page.body).toBe(PAGE)
    expect(page.headers['content-security-policy']).toMatch(/default-src 'none'; script-src 'self'/)
    expect(page.headers['content-security-policy']).toMatch(/frame-ancestors 'none'/)
    expect(page.headers['referrer-policy']).toBe('no-referrer')
    const asset = await get(server.port, `/${server.token}/assets/app.js`, { Host: `localhost:${server.port}` })
    expect(asset).toMatchObject({ status: 200, headers: { 'content-type': 'text/javascript; charset=utf-8' } })
    expect(await get(server.port, `/${server.token}`, host(server.port))).toMatchObject({ status: 308, headers: { location: `/${server.token}/` } })
  })

  it('refuses a missing or wrong token, a foreign Host and a foreign Origin', async () => {
    const server = await startTestServer()
    const { port, token } = server
    expect((await get(port, '/', host(port))).status).toBe(403)
    expect((await get(port, '/index.html', host(port))).status).toBe(403)
    expect((await get(port, `/${token.slice(0, -1)}x/`, host(port))).status).toBe(403)
    expect((await get(port, `/${token}extra/`, host(port))).status).toBe(403)
    const rebinding = await get(port, `/${token}/`, { Host: `evil.example:${port}` })
    expect(rebinding).toMatchObject({ status: 403, body: /Host/ })
    expect((await get(port, `/${token}/`, { Host: `127.0.0.1:${port + 1}` })).status).toBe(403)
    const foreign = await get(port, `/${token}/`, { ...host(port), Origin: 'http://evil.example' })
    expect(foreign).toMatchObject({ status: 403, body: /Origin/ })
    // Refusals carry the security headers too.
    expect(foreign.headers['content-security-policy']).toBeDefined()
  })

  it('keeps requests inside the renderer folder', async () => {
    const server = await startTestServer()
    for (const path of ['/../../../../etc/passwd', '/assets/../../secret', '/%2e%2e/%2e%2e/etc/passwd', '/..%2f..%2fetc%2fpasswd', '/missing.js']) {
      expect((await get(server.port, `/${server.token}${path}`, host(server.port))).status).toBe(404)
    }
  })

  it('serves no link that leads out of the renderer folder, and no FIFO', async () => {
    const outside = await tempDir('conlab-outside-')
    await writeFile(join(outside, 'secret.txt'), 'secret\n')
    const server = await startTestServer({}, {
      prepare: async (root) => {
        await symlink('/etc/passwd', join(root, 'passwd.txt'))
        await symlink(join(outside, 'secret.txt'), join(root, 'assets', 'secret.txt'))
        await symlink(outside, join(root, 'elsewhere'))
        await symlink(join(root, 'assets', 'app.js'), join(root, 'same.js'))
        execFileSync('mkfifo', [join(root, 'fifo.js')])
      },
    })
    for (const path of ['/passwd.txt', '/assets/secret.txt', '/elsewhere/secret.txt', '/fifo.js', '/assets/']) {
      const answer = await get(server.port, `/${server.token}${path}`, host(server.port))
      expect({ path, status: answer.status, body: answer.body }).toEqual({ path, status: 404, body: 'Not found\n' })
    }
    // A link that stays inside the folder is still served.
    expect(await get(server.port, `/${server.token}/same.js`, host(server.port))).toMatchObject({ status: 200, body: 'console.log("lab")\n' })
  })

  it('refuses a request or socket that carries two Host or two Origin headers', async () => {
    const server = await startTestServer()
    const { port, token } = server
    const ours = `Host: 127.0.0.1:${port}`
    expect(await rawRequest(port, [`GET /${token}/ HTTP/1.1`, ours, 'Connection: close'])).toBe(200)
    expect(await rawRequest(port, [`GET /${token}/ HTTP/1.1`, ours, 'Host: evil.example', 'Connection: close'])).toBe(400)
    expect(await rawRequest(port, [`GET /${token}/ HTTP/1.1`, 'Host: evil.example', ours, 'Connection: close'])).toBe(400)
    expect(await rawRequest(port, [`GET /${token}/ HTTP/1.1`, ours, ours, 'Connection: close'])).toBe(400)
    const origin = `Origin: http://127.0.0.1:${port}`
    expect(await rawRequest(port, [`GET /${token}/ HTTP/1.1`, ours, origin, 'Origin: http://evil.example', 'Connection: close'])).toBe(400)
    const upgrade = ['Connection: Upgrade', 'Upgrade: websocket', 'Sec-WebSocket-Version: 13', 'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==']
    expect(await rawRequest(port, [`GET /${token}/ws HTTP/1.1`, ours, ...upgrade])).toBe(101)
    expect(await rawRequest(port, [`GET /${token}/ws HTTP/1.1`, ours, 'Host: evil.example', ...upgrade])).toBe(400)
  })

  it('refuses sockets without the token, with a wrong one, from a foreign Origin or on another path', async () => {
    const server = await startTestServer()
    const base = `ws://127.0.0.1:${server.port}`
    expect(await openSocket(`${base}/ws`)).toEqual({ refused: 403 })
    expect(await openSocket(socketUrl(server, 'wrong-token'))).toEqual({ refused: 403 })
    expect(await openSocket(socketUrl(server), { origin: 'http://evil.example' })).toEqual({ refused: 403 })
    expect(await openSocket(socketUrl(server), { headers: { Host: `attacker.example:${server.port}` } })).toEqual({ refused: 403 })
    expect(await openSocket(`${base}/${server.token}/other`)).toEqual({ refused: 404 })
    const ok = await openSocket(socketUrl(server), { origin: `http://localhost:${server.port}` })
    expect('socket' in ok).toBe(true)
  })
})

describe('web server: LabApi over the socket', () => {
  it('answers a call and streams the events of a tiny run', async () => {
    const server = await startTestServer()
    const socket = await connect(socketUrl(server))
    const box = inbox(socket)

    socket.send(JSON.stringify({ type: 'call', id: 1, method: 'getRuntimes', args: [] }))
    expect(await box.next(replyTo(1))).toEqual({ type: 'reply', id: 1, outcome: { ok: true, value: NODE_RUNTIMES } })

    socket.send(JSON.stringify({ type: 'call', id: 2, method: 'enqueueSuite', args: [tinySuite('thread'), 'over the wire'] }))
    const enqueued = await box.next(replyTo(2))
    if (enqueued.type !== 'reply' || !enqueued.outcome.ok) throw new Error('enqueue failed')
    const { ok, value } = enqueued.outcome.value as { ok: boolean; value: { suiteId: string } }
    expect(ok).toBe(true)

    const finished = await box.next((m) => m.type === 'event' && m.payload.event.type === 'suite-finished')
    if (finished.type !== 'event' || finished.payload.event.type !== 'suite-finished') throw new Error('unreachable')
    expect(finished.payload.suiteId).toBe(value.suiteId)
    expect(finished.payload.event.report.label).toBe('over the wire')
    const kinds = box.messages.flatMap((m) => (m.type === 'event' && m.payload.suiteId === value.suiteId ? [m.payload.event.type] : []))
    expect(kinds[0]).toBe('suite-started')
    expect(kinds).toContain('point')
    expect(kinds).toContain('run-finished')

    socket.send(JSON.stringify({ type: 'call', id: 3, method: 'listHistory', args: [] }))
    const history = await box.next(replyTo(3))
    expect(history).toMatchObject({ outcome: { ok: true, value: [{ state: 'ok' }] } })
  })

  it('answers bad messages with error replies and keeps serving', async () => {
    const server = await startTestServer()
    const socket = await connect(socketUrl(server))
    const box = inbox(socket)
    const errorReply = (id: number | null, message: RegExp) => ({ type: 'reply', id, outcome: { ok: false, message: expect.stringMatching(message) } })

    socket.send('not json')
    expect(await box.next(replyTo(null))).toEqual(errorReply(null, /not valid JSON/))
    socket.send(Buffer.from([1, 2, 3]), { binary: true })
    await expect.poll(() => box.messages.filter((m) => m.type === 'reply' && m.id === null)).toHaveLength(2)

    socket.send(JSON.stringify({ type: 'call', id: 10, method: 'rmRf', args: [] }))
    expect(await box.next(replyTo(10))).toEqual(errorReply(10, /method/))
    socket.send(JSON.stringify({ type: 'shout', id: 11 }))
    expect(await box.next(replyTo(11))).toEqual(errorReply(11, /type/))
    socket.send(JSON.stringify({ type: 'call', id: 12, method: 'cancelSuite', args: [42] }))
    expect(await box.next(replyTo(12))).toEqual(errorReply(12, /Bad arguments for cancelSuite/))
    socket.send(JSON.stringify({ type: 'call', id: 13, method: 'getMachine', args: ['extra'] }))
    expect(await box.next(replyTo(13))).toEqual(errorReply(13, /Bad arguments for getMachine/))
    socket.send(JSON.stringify({ type: 'call', id: 14, method: 'exportReport', args: [{ not: 'a report' }, 'csv'] }))
    expect(await box.next(replyTo(14))).toEqual(errorReply(14, /Bad arguments for exportReport/))
    socket.send(JSON.stringify({ type: 'call', id: 15, method: 'enqueueSuite', args: [[{ workload: { workload: 'prime' }, runtimes: [] }]] }))
    expect(await box.next(replyTo(15))).toMatchObject({ outcome: { ok: true, value: { ok: false, message: expect.stringMatching(/runtimes/) } } })
    socket.send(JSON.stringify(null))
    socket.send(JSON.stringify([1, 2]))

    socket.send(JSON.stringify({ type: 'call', id: 16, method: 'getMachine', args: [] }))
    expect(await box.next(replyTo(16))).toMatchObject({ outcome: { ok: true, value: { versions: { node: process.versions.node } } } })
    expect(socket.readyState).toBe(WebSocket.OPEN)
  })

  it('on close cancels the running suite and leaves no child process', async () => {
    const server = await startTestServer()
    const socket = await connect(socketUrl(server))
    const box = inbox(socket)
    socket.send(JSON.stringify({ type: 'call', id: 1, method: 'enqueueSuite', args: [longSuite('process')] }))
    await box.next((m) => m.type === 'event' && m.payload.event.type === 'progress' && m.payload.event.progress.phase === 'measure')
    const children = childPidsOf(process.pid)
    expect(children.length).toBeGreaterThan(0)

    const closed = new Promise((resolve) => socket.once('close', resolve))
    await server.close()
    await closed
    expect(await survivors(children)).toEqual([])
    expect(box.messages.some((m) => m.type === 'event' && m.payload.event.type === 'suite-finished')).toBe(true)
  })
})
