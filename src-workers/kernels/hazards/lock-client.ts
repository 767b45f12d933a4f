/**
 * A worker process's side of the engine's lock server (engine: src-main/engine/experiments/
 * hazards/lock-server.ts), the lab's stand-in for a `multiprocessing.Manager().Lock()`: processes
 * share no memory, so the locks live in the engine and are taken and given back by messages, one
 * line each, over a local socket (a named pipe on Windows):
 *
 *   `hello W`                      -> `ok`          this connection is worker W
 *   `acquire L MS blocks|tries`    -> `acquired` | `timeout` | `aborted`   waits at most MS
 *   `try L`                        -> `acquired` | `busy` | `aborted`      never waits
 *   `release L`                    -> `<pairs completed so far>`
 *   `done`                         -> `<pairs completed so far>`  one more completed pair (livelock)
 *
 * and, unasked, `go` (the start line opened) and `abort` (a deadlock found, a cancel): every wait
 * in progress is answered `aborted` at once. Replies come in request order, so the pending
 * requests are a FIFO; each is bounded by its own wait plus a margin: a silent server fails the
 * worker, never hangs it.
 */
import { connect, type Socket } from 'node:net'

export type AcquireOutcome = 'acquired' | 'timeout' | 'aborted'
export type WaitKindWord = 'blocks' | 'tries'

/** Longest line either side sends. */
export const LOCK_MAX_LINE = 64

/** Beyond its own wait, how long a reply may take before the server counts as lost. */
const REPLY_MARGIN_MS = 10_000

export class LockClientError extends Error {
  override name = 'LockClientError'
}

interface Pending {
  resolve(line: string): void
  reject(error: Error): void
  timer: ReturnType<typeof setTimeout>
}

export class LockClient {
  private readonly pending: Pending[] = []
  private buffered = ''
  private failure: Error | undefined
  private opened = false
  private abortSeen = false
  private readonly wakers = new Set<() => void>()

  private constructor(private readonly socket: Socket) {
    socket.setEncoding('utf8')
    socket.setNoDelay(true)
    socket.on('data', (chunk: string) => this.receive(chunk))
    socket.on('error', (error) => this.fail(new LockClientError(`lock server connection failed: ${error.message}`)))
    socket.on('close', () => this.fail(new LockClientError('the lock server closed the connection')))
  }

  static connect(address: string, timeoutMs: number): Promise<LockClient> {
    return new Promise((resolve, reject) => {
      const socket = connect(address)
      const timer = setTimeout(() => {
        socket.destroy()
        reject(new LockClientError(`could not reach the lock server within ${timeoutMs} ms`))
      }, timeoutMs)
      socket.once('error', (error) => {
        clearTimeout(timer)
        reject(new LockClientError(`could not reach the lock server: ${error.message}`))
      })
      socket.once('connect', () => {
        clearTimeout(timer)
        socket.removeAllListeners('error')
        resolve(new LockClient(socket))
      })
    })
  }

  /** The run's abort (a found deadlock, a cancel) or a lost server: every loop checks it. */
  get aborted(): boolean {
    return this.abortSeen || this.failure !== undefined
  }

  async hello(worker: number): Promise<void> {
    const line = await this.request(`hello ${worker}`, 0)
    if (line !== 'ok') throw new LockClientError(`unexpected reply to hello: ${line}`)
  }

  /** Waits (bounded) for the start line; false when it did not open. */
  waitGo(timeoutMs: number): Promise<boolean> {
    return this.until(() => this.opened, timeoutMs).then(() => this.opened && !this.aborted)
  }

  /** Sleeps `ms`, cut short by an abort; false when aborted. */
  async pause(ms: number): Promise<boolean> {
    if (ms > 0) await this.until(() => false, ms)
    return !this.aborted
  }

  async acquire(lock: number, timeoutMs: number, kind: WaitKindWord): Promise<AcquireOutcome> {
    const line = await this.request(`acquire ${lock} ${Math.max(0, Math.round(timeoutMs))} ${kind}`, timeoutMs)
    if (line === 'acquired' || line === 'timeout' || line === 'aborted') return line
    throw new LockClientError(`unexpected reply to acquire: ${line}`)
  }

  /** True when the lock is now ours; false when it was held (or the run was aborted). */
  async tryAcquire(lock: number): Promise<boolean> {
    const line = await this.request(`try ${lock}`, 0)
    if (line === 'acquired' || line === 'busy' || line === 'aborted') return line === 'acquired'
    throw new LockClientError(`unexpected reply to try: ${line}`)
  }

  /** Gives the lock back; the pairs the workers completed so far. */
  async release(lock: number): Promise<number> {
    return this.count(await this.request(`release ${lock}`, 0))
  }

  /** Counts one completed pair; the pairs completed so far. */
  async done(): Promise<number> {
    return this.count(await this.request('done', 0))
  }

  close(): void {
    this.fail(new LockClientError('the lock server connection is closed'))
  }

  private count(line: string): number {
    if (!/^\d{1,15}$/.test(line)) throw new LockClientError(`unexpected reply from the lock server: ${line.slice(0, LOCK_MAX_LINE)}`)
    return Number(line)
  }

  /** Resolves when `done()` holds, an abort or failure arrives, or after `ms`. */
  private until(done: () => boolean, ms: number): Promise<void> {
    return new Promise((resolve) => {
      const wake = () => {
        if (!done() && !this.aborted) return
        finish()
      }
      const finish = () => {
        clearTimeout(timer)
        this.wakers.delete(wake)
        resolve()
      }
      const timer = setTimeout(finish, ms)
      this.wakers.add(wake)
      wake()
    })
  }

  private request(line: string, waitMs: number): Promise<string> {
    if (this.failure) return Promise.reject(this.failure)
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => this.fail(new LockClientError(`the lock server did not answer within ${waitMs + REPLY_MARGIN_MS} ms`)), waitMs + REPLY_MARGIN_MS)
      this.pending.push({ resolve, reject, timer })
      this.socket.write(`${line}\n`)
    })
  }

  private receive(chunk: string): void {
    this.buffered += chunk
    let newline = this.buffered.indexOf('\n')
    while (newline >= 0) {
      const line = this.buffered.slice(0, newline)
      this.buffered = this.buffered.slice(newline + 1)
      if (line === 'go') this.opened = true
      else if (line === 'abort') this.abortSeen = true
      else {
        const waiter = this.pending.shift()
        if (!waiter) return this.fail(new LockClientError('the lock server sent a reply nobody asked for'))
        clearTimeout(waiter.timer)
        if (line.startsWith('error ')) waiter.reject(new LockClientError(`the lock server refused: ${line.slice(6, 6 + LOCK_MAX_LINE)}`))
        else waiter.resolve(line)
      }
      for (const wake of [...this.wakers]) wake()
      newline = this.buffered.indexOf('\n')
    }
    if (this.buffered.length > LOCK_MAX_LINE) this.fail(new LockClientError('the lock server sent an over-long line'))
  }

  private fail(error: Error): void {
    this.failure ??= error
    this.socket.destroy()
    for (const waiter of this.pending.splice(0)) {
      clearTimeout(waiter.timer)
      waiter.reject(this.failure)
    }
    for (const wake of [...this.wakers]) wake()
  }
}
