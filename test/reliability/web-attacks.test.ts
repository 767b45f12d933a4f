/**
 * Family "web-attacks": the built web server (`node out/main/web.js`), as a hostile page or tool
 * would try it: a wrong or missing token, a bad Host or Origin, duplicate Host or Origin headers,
 * a static file that is a link out of the app folder, oversize WebSocket messages, too many
 * sockets, file I/O in a folder outside the temp folder, a fetch of a remote URL. Each is refused
 * as the README says, and the server stays up and serves a valid request afterwards.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtemp, rm, symlink, unlink } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect } from 'vitest'
import WebSocket from 'ws'
import { LAB_API, MAX_CALL_BYTES } from '../../src-shared/api'
import type { EngineToRenderer } from '../../src-shared/protocol'
import { MAX_SOCKETS } from '../../src-main/web/server'
import { repoRoot } from '../helpers/built-cli'
import { ensureWebBuilt, webEntryPath } from '../helpers/built-web'
import { get, inbox, openSocket, rawRequest } from '../helpers/web'
import { describePids, expectCleanText, TreeWatch } from './checks'
import { family } from './seeded'

let server: ChildProcess
let stderr = ''
let watch: TreeWatch
let base: URL
let history: string
const linkName = `rel-link-${process.pid}.js`
const linkPath = join(repoRoot, 'out', 'renderer', 'assets', linkName)

beforeAll(async () => {
  ensureWebBuilt()
  history = await mkdtemp(join(tmpdir(), 'conlab-rel-web-history-'))
  // A link in the app folder to a file outside it: must never be served.
  await symlink('/etc/passwd', linkPath)
  server = spawn(process.execPath, [webEntryPath, '--history', history], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] })
  watch = new TreeWatch(server.pid!)
  server.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  let stdout = ''
  base = await new Promise<URL>((resolve, reject) => {
    server.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk.toString()
      const found = /http:\/\/127\.0\.0\.1:\d+\/[\w-]+\//.exec(stdout)
      if (found) resolve(new URL(found[0]))
    })
    server.once('exit', () => reject(new Error(`the web server exited before printing its URL: ${stderr}`)))
  })
}, 120_000)

afterAll(async () => {
  await unlink(linkPath).catch(() => undefined)
  const exited = new Promise<number | null>((resolve) => server.once('exit', (code) => resolve(code)))
  if (server.exitCode === null) server.kill('SIGINT')
  expect(await exited).toBe(0)
  const left = await watch.leftovers()
  watch.killLeft()
  await rm(history, { recursive: true, force: true })
  expect(left, `processes left: ${describePids(left)}`).toEqual([])
  expectCleanText(stderr, 'web server stderr')
}, 60_000)

const port = () => Number(base.port)
const host = () => base.host
const wsUrl = (token = base.pathname.slice(1, -1)) => `ws://${host()}/${token}/ws`
const replyTo = (id: number) => (m: EngineToRenderer) => m.type === 'reply' && m.id === id

async function connect(options: WebSocket.ClientOptions = {}): Promise<WebSocket> {
  const opened = await openSocket(wsUrl(), options)
  if (!('socket' in opened)) throw new Error(`socket refused with ${opened.refused}`)
  return opened.socket
}
const closeOf = (socket: WebSocket) => new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)))

async function call(method: string, args: unknown[]): Promise<unknown> {
  const socket = await connect()
  try {
    const box = inbox(socket)
    socket.send(JSON.stringify({ type: 'call', id: 1, method, args }))
    const reply = await box.next(replyTo(1))
    if (reply.type !== 'reply') throw new Error('not a reply')
    return reply.outcome
  } finally {
    socket.terminate()
  }
}

const ATTACKS = ['wrong-token', 'missing-token', 'bad-host', 'bad-origin', 'duplicate-host', 'duplicate-origin', 'symlinked-file', 'oversize-call', 'oversize-message', 'too-many-sockets', 'directory-outside', 'remote-url'] as const
type Attack = (typeof ATTACKS)[number]

const run = (workload: Record<string, unknown>) => [{ workload, runtimes: ['main'], workers: [1], repeat: 1, warmup: 0 }]

async function attack(kind: Attack, pick: <T>(items: readonly T[]) => T): Promise<void> {
  const path = base.pathname
  switch (kind) {
    case 'wrong-token':
      expect((await get(port(), `/${pick(['x', 'a'.repeat(43), path.slice(1, -2)])}/`, { Host: host() })).status).toBe(403)
      return
    case 'missing-token':
      expect((await get(port(), pick(['/', '/index.html', '/ws', '/assets/']), { Host: host() })).status).toBe(403)
      return
    case 'bad-host':
      expect((await get(port(), path, { Host: pick(['evil.example', `evil.example:${port()}`, `127.0.0.1.evil.example:${port()}`, `localhost:${port() + 1}`]) })).status).toBe(403)
      return
    case 'bad-origin': {
      const opened = await openSocket(wsUrl(), { headers: { Origin: pick(['http://evil.example', 'null', `http://127.0.0.1:${port() + 1}`]) } })
      expect(opened).toEqual({ refused: 403 })
      return
    }
    case 'duplicate-host':
      expect(await rawRequest(port(), [`GET ${path} HTTP/1.1`, `Host: ${host()}`, `Host: ${pick([host(), 'evil.example'])}`, 'Connection: close'])).toBe(400)
      return
    case 'duplicate-origin':
      expect(await rawRequest(port(), [`GET ${path} HTTP/1.1`, `Host: ${host()}`, `Origin: http://${host()}`, `Origin: ${pick([`http://${host()}`, 'http://evil.example'])}`, 'Connection: close'])).toBe(400)
      return
    case 'symlinked-file': {
      const answer = await get(port(), `${path}assets/${linkName}`, { Host: host() })
      expect(answer.status).toBe(404)
      expect(answer.body).not.toMatch(/root:/)
      return
    }
    case 'oversize-call': {
      // Valid JSON, a valid call: only its size is over the method's own budget.
      const method = pick(['getMachine', 'getRuntimes', 'listHistory'] as const)
      const padded = JSON.stringify({ type: 'call', id: 7, method, args: [], padding: 'x'.repeat(LAB_API[method].maxBytes) })
      const socket = await connect()
      const box = inbox(socket)
      socket.send(padded)
      expect(await box.next(replyTo(7))).toMatchObject({ outcome: { ok: false, message: expect.stringMatching(new RegExp(`^Message too large for ${method}`)) } })
      socket.terminate()
      return
    }
    case 'oversize-message': {
      const socket = await connect()
      const closed = closeOf(socket)
      socket.send(Buffer.alloc(MAX_CALL_BYTES + 1, 0x20))
      expect(await closed).toBe(1009)
      return
    }
    case 'too-many-sockets': {
      const open = await Promise.all(Array.from({ length: MAX_SOCKETS }, () => connect()))
      const extra = await connect()
      expect(await closeOf(extra)).toBe(1013)
      for (const socket of open) socket.terminate()
      await Promise.all(open.map((socket) => (socket.readyState === WebSocket.CLOSED ? undefined : closeOf(socket))))
      return
    }
    case 'directory-outside': {
      const directory = pick(['/etc', '/', join(tmpdir(), '..', 'etc'), '/proc/self', 'relative/dir'])
      const outcome = await call('enqueueSuite', [run({ workload: 'file-io', tasks: 1, files: 1, fileSize: 1024, blockSize: 1024, directory })])
      expect(outcome).toMatchObject({ ok: true, value: { ok: false, message: expect.stringMatching(/--allow-any-directory/) } })
      return
    }
    case 'remote-url': {
      const url = pick(['http://10.255.255.1/', 'http://example.com/', 'http://[fe80::1]/', 'https://169.254.169.254/latest/meta-data/', 'http://0.0.0.0:80/'])
      const outcome = await call('enqueueSuite', [run({ workload: 'network-fetch', tasks: 1, requests: 1, url, requestTimeoutMs: 200 })])
      expect(outcome).toMatchObject({ ok: true, value: { ok: false, message: expect.stringMatching(/--allow-remote-urls/) } })
      return
    }
  }
}

family<{ attack: Attack }>('web-attacks', {
  count: ATTACKS.length * 3,
  timeoutMs: 60_000,
  generate: (_rng, index) => ({ attack: ATTACKS[index % ATTACKS.length]! }),
  describe: (c) => c.attack,
  run: async (c, rng) => {
    await attack(c.attack, (items) => rng.pick(items))
    // Still up, and still serving a valid page and a valid call.
    expect(server.exitCode, `the server exited: ${stderr}`).toBeNull()
    const page = await get(port(), base.pathname, { Host: host() })
    expect(page.status).toBe(200)
    expect(page.body).toContain('<div id="app">')
    expect(await call('getRuntimes', [])).toMatchObject({ ok: true })
  },
})
