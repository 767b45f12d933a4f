/**
 * An engine-owned server on a local socket, for the processes of one run: a Unix socket in a temp
 * folder owned by this lab (swept by the next run if the lab is killed), or a named pipe on
 * Windows. The owner server (the counter `multiprocessing.Manager` stands for) and the hazards'
 * lock server both stand on it; each brings its own line protocol (`onSocket`). Closing ends every
 * connection, closes the server and removes the folder; a run's cancel closes it too.
 */
import { randomBytes } from 'node:crypto'
import { rm } from 'node:fs/promises'
import { createServer, type Server, type Socket } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { makeOwnedTempDir } from '../owned-temp-dir'

/** The longest Unix socket path every OS we run on accepts (macOS: 104 bytes with the NUL). */
export const MAX_SOCKET_PATH_BYTES = 103

export interface LocalServerOptions {
  /** Where the socket's folder goes (the OS temp folder by default). */
  parent?: string
  /** Closes the server when aborted (a run's cancel). */
  signal?: AbortSignal
  platform?: NodeJS.Platform
}

export interface LocalServerNames {
  /** The owned folder's prefix (the sweep after a crash finds it by it). */
  dirPrefix: string
  /** The socket's file name in that folder, and the pipe's name stem on Windows. */
  socket: string
  /** What the server is, for the one error it can raise ("the lock server's"). */
  what: string
}

export interface LocalServer {
  /** What a client connects to: a socket path, or a pipe name on Windows. */
  readonly address: string
  /** The folder holding the socket (undefined on Windows), for tests of the cleanup. */
  readonly dir: string | undefined
  /** Ends every connection open now (the server goes on listening). */
  dropConnections(): void
  /** Ends every connection, closes the server, removes the folder. Idempotent. */
  close(): Promise<void>
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

/** `beforeClose` runs first on close (answer the waiters before their connections go). */
export async function startLocalServer(names: LocalServerNames, options: LocalServerOptions, onSocket: (socket: Socket) => void, beforeClose: () => void = () => undefined): Promise<LocalServer> {
  options.signal?.throwIfAborted()
  const windows = (options.platform ?? process.platform) === 'win32'
  const dir = windows ? undefined : await makeOwnedTempDir(options.parent ?? tmpdir(), names.dirPrefix)
  const address = dir === undefined ? `\\\\.\\pipe\\conlab-${names.socket}-${randomBytes(8).toString('hex')}` : join(dir, `${names.socket}.sock`)
  if (dir !== undefined && Buffer.byteLength(address) > MAX_SOCKET_PATH_BYTES) {
    await rm(dir, { recursive: true, force: true })
    throw new Error(`${names.what} socket path would be too long (${Buffer.byteLength(address)} bytes, at most ${MAX_SOCKET_PATH_BYTES}): ${address}`)
  }
  const sockets = new Set<Socket>()
  const server = createServer((socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
    onSocket(socket)
  })
  const dropConnections = () => {
    for (const socket of sockets) socket.destroy()
  }
  let closing: Promise<void> | undefined
  const onAbort = () => void close()
  function close(): Promise<void> {
    closing ??= (async () => {
      options.signal?.removeEventListener('abort', onAbort)
      beforeClose()
      dropConnections()
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
  return { address, dir, dropConnections, close }
}
