/**
 * A request/answer client over a local socket (a named pipe on Windows), one line each way, for
 * the engine's servers that stand in for `multiprocessing.Manager` (the owner server of issue 15,
 * the lock server of issue 17): Node processes share no memory, so what they share lives in the
 * engine and is reached by messages. Replies come in request order on one connection, so the
 * pending requests are a FIFO; each is bounded by a timeout: a silent server fails the client,
 * never hangs it. A server may also send lines nobody asked for (the lock server's `go` and
 * `abort`): `unasked` consumes them before they are taken as replies.
 */
import { connect, type Socket } from 'node:net'

export interface LineClientOptions {
  /** The server as messages name it ("lock server", "owner"). */
  peer: string
  /** Longest line either side sends. */
  maxLine: number
  /** The error every failure is reported as (the caller's own class). */
  error: (message: string) => Error
  /** True when `line` was a notice from the server, not a reply. */
  unasked?: (line: string) => boolean
  /** Called after every line received and on a failure (the lock client wakes its waits). */
  changed?: () => void
}

interface Pending {
  resolve(line: string): void
  reject(error: Error): void
  timer: ReturnType<typeof setTimeout>
}

export class LineClient {
  private readonly pending: Pending[] = []
  private buffered = ''
  private failure: Error | undefined

  private constructor(
    private readonly socket: Socket,
    private readonly options: LineClientOptions,
  ) {
    socket.setEncoding('utf8')
    socket.setNoDelay(true)
    socket.on('data', (chunk: string) => this.receive(chunk))
    socket.on('error', (error) => this.fail(options.error(`${options.peer} connection failed: ${error.message}`)))
    socket.on('close', () => this.fail(options.error(`the ${options.peer} closed the connection`)))
  }

  /** Connects within `timeoutMs`; `where` names the server in the refusal ("the owner at /tmp/s"). */
  static connect(address: string, timeoutMs: number, where: string, options: LineClientOptions): Promise<LineClient> {
    return new Promise((resolve, reject) => {
      const socket = connect(address)
      const timer = setTimeout(() => {
        socket.destroy()
        reject(options.error(`could not reach ${where} within ${timeoutMs} ms`))
      }, timeoutMs)
      socket.once('error', (error) => {
        clearTimeout(timer)
        reject(options.error(`could not reach ${where}: ${error.message}`))
      })
      socket.once('connect', () => {
        clearTimeout(timer)
        socket.removeAllListeners('error')
        resolve(new LineClient(socket, options))
      })
    })
  }

  /** The connection failed or was closed: every request now rejects. */
  get failed(): boolean {
    return this.failure !== undefined
  }

  /** Sends `line`; its reply, or a rejection when none came within `timeoutMs` (`what` names the request). */
  request(line: string, timeoutMs: number, what?: string): Promise<string> {
    if (this.failure) return Promise.reject(this.failure)
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        // Replies are matched by order: once one is missing, the connection is unusable.
        this.fail(this.options.error(`the ${this.options.peer} did not answer${what === undefined ? '' : ` ${what}`} within ${timeoutMs} ms`))
      }, timeoutMs)
      this.pending.push({ resolve, reject, timer })
      this.socket.write(`${line}\n`)
    })
  }

  /** A reply the protocol did not expect, cut to one line's length. */
  unexpected(line: string, what = `from the ${this.options.peer}`): Error {
    return this.options.error(`unexpected reply ${what}: ${line.slice(0, this.options.maxLine)}`)
  }

  close(): void {
    this.fail(this.options.error(`the ${this.options.peer} connection is closed`))
  }

  private receive(chunk: string): void {
    const { peer, maxLine, error, unasked, changed } = this.options
    this.buffered += chunk
    let newline = this.buffered.indexOf('\n')
    while (newline >= 0) {
      const line = this.buffered.slice(0, newline)
      this.buffered = this.buffered.slice(newline + 1)
      if (!unasked?.(line)) {
        const waiter = this.pending.shift()
        if (!waiter) return this.fail(error(`the ${peer} sent a reply nobody asked for`))
        clearTimeout(waiter.timer)
        if (line.startsWith('error ')) waiter.reject(error(`the ${peer} refused: ${line.slice(6, 6 + maxLine)}`))
        else waiter.resolve(line)
      }
      changed?.()
      newline = this.buffered.indexOf('\n')
    }
    if (this.buffered.length > maxLine) this.fail(error(`the ${peer} sent an over-long line`))
  }

  private fail(error: Error): void {
    this.failure ??= error
    this.socket.destroy()
    for (const waiter of this.pending.splice(0)) {
      clearTimeout(waiter.timer)
      waiter.reject(this.failure)
    }
    this.options.changed?.()
  }
}
