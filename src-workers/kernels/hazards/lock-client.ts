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
 * requests are a FIFO (the shared line client, ../line-client.ts); each is bounded by its own wait
 * plus a margin: a silent server fails the worker, never hangs it.
 */
import { LineClient, type LineClientOptions } from '../line-client'

export type AcquireOutcome = 'acquired' | 'timeout' | 'aborted'
export type WaitKindWord = 'blocks' | 'tries'

/** Longest line either side sends. */
export const LOCK_MAX_LINE = 64

/** Beyond its own wait, how long a reply may take before the server counts as lost. */
const REPLY_MARGIN_MS = 10_000

export class LockClientError extends Error {
  override name = 'LockClientError'
}

export class LockClient {
  private opened = false
  private abortSeen = false
  private readonly wakers = new Set<() => void>()

  private constructor(private readonly line: LineClient) {}

  static async connect(address: string, timeoutMs: number): Promise<LockClient> {
    // The line client is made before the LockClient it reports to: its hooks reach it through `self`.
    const self: { client?: LockClient } = {}
    const options: LineClientOptions = {
      peer: 'lock server',
      maxLine: LOCK_MAX_LINE,
      error: (message) => new LockClientError(message),
      unasked: (line) => self.client?.notice(line) ?? false,
      changed: () => self.client?.wake(),
    }
    self.client = new LockClient(await LineClient.connect(address, timeoutMs, 'the lock server', options))
    return self.client
  }

  /** The run's abort (a found deadlock, a cancel) or a lost server: every loop checks it. */
  get aborted(): boolean {
    return this.abortSeen || this.line.failed
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
    this.line.close()
  }

  private request(line: string, waitMs: number): Promise<string> {
    return this.line.request(line, waitMs + REPLY_MARGIN_MS)
  }

  /** `go` (the start line opened) and `abort` come unasked; anything else is a reply. */
  private notice(line: string): boolean {
    if (line === 'go') this.opened = true
    else if (line === 'abort') this.abortSeen = true
    else return false
    return true
  }

  private wake(): void {
    for (const wake of [...this.wakers]) wake()
  }

  private count(line: string): number {
    if (!/^\d{1,15}$/.test(line)) throw this.line.unexpected(line)
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
}
