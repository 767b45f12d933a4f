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
import type { Socket } from 'node:net'
import { OWNER_MAX_LINE, parseInteger } from '../../../../src-workers/kernels/owner-client'
import { type LocalServerOptions, startLocalServer } from './local-server'

export const OWNER_DIR_PREFIX = 'conlab-owner-'

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

export interface OwnerServerOptions extends LocalServerOptions {
  initial?: number
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

export async function startOwnerServer(options: OwnerServerOptions = {}): Promise<OwnerServer> {
  const state = { value: options.initial ?? 0, requests: 0 }
  const local = await startLocalServer({ dirPrefix: OWNER_DIR_PREFIX, socket: 'owner', what: "the owner's" }, options, (socket) => serve(socket, state))
  return {
    address: local.address,
    dir: local.dir,
    value: () => state.value,
    requests: () => state.requests,
    reset: (value = 0) => {
      state.value = value
    },
    close: local.close,
  }
}
