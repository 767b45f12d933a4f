/** The loopback server: its own process, deterministic delays and bodies, and no orphan left. */
import { fork } from 'node:child_process'
import { crc32 } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { startLoopbackServer } from '../../../src-main/engine/loopback/controller'
import type { LoopbackServerOptions, ServerToController } from '../../../src-main/engine/loopback/messages'
import { delayFor, loopbackPayload } from '../../../src-main/engine/loopback/server'
import serverEntry from '../../../src-main/engine/loopback/server-entry?modulePath'
import { runFetch } from '../../../src-workers/kernels/fetch'
import { onCleanup } from '../../helpers/cleanup'
import { childPidsOf, isAlive, survivors } from '../../helpers/processes'

const options: LoopbackServerOptions = { payloadSize: 3000, latencyMs: 1, jitterMs: 4, seed: 11 }

describe('delayFor', () => {
  it('is latency plus a jitter in [0, jitterMs] that depends on the id and seed only', () => {
    const delays = Array.from({ length: 1000 }, (_, id) => delayFor(id, options))
    expect(Math.min(...delays)).toBeGreaterThanOrEqual(1)
    expect(Math.max(...delays)).toBeLessThanOrEqual(5)
    // Spread over the range rather than stuck in one corner.
    expect(delays.filter((d) => d < 3).length).toBeGreaterThan(300)
    expect(delays.filter((d) => d >= 3).length).toBeGreaterThan(300)
    expect(delayFor(42, options)).toBe(delays[42])
    expect(delayFor(42, { ...options, seed: 12 })).not.toBe(delays[42])
    expect(delayFor(42, { ...options, jitterMs: 0 })).toBe(1)
  })
})

describe('startLoopbackServer', () => {
  it('serves the expected body over keep-alive from its own process, and is gone after stop', async () => {
    const server = await startLoopbackServer(options)
    onCleanup(server, (s) => s.stop())
    expect(server.pid).not.toBe(process.pid)
    expect(childPidsOf(process.pid)).toContain(server.pid)
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/payload$/)

    const payload = loopbackPayload(options)
    const result = await runFetch({
      kind: 'fetch',
      url: server.url,
      requests: 20,
      inFlight: 4,
      firstId: 0,
      timeoutMs: 10_000,
      maxBodyBytes: 1 << 20,
      expect: { length: payload.length, crc32: crc32(payload) },
    })
    expect(result).toMatchObject({ responses: 20, verifiedBytes: 60_000, mismatches: 0 })

    expect(await server.stop()).toEqual({ served: 20 })
    expect(isAlive(server.pid)).toBe(false)
    // Stopping twice is harmless.
    expect(await server.stop()).toEqual({ served: 20 })
  })

  it('leaves no process behind when the start is cancelled', async () => {
    const before = childPidsOf(process.pid)
    const controller = new AbortController()
    const starting = startLoopbackServer(options, { signal: controller.signal })
    controller.abort('test cancel')
    await expect(starting).rejects.toThrow(/Cancelled/)
    const started = childPidsOf(process.pid).filter((pid) => !before.includes(pid))
    expect(await survivors(started)).toEqual([])
  })

  it('stops cleanly even when the server was killed from outside', async () => {
    const server = await startLoopbackServer(options)
    process.kill(server.pid, 'SIGKILL')
    expect(await server.stop()).toEqual({ served: null })
    expect(isAlive(server.pid)).toBe(false)
  })

  it('exits by itself when the engine disconnects (no orphan after an engine crash)', async () => {
    const child = fork(serverEntry, [], { execArgv: [], stdio: ['ignore', 'inherit', 'inherit', 'ipc'], serialization: 'json' })
    onCleanup(child, (c) => c.kill('SIGKILL'))
    const exited = new Promise((resolve) => child.once('exit', resolve))
    const listening = new Promise<ServerToController>((resolve) => child.once('message', resolve))
    child.send({ type: 'start', options })
    expect(await listening).toMatchObject({ type: 'listening' })
    child.disconnect()
    await exited
    expect(isAlive(child.pid!)).toBe(false)
  })
})
