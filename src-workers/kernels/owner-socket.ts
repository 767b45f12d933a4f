/**
 * An owner process for the message-passing way between processes. Node processes share no
 * memory, and the tutorials' `multiprocessing.Queue` is itself a pipe between processes; here the
 * owner listens on a local socket (a Unix socket in the run's own temp dir, a named pipe on
 * Windows) and speaks the engine owner's line protocol (owner-client.ts): `add N` -> new value,
 * `get` -> value. It returns once `clients` connections came and went.
 */
import { createServer, type Socket } from 'node:net'
import { OWNER_MAX_LINE, parseInteger } from './owner-client'
import type { OwnerTally } from './owner-ports'

function reply(line: string, tally: OwnerTally): string {
  const [op, argument, extra] = line.split(' ')
  if (op === 'get' && argument === undefined) return String(tally.value)
  const delta = op === 'add' && extra === undefined && argument !== undefined ? parseInteger(argument) : undefined
  if (delta === undefined) return 'error unknown command'
  tally.value += delta
  tally.updates++
  return String(tally.value)
}

export function serveOnSocket(path: string, clients: number, timeoutMs: number): Promise<OwnerTally> {
  const tally: OwnerTally = { value: 0, updates: 0 }
  return new Promise((resolve, reject) => {
    const sockets = new Set<Socket>()
    let closed = 0
    let seen = -1
    let ended = false
    const end = (error?: Error) => {
      if (ended) return
      ended = true
      clearInterval(watchdog)
      for (const socket of sockets) socket.destroy()
      server.close(() => (error ? reject(error) : resolve(tally)))
    }
    const watchdog = setInterval(() => {
      if (tally.updates === seen) end(new Error(`owner: no update for ${timeoutMs} ms; a client is gone`))
      seen = tally.updates
    }, timeoutMs)
    const server = createServer((socket) => {
      sockets.add(socket)
      socket.setEncoding('utf8')
      socket.setNoDelay(true)
      let buffered = ''
      socket.on('data', (chunk: string) => {
        buffered += chunk
        let newline = buffered.indexOf('\n')
        let out = ''
        while (newline >= 0) {
          out += `${reply(buffered.slice(0, newline), tally)}\n`
          buffered = buffered.slice(newline + 1)
          newline = buffered.indexOf('\n')
        }
        if (out !== '') socket.write(out)
        if (buffered.length > OWNER_MAX_LINE) socket.destroy()
      })
      socket.on('error', () => undefined)
      socket.on('close', () => {
        sockets.delete(socket)
        if (++closed === clients) end()
      })
    })
    server.on('error', (error) => end(new Error(`owner: cannot listen at ${path}: ${error.message}`)))
    server.listen(path)
  })
}
