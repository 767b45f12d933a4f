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
 * Replies come back in request order on one connection, so pending requests are a FIFO (the shared
 * line client, line-client.ts). Every request is bounded by a timeout: a silent owner rejects it,
 * never hangs the worker.
 */
import { LineClient } from './line-client'

/** Longest line either side accepts: a command, a space and a safe integer fit well within it. */
export const OWNER_MAX_LINE = 64

export type OwnerRequest = { op: 'get' } | { op: 'set'; value: number } | { op: 'add'; delta: number }

/** The request's line, without its newline. */
export function formatRequest(request: OwnerRequest): string {
  switch (request.op) {
    case 'get':
      return 'get'
    case 'set':
      return `set ${request.value}`
    case 'add':
      return `add ${request.delta}`
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

export interface OwnerClientOptions {
  /** Bound on connecting and on each request's reply. */
  timeoutMs: number
}

export class OwnerClient {
  private constructor(
    private readonly line: LineClient,
    private readonly timeoutMs: number,
  ) {}

  static async connect(address: string, options: OwnerClientOptions): Promise<OwnerClient> {
    const line = await LineClient.connect(address, options.timeoutMs, `the owner at ${address}`, {
      peer: 'owner',
      maxLine: OWNER_MAX_LINE,
      error: (message) => new OwnerClientError(message),
    })
    return new OwnerClient(line, options.timeoutMs)
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
    this.line.close()
  }

  private integerReply(line: string): number {
    const value = parseInteger(line)
    if (value === undefined) throw this.line.unexpected(line)
    return value
  }

  private request(request: OwnerRequest): Promise<string> {
    return this.line.request(formatRequest(request), this.timeoutMs, request.op)
  }
}
