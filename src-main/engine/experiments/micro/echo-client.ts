/**
 * Round trips of echo probes to one worker, outside the task pool: the probe goes straight down the
 * runtime's channel and the worker loop answers at once, so a timed round trip is the messaging
 * mechanism plus the two event loops, and nothing of the pool's queueing.
 *
 * One probe is in flight at a time (latency, not pipelining). A worker that dies, or a cancel,
 * fails the waiting round trip instead of leaving it hanging.
 */
import { MessageChannel, type MessagePort, type Transferable } from 'node:worker_threads'
import type { EchoPayload, ProbeReply } from '../../../../src-shared/protocol'
import { AbortError, WorkerCrashedError } from '../../runtimes/errors'
import type { ManagedWorker } from '../../runtimes/managed-worker'

export interface EchoTransport {
  /** Sends `payload` and resolves with what came back; `transfer` moves the bytes (threads). */
  roundTrip(payload: EchoPayload, transfer?: boolean): Promise<EchoPayload>
  close(): void
}

interface Pending {
  seq: number
  resolve(payload: EchoPayload): void
  reject(error: Error): void
}

type MemoryReply = Extract<ProbeReply, { type: 'memory' }>

/** Calls `fail` when the worker exits or the run is cancelled; returns the way to stop listening. */
function watchFailures(worker: ManagedWorker, signal: AbortSignal | undefined, fail: (error: Error) => void): () => void {
  let active = true
  void worker.exited.then((exit) => {
    if (active) fail(new WorkerCrashedError(worker.kind, exit.code, exit.signal))
  })
  const onAbort = () => fail(new AbortError(signal?.reason))
  signal?.addEventListener('abort', onAbort, { once: true })
  return () => {
    active = false
    signal?.removeEventListener('abort', onAbort)
  }
}

/** Probes through the worker's own channel (thread postMessage, process IPC, utility postMessage). */
export class EchoClient implements EchoTransport {
  private seq = 0
  private pending: Pending | undefined
  private memoryWaiter: { seq: number; resolve(reply: MemoryReply): void; reject(error: Error): void } | undefined
  private failure: Error | undefined
  private readonly unlisten: () => void

  constructor(
    private readonly worker: ManagedWorker,
    signal?: AbortSignal,
  ) {
    worker.onProbeReply = (reply) => this.onReply(reply)
    this.unlisten = watchFailures(worker, signal, (error) => this.fail(error))
  }

  roundTrip(payload: EchoPayload, transfer = false): Promise<EchoPayload> {
    if (this.failure) return Promise.reject(this.failure)
    const seq = ++this.seq
    return new Promise<EchoPayload>((resolve, reject) => {
      this.pending = { seq, resolve, reject }
      const moved: Transferable[] | undefined = transfer && typeof payload !== 'string' ? [payload.buffer as ArrayBuffer] : undefined
      this.worker.probe({ type: 'echo', seq, payload, transfer }, moved)
    })
  }

  /** The worker's own `process.memoryUsage()`. */
  memory(): Promise<MemoryReply> {
    if (this.failure) return Promise.reject(this.failure)
    const seq = ++this.seq
    return new Promise<MemoryReply>((resolve, reject) => {
      this.memoryWaiter = { seq, resolve, reject }
      this.worker.probe({ type: 'memory', seq })
    })
  }

  close(): void {
    this.worker.onProbeReply = undefined
    this.unlisten()
  }

  private onReply(reply: ProbeReply): void {
    if (reply.type === 'echo') {
      const pending = this.pending
      // An answer to anything but the probe in flight would be a protocol bug: say so.
      if (!pending || pending.seq !== reply.seq) return this.fail(new Error(`echo answer out of order: got ${reply.seq}, waiting for ${pending?.seq}`))
      this.pending = undefined
      pending.resolve(reply.payload)
    } else {
      const waiter = this.memoryWaiter
      if (!waiter || waiter.seq !== reply.seq) return
      this.memoryWaiter = undefined
      waiter.resolve(reply)
    }
  }

  private fail(error: Error): void {
    this.failure ??= error
    const pending = this.pending
    this.pending = undefined
    pending?.reject(error)
    const waiter = this.memoryWaiter
    this.memoryWaiter = undefined
    waiter?.reject(error)
  }
}

/**
 * Probes through a `MessageChannel` whose other port was handed to a worker thread: the
 * `MessagePort` API (Python's `Queue` counterpart), without the worker's own parent port.
 */
export class PortEchoClient implements EchoTransport {
  private pending: Pending | undefined
  private seq = 0
  private failure: Error | undefined
  private readonly port: MessagePort
  private readonly unlisten: () => void

  constructor(worker: ManagedWorker, signal?: AbortSignal) {
    const { port1, port2 } = new MessageChannel()
    this.port = port1
    port1.on('message', (message: { seq: number; payload: EchoPayload }) => {
      const pending = this.pending
      if (!pending || pending.seq !== message.seq) return this.fail(new Error(`port echo answer out of order: got ${message.seq}`))
      this.pending = undefined
      pending.resolve(message.payload)
    })
    worker.probe({ type: 'echo-port', port: port2 }, [port2])
    this.unlisten = watchFailures(worker, signal, (error) => this.fail(error))
  }

  roundTrip(payload: EchoPayload): Promise<EchoPayload> {
    if (this.failure) return Promise.reject(this.failure)
    const seq = ++this.seq
    return new Promise<EchoPayload>((resolve, reject) => {
      this.pending = { seq, resolve, reject }
      this.port.postMessage({ seq, payload })
    })
  }

  close(): void {
    this.port.close()
    this.unlisten()
  }

  private fail(error: Error): void {
    this.failure ??= error
    const pending = this.pending
    this.pending = undefined
    pending?.reject(error)
  }
}
