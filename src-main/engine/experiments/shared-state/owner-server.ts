/**
 * A value owned by the engine and changed by messages (issue 15, contract item 2): the lab's
 * stand-in for `multiprocessing.Manager().Value`, which is itself a server process spoken to over
 * a socket. Worker processes cannot share memory with the engine, so they reach this server
 * through `src-workers/kernels/owner-client.ts` (the line protocol is described there).
 *
 * The socket lives in a temporary directory named after this process (swept by the next lab if
 * this one is SIGKILLed), or is a named pipe on Windows. `close()` ends every connection, closes
 * the server and removes the directory; it runs on abort too, and a failed start leaves nothing.
 */
import { randomBytes } from 'node:crypto'
import { createServer, type Server, type Socket } from 'node:net'
import { rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { OWNER_MAX_LINE, parseInteger } from '../../../../src-workers/kernels/owner-client'
import { makeOwnedTempDir } from '../owned-temp-dir'

export const OWNER_DIR_PREFIX = 'conlab-owner-'

/**
 * Longest Unix socket path that fits everywhere (sun_path: 104 bytes on macOS, 108 on Linux,
 * with the terminating NUL). Node on Linux silently truncates a longer one and binds the socket
 * at the truncated path, outside the directory that would be cleaned up, so it is refused here.
 */
export const MAX_SOCKET_PATH_BYTES = 103

export interface OwnerServer {
  /** What `OwnerClient.connect` takes: a socket path, or a pipe name on Windows. */
  readonly address: string
  /** The directory holding the socket (undefined on Windows), for tests of the cleanup. */
  readonly dir: string | undefined
  /** The owned value as it is now. */
  value(): number
  /** Requests answered so far (every get, set and add). */
  requests(): number
  /** Sets the value from the engine's side, between repetitions (no worker may be talking). */
  reset(value?: number): void
  /** Ends every connection, closes the server, removes the socket's directory. Idempotent. */
  close(): Promise<void>
}

export interface OwnerServerOptions {
  initial?: number
  /** Where the socket's directory goes (the OS temp folder by default). */
  parent?: string
  /** Closes the server when aborted (a run's cancel). */
  signal?: AbortSignal
  platform?: NodeJS.Platform
}

/** One request line -> its reply line (without the newline), changing `state` for set and add. */
export function answer(line: string, state: { value: number }): string {
  const [op, argument, extra] = line.trim().split(' ')
  if (extra !== undefined) return 'error too many arguments'
  switch (op) {
    case 'get':
      return argument === undefined ? String(state.value) : 'error get takes no argument'
    case 'set':
    case 'add': {
      const number = argument === undefined ? undefined : parseInteger(argument)
      if (number === undefined) return `error ${op} needs an integer`
      const next = op === 'set' ? number : state.value + number
      if (!Number.isSafeInteger(next)) return 'error the value would leave the safe integer range'
      state.value = next
      return op === 'set' ? 'ok' : String(next)
    }
    default:
      return 'error unknown command'
  }
}

function serve(socket: Socket, state: { value: number; requests: number }): void {
  socket.setEncoding('utf8')
  socket.setNoDelay(true)
  let buffered = ''
  socket.on('data', (chunk: string) => {
    buffered += chunk
    let replies = ''
    let newline = buffered.indexOf('\n')
    while (newline >= 0) {
      replies += `${answer(buffered.slice(0, newline), state)}\n`
      state.requests++
      buffered = buffered.slice(newline + 1)
      newline = buffered.indexOf('\n')
    }
    // One write per chunk: a client that pipelines gets its replies in one packet.
    if (replies) socket.write(replies)
    if (buffered.length > OWNER_MAX_LINE) socket.end('error line too long\n')
  })
  // A worker that dies mid-request resets its connection; that is its own failure, not ours.
  socket.on('error', () => socket.destroy())
}

function listen(server: Server, address: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(address, () => {
      server.off('error', reject)
      resolve()
    })
  })
}

export async function startOwnerServer(options: OwnerServerOptions = {}): Promise<OwnerServer> {
  options.signal?.throwIfAborted()
  const windows = (options.platform ?? process.platform) === 'win32'
  const dir = windows ? undefined : await makeOwnedTempDir(options.parent ?? tmpdir(), OWNER_DIR_PREFIX)
  const address = dir === undefined ? `\\\\.\\pipe\\conlab-${randomBytes(8).toString('hex')}` : join(dir, 'owner.sock')
  if (dir !== undefined && Buffer.byteLength(address) > MAX_SOCKET_PATH_BYTES) {
    await rm(dir, { recursive: true, force: true })
    throw new Error(`the owner's socket path would be too long (${Buffer.byteLength(address)} bytes, at most ${MAX_SOCKET_PATH_BYTES}): ${address}`)
  }
  const state = { value: options.initial ?? 0, requests: 0 }
  const sockets = new Set<Socket>()
  const server = createServer((socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
    serve(socket, state)
  })
  let closing: Promise<void> | undefined
  const onAbort = () => void close()
  function close(): Promise<void> {
    closing ??= (async () => {
      options.signal?.removeEventListener('abort', onAbort)
      for (const socket of sockets) socket.destroy()
      await new Promise<void>((resolve) => server.close(() => resolve()))
      if (dir !== undefined) await rm(dir, { recursive: true, force: true })
    })()
    return closing
  }
  try {
    await listen(server, address)
  } catch (error) {
    await close()
    throw error
  }
  options.signal?.addEventListener('abort', onAbort, { once: true })
  if (options.signal?.aborted) await close()
  return {
    address,
    dir,
    value: () => state.value,
    requests: () => state.requests,
    reset: (value = 0) => {
      state.value = value
    },
    close,
  }
}
