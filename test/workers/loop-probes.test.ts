/**
 * The worker loop's probes (echo, echo on a port, memory), driven through a scripted shim: what
 * the loop posts back, and which buffers it hands over for transfer.
 */
import { MessageChannel, type Transferable } from 'node:worker_threads'
import { describe, expect, it } from 'vitest'
import type { MainToWorker, WorkerToMain } from '../../src-shared/protocol'
import { type WorkerShim, startWorkerLoop } from '../../src-workers/loop'

function harness() {
  const posted: Array<{ message: WorkerToMain; transfer: readonly Transferable[] | undefined }> = []
  let deliver: (message: MainToWorker) => void = () => undefined
  const shim: WorkerShim = {
    identity: { pid: process.pid, threadId: 0, runtime: 'thread', nodeVersion: process.versions.node },
    post: (message, transfer) => posted.push({ message, transfer }),
    onMessage: (listener) => (deliver = listener),
    exit: () => undefined,
    close: () => undefined,
  }
  startWorkerLoop(shim)
  return { posted, send: (message: MainToWorker) => deliver(message) }
}

describe('worker loop probes', () => {
  it('echoes bytes and strings unchanged, with the sequence number', () => {
    const { posted, send } = harness()
    const bytes = new Uint8Array([1, 2, 3, 250])
    send({ type: 'echo', seq: 7, payload: bytes, transfer: false })
    send({ type: 'echo', seq: 8, payload: 'héllo', transfer: false })
    expect(posted.slice(1).map((p) => p.message)).toEqual([
      { type: 'echo', seq: 7, payload: bytes },
      { type: 'echo', seq: 8, payload: 'héllo' },
    ])
    expect(posted[1]!.transfer).toBeUndefined()
  })

  it('hands the buffer back for transfer when asked, but never a shared one', () => {
    const { posted, send } = harness()
    const own = new Uint8Array(16)
    send({ type: 'echo', seq: 1, payload: own, transfer: true })
    expect(posted[1]!.transfer).toEqual([own.buffer])
    const shared = new Uint8Array(new SharedArrayBuffer(16))
    send({ type: 'echo', seq: 2, payload: shared, transfer: true })
    expect(posted[2]!.transfer).toBeUndefined()
    send({ type: 'echo', seq: 3, payload: 'text', transfer: true })
    expect(posted[3]!.transfer).toBeUndefined()
  })

  it('reports its memory usage', () => {
    const { posted, send } = harness()
    send({ type: 'memory', seq: 4 })
    const reply = posted[1]!.message
    expect(reply).toMatchObject({ type: 'memory', seq: 4 })
    if (reply.type !== 'memory') throw new Error('expected a memory reply')
    expect(reply.rssBytes).toBeGreaterThan(0)
    expect(reply.heapUsedBytes).toBeGreaterThan(0)
    expect(reply.heapTotalBytes).toBeGreaterThanOrEqual(reply.heapUsedBytes)
  })

  it('answers on a port it was given, and closes it on shutdown', async () => {
    const { send } = harness()
    const { port1, port2 } = new MessageChannel()
    send({ type: 'echo-port', port: port2 })
    const answer = new Promise((resolve) => port1.once('message', resolve))
    port1.postMessage({ seq: 1, payload: new Uint8Array([9, 8, 7]) })
    expect(await answer).toEqual({ seq: 1, payload: new Uint8Array([9, 8, 7]) })
    const closed = new Promise((resolve) => port1.once('close', resolve))
    send({ type: 'shutdown' })
    await closed
  })
})
