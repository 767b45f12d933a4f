/**
 * The worker side of a value owned by the engine (issue 15, contract item 2). Node processes
 * cannot share memory, so the tutorials' `multiprocessing.Manager` (itself a server process
 * spoken to over a socket) is stood in for by the engine's owner server
 * (`src-main/engine/experiments/shared-state/owner-server.ts`), reached over a Unix socket or a
 * Windows named pipe with a line protocol:
 *
 *   `get`    -> `<value>`      the current value
 *   `set N`  -> `ok`           replaces it
 *   `add N`  -> `<new value>`  changes it in one step on the owner (exact under concurrency)
 *   anything else -> `error <reason>`
 *
 * Replies come back in request order on one connection, so pending requests are a FIFO. Every
 * request is bounded by a timeout: a silent owner rejects it, never hangs the worker.
 */
import { connect, type Socket } from 'node:net'

/** Longest line either side accepts: a command, a space and a safe integer fit well within it. */
export const OWNER_MAX_LINE = 64

export type OwnerRequest = { op: 'get' } | { op: 'set'; value: number } | { op: 'add'; delta: number }

export function formatRequest(request: OwnerRequest): string {
  switch (request.op) {
    case 'get':
      return 'get\n'
    case 'set':
      return `set ${request.value}\n`
    case 'add':
      return `add ${request.delta}\n`
  }
}

/** A safe integer written the way the protocol writes one (optional minus, digits), or undefined. */
export function parseInteger(text: string): number | undefined {
  if (!/^-?\d{1,16}$/.test(text)) return undefined
  const value = Number(text)
  return Number.isSafeInteger(value) ? value : undefined
}

export class OwnerClientError extends Error {
  override name = 'OwnerClientError'
}

interface Pending {
  resolve(line: string): void
  reject(error: Error): void
  timer: ReturnType<typeof setTimeout>
}

export interface OwnerClientOptions {
  /** Bound on connecting and on each request's reply. */
  timeoutMs: number
}

export class OwnerClient {
  private readonly pending: Pending[] = []
  private buffered = ''
  private failure: Error | undefined

  private constructor(
    private readonly socket: Socket,
    private readonly timeoutMs: number,
  ) {
    socket.setEncoding('utf8')
    socket.setNoDelay(true)
    socket.on('data', (chunk: string) => this.receive(chunk))
    socket.on('error', (error) => this.fail(new OwnerClientError(`owner connection failed: ${error.message}`)))
    socket.on('close', () => this.fail(new OwnerClientError('the owner closed the connection')))
  }

  static connect(address: string, options: OwnerClientOptions): Promise<OwnerClient> {
    return new Promise((resolve, reject) => {
      const socket = connect(address)
      const timer = setTimeout(() => {
        socket.destroy()
        reject(new OwnerClientError(`could not reach the owner at ${address} within ${options.timeoutMs} ms`))
      }, options.timeoutMs)
      socket.once('error', (error) => {
        clearTimeout(timer)
        reject(new OwnerClientError(`could not reach the owner at ${address}: ${error.message}`))
      })
      socket.once('connect', () => {
        clearTimeout(timer)
        socket.removeAllListeners('error')
        resolve(new OwnerClient(socket, options.timeoutMs))
      })
    })
  }

  async get(): Promise<number> {
    return this.integerReply(await this.request({ op: 'get' }))
  }

  async set(value: number): Promise<void> {
    const line = await this.request({ op: 'set', value })
    if (line !== 'ok') throw new OwnerClientError(`unexpected reply to set: ${line}`)
  }

  async add(delta: number): Promise<number> {
    return this.integerReply(await this.request({ op: 'add', delta }))
  }

  close(): void {
    this.fail(new OwnerClientError('the owner connection is closed'))
  }

  private integerReply(line: string): number {
    const value = parseInteger(line)
    if (value === undefined) throw new OwnerClientError(`unexpected reply from the owner: ${line.slice(0, OWNER_MAX_LINE)}`)
    return value
  }

  private request(request: OwnerRequest): Promise<string> {
    if (this.failure) return Promise.reject(this.failure)
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        // Replies are matched by order: once one is missing, the connection is unusable.
        this.fail(new OwnerClientError(`the owner did not answer ${request.op} within ${this.timeoutMs} ms`))
      }, this.timeoutMs)
      this.pending.push({ resolve, reject, timer })
      this.socket.write(formatRequest(request))
    })
  }

  private receive(chunk: string): void {
    this.buffered += chunk
    let newline = this.buffered.indexOf('\n')
    while (newline >= 0) {
      const line = this.buffered.slice(0, newline)
      this.buffered = this.buffered.slice(newline + 1)
      const waiter = this.pending.shift()
      if (!waiter) return this.fail(new OwnerClientError('the owner sent a reply nobody asked for'))
      clearTimeout(waiter.timer)
      if (line.startsWith('error ')) waiter.reject(new OwnerClientError(`the owner refused: ${line.slice(6, 6 + OWNER_MAX_LINE)}`))
      else waiter.resolve(line)
      newline = this.buffered.indexOf('\n')
    }
    if (this.buffered.length > OWNER_MAX_LINE) this.fail(new OwnerClientError('the owner sent an over-long line'))
  }

  private fail(error: Error): void {
    this.failure ??= error
    this.socket.destroy()
    for (const waiter of this.pending.splice(0)) {
      clearTimeout(waiter.timer)
      waiter.reject(this.failure)
    }
  }
}
