/**
 * The shared-vs-messages kernels on this thread and over real ports and sockets: every way's
 * total is exact, and every wait (gate, owner, client) ends on its bound or the abort word instead
 * of hanging. Real threads and processes run them in test/engine/experiments/shared-vs-messages.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { MessageChannel } from 'node:worker_threads'
import { describe, expect, it } from 'vitest'
import { serveOnPorts } from '../../../src-workers/kernels/owner-ports'
import { serveOnSocket } from '../../../src-workers/kernels/owner-socket'
import { runSharedUpdate } from '../../../src-workers/kernels/shared-update'
import { abortGate, gateBuffer, passGate } from '../../../src-workers/kernels/start-gate'
import { onCleanup } from '../../helpers/cleanup'

const tempDir = () => onCleanup(mkdtempSync(join(tmpdir(), 'svm-kernel-')), (dir) => rmSync(dir, { recursive: true, force: true }))

describe('shared-update kernels', () => {
  it('adds exactly K with Atomics, gate passed alone', async () => {
    const buffer = new SharedArrayBuffer(4)
    const result = await runSharedUpdate({ kind: 'shared-update', target: { type: 'atomics', buffer }, updates: 1234, gate: { buffer: gateBuffer(), parties: 1 }, timeoutMs: 1000 })
    expect(result.acked).toBe(1234)
    expect(Atomics.load(new Int32Array(buffer), 0)).toBe(1234)
  })

  it('an owner on ports ends with exactly N x K, each client acknowledged K times', async () => {
    const channels = [new MessageChannel(), new MessageChannel(), new MessageChannel()]
    const owner = serveOnPorts(channels.map((c) => c.port1), 3, 2000)
    const clients = channels.map((c) => runSharedUpdate({ kind: 'shared-update', target: { type: 'port', port: c.port2 }, updates: 300, gate: null, timeoutMs: 2000 }))
    const [tally, ...results] = await Promise.all([owner, ...clients])
    expect(tally).toEqual({ value: 900, updates: 900 })
    expect(results.map((r) => r.acked)).toEqual([300, 300, 300])
  })

  it('an owner on a socket ends with exactly N x K once its clients are gone, and removes its socket', async () => {
    const path = join(tempDir(), 'owner.sock')
    const owner = serveOnSocket(path, 2, 2000)
    // The clients may try before the owner listens: they retry within their bound.
    const clients = [0, 1].map(() => runSharedUpdate({ kind: 'shared-update', target: { type: 'socket', path }, updates: 250, gate: null, timeoutMs: 2000 }))
    const [tally, a, b] = await Promise.all([owner, ...clients])
    expect(tally).toEqual({ value: 500, updates: 500 })
    expect([a!.acked, b!.acked]).toEqual([250, 250])
    expect(existsSync(path)).toBe(false)
  })

  it('an owner whose client never speaks fails on its bound, and closes its ports', async () => {
    const channel = new MessageChannel()
    await expect(serveOnPorts([channel.port1], 1, 40)).rejects.toThrow(/no update for 40 ms/)
    channel.port2.close()
  })

  it('a client whose owner never answers fails on its bound', async () => {
    const channel = new MessageChannel()
    onCleanup(channel.port1, (p) => p.close())
    await expect(runSharedUpdate({ kind: 'shared-update', target: { type: 'port', port: channel.port2 }, updates: 5, gate: null, timeoutMs: 40 })).rejects.toThrow(/no acknowledgement for 40 ms/)
  })

  it('a client with no owner listening gives up after its bound', async () => {
    const path = join(tempDir(), 'nobody.sock')
    await expect(runSharedUpdate({ kind: 'shared-update', target: { type: 'socket', path }, updates: 5, gate: null, timeoutMs: 60 })).rejects.toThrow(/could not reach the owner/)
  })
})

describe('start gate', () => {
  it('times out when a party never arrives', () => {
    expect(passGate(gateBuffer(), 2, 30)).toBe('timeout')
  })

  it('leaves at once when aborted', () => {
    const buffer = gateBuffer()
    abortGate(buffer)
    expect(passGate(buffer, 2, 60_000)).toBe('aborted')
  })

  it('the last party lets everyone through', () => {
    const buffer = gateBuffer()
    expect(passGate(buffer, 2, 0)).toBe('timeout')
    expect(passGate(buffer, 2, 0)).toBe('passed')
  })
})
