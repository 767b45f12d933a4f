/** The built `serve` entry as a real process: prints its URL, and Ctrl-C leaves no worker behind. */
import { readdir } from 'node:fs/promises'
import { beforeAll, describe, expect, it } from 'vitest'
import { childPidsOf, survivors } from '../helpers/processes'
import { ensureWebBuilt, startServe } from '../helpers/built-web'
import { longSuite, tempDir } from '../helpers/lab'
import { get, inbox, openSocket } from '../helpers/web'

beforeAll(() => ensureWebBuilt(), 300_000)

describe('serve entry (out/main/web.js)', () => {
  it('prints a tokened URL, serves the built renderer, and on SIGINT cancels the run and exits cleanly', async () => {
    const history = await tempDir('conlab-serve-history-')
    const serve = startServe(['--history', history])
    const url = new URL(await serve.url)
    const port = Number(url.port)
    const page = await get(port, url.pathname, { Host: url.host })
    expect(page.status).toBe(200)
    expect(page.body).toContain('<div id="app">')
    expect((await get(port, '/', { Host: url.host })).status).toBe(403)

    const opened = await openSocket(`ws://${url.host}${url.pathname}ws`)
    if (!('socket' in opened)) throw new Error(`socket refused: ${opened.refused}`)
    const box = inbox(opened.socket)
    opened.socket.send(JSON.stringify({ type: 'call', id: 1, method: 'enqueueSuite', args: [longSuite('process')] }))
    await box.next((m) => m.type === 'event' && m.payload.event.type === 'progress' && m.payload.event.progress.phase === 'measure')
    const workers = childPidsOf(serve.child.pid!)
    expect(workers.length).toBeGreaterThan(0)

    serve.child.kill('SIGINT')
    const exit = await serve.exit
    expect(exit).toMatchObject({ code: 0, signal: null })
    expect(exit.stderr).toMatch(/Stopping/)
    expect(await survivors(workers)).toEqual([])
    // The aborted suite still reached the client and the history folder before the server left.
    expect(box.messages.some((m) => m.type === 'event' && m.payload.event.type === 'suite-finished')).toBe(true)
    expect((await readdir(history)).filter((name) => name.endsWith('.json'))).toHaveLength(1)
  })

  it('takes --allow-any-directory and --allow-remote-urls, says what it allowed, and then queues a remote fetch', async () => {
    const history = await tempDir('conlab-serve-history-')
    const strict = startServe(['--history', history])
    await strict.url
    strict.child.kill('SIGINT')
    expect((await strict.exit).stdout).not.toMatch(/Allowed to the page/)

    const free = startServe(['--history', history, '--allow-any-directory', '--allow-remote-urls'])
    const url = new URL(await free.url)
    const opened = await openSocket(`ws://${url.host}${url.pathname}ws`)
    if (!('socket' in opened)) throw new Error(`socket refused: ${opened.refused}`)
    const box = inbox(opened.socket)
    const fetchRemote = { workload: { workload: 'network-fetch', tasks: 1, requests: 1, url: 'http://10.255.255.1/', requestTimeoutMs: 200 }, runtimes: ['main'], workers: [1], repeat: 1, warmup: 0 }
    opened.socket.send(JSON.stringify({ type: 'call', id: 1, method: 'enqueueSuite', args: [[fetchRemote]] }))
    expect(await box.next((m) => m.type === 'reply' && m.id === 1)).toMatchObject({ outcome: { ok: true, value: { ok: true } } })
    free.child.kill('SIGINT')
    const exit = await free.exit
    expect(exit.stdout).toMatch(/Allowed to the page: file I\/O in any folder and fetches from any URL\./)
    expect(exit.code).toBe(0)
  })

  it('refuses a bad --port with a message and exit code 2', async () => {
    const serve = startServe(['--port', 'eighty'])
    const exit = await serve.exit
    expect(exit.code).toBe(2)
    expect(exit.stderr).toMatch(/--port must be a whole number/)
  })
})
