/**
 * The engine-owned value over a real local socket: get/set/add as the line protocol says,
 * add exact under concurrent clients, get-then-set losing exactly the update it must when two
 * clients interleave, bad input refused in one line, and the socket and its directory gone after
 * close, after abort and after a failed start.
 */
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises'
import { connect, createServer, type Socket } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { answer, startOwnerServer, type OwnerServer } from '../../../../src-main/engine/experiments/shared-state/owner-server'
import { OwnerClient } from '../../../../src-workers/kernels/owner-client'

const cleanup: Array<() => Promise<void> | void> = []
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step()
})

async function server(initial = 0, signal?: AbortSignal): Promise<OwnerServer> {
  const started = await startOwnerServer({ initial, signal })
  cleanup.push(() => started.close())
  return started
}

async function client(address: string): Promise<OwnerClient> {
  const connected = await OwnerClient.connect(address, { timeoutMs: 5_000 })
  cleanup.push(() => connected.close())
  return connected
}

/** Sends raw text and collects reply lines until `lines` have come (bounded). */
function raw(address: string, text: string, lines: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const socket = connect(address)
    let got = ''
    const timer = setTimeout(() => {
      socket.destroy()
      reject(new Error(`no ${lines} replies within 5 s: ${JSON.stringify(got)}`))
    }, 5_000)
    socket.setEncoding('utf8')
    socket.on('connect', () => socket.write(text))
    socket.on('data', (chunk: string) => {
      got += chunk
      const parts = got.split('\n')
      if (parts.length > lines) {
        clearTimeout(timer)
        socket.destroy()
        resolve(parts.slice(0, lines))
      }
    })
    socket.on('error', reject)
  })
}

describe('owner server', () => {
  it('answers get, set and add over a real socket', async () => {
    const owner = await server(5)
    const c = await client(owner.address)
    expect(await c.get()).toBe(5)
    await c.set(41)
    expect(await c.add(1)).toBe(42)
    expect(await c.add(-2)).toBe(40)
    expect(owner.value()).toBe(40)
    expect(owner.requests()).toBe(4)
  })

  it('keeps every add of concurrent clients', async () => {
    const owner = await server()
    const clients = await Promise.all([1, 2, 3, 4].map(() => client(owner.address)))
    await Promise.all(clients.map(async (c) => {
      for (let i = 0; i < 200; i++) await c.add(1)
    }))
    expect(owner.value()).toBe(800)
  })

  it('loses exactly one update when two clients both get before either sets', async () => {
    const owner = await server(10)
    const [a, b] = [await client(owner.address), await client(owner.address)]
    const readA = await a.get()
    const readB = await b.get()
    await a.set(readA + 1)
    await b.set(readB + 1)
    expect(owner.value()).toBe(11)
  })

  it('refuses bad requests with one line and goes on serving', async () => {
    const owner = await server(3)
    expect(await raw(owner.address, 'get\nfrobnicate\nset x\nadd 1 2\nadd 9007199254740991\nset -4\nget\n', 7)).toEqual([
      '3',
      'error unknown command',
      'error set needs an integer',
      'error too many arguments',
      'error the value would leave the safe integer range',
      'ok',
      '-4',
    ])
    const c = await client(owner.address)
    await expect(c.set(1.5)).rejects.toThrow('the owner refused: set needs an integer')
    expect(await c.get()).toBe(-4)
    expect(answer('get 1', { value: 0 })).toBe('error get takes no argument')
  })

  it('cuts off an over-long line instead of buffering it', async () => {
    const owner = await server()
    expect(await raw(owner.address, 'x'.repeat(10_000), 1)).toEqual(['error line too long'])
  })

  it('removes its socket and directory on close, ending connected clients', async () => {
    const owner = await server()
    const c = await client(owner.address)
    expect(owner.dir && existsSync(join(owner.dir, 'owner.sock'))).toBe(true)
    await owner.close()
    await owner.close()
    expect(existsSync(owner.dir!)).toBe(false)
    await expect(c.get()).rejects.toThrow(/owner/)
    await expect(OwnerClient.connect(owner.address, { timeoutMs: 2_000 })).rejects.toThrow('could not reach the owner')
  })

  it('closes and cleans up when the run is cancelled', async () => {
    const abort = new AbortController()
    const owner = await server(0, abort.signal)
    abort.abort()
    // The abort listener starts close(); awaiting it again is the same promise.
    await owner.close()
    expect(existsSync(owner.dir!)).toBe(false)
    await expect(startOwnerServer({ signal: abort.signal })).rejects.toThrow()
  })

  it('leaves nothing behind when it cannot listen', async () => {
    // The socket's directory can be made, but its path is beyond the Unix socket limit; Node
    // would bind a truncated path outside the directory, so the server refuses it first.
    const parent = await mkdtemp(join(tmpdir(), 'owner-test-'))
    cleanup.push(() => rm(parent, { recursive: true, force: true }))
    const deep = join(parent, 'd'.repeat(120))
    await mkdir(deep)
    await expect(startOwnerServer({ parent: deep })).rejects.toThrow("the owner's socket path would be too long")
    expect(await readdir(deep)).toEqual([])
  })

  it('times out a request the owner never answers', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'owner-silent-'))
    cleanup.push(() => rm(dir, { recursive: true, force: true }))
    const held: Socket[] = []
    const silent = createServer((socket) => void held.push(socket))
    const path = join(dir, 's.sock')
    await new Promise<void>((resolve) => silent.listen(path, resolve))
    cleanup.push(() => new Promise<void>((resolve) => {
      for (const socket of held) socket.destroy()
      silent.close(() => resolve())
    }))
    const c = await OwnerClient.connect(path, { timeoutMs: 200 })
    cleanup.push(() => c.close())
    await expect(c.get()).rejects.toThrow('did not answer get within 200 ms')
    await expect(c.add(1)).rejects.toThrow('did not answer get')
  })
})
