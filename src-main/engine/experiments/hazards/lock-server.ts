/**
 * The engine's lock server (issue 17: "for processes, locks held by the main process,
 * Manager-style lock server"): Node processes share no memory, so the deadlock's and livelock's
 * locks live here and worker processes take and give them back by messages (protocol:
 * src-workers/kernels/hazards/lock-client.ts). Because every acquire, wait and release passes
 * through it, the server keeps the wait-for graph itself (who holds which lock, who waits for
 * which, a version per worker bumped on every change of its row), which the engine's watch reads
 * as it reads the threads' shared table (wait-for-watch.ts).
 *
 * One server per run, one repetition at a time (`begin` drops the last one's connections). Its
 * socket lives in an owned temporary directory, swept by the next lab if this one is SIGKILLed
 * (owned-temp-dir.ts); `close()` ends every connection and removes the directory, on abort too.
 * A waiter is handed the lock in arrival order when it is released; a worker whose connection
 * drops (it died) gives back what it held.
 */
import type { Socket } from 'node:net'
import type { WaitForGraph } from '../../../../src-shared/wait-for-graph'
import { LOCK_MAX_LINE } from '../../../../src-workers/kernels/hazards/lock-client'
import { type LocalServerOptions, startLocalServer } from '../shared-state/local-server'
import { type Conn, type Rep, answer, dropWorker, freshRep } from './lock-table'

export const LOCK_DIR_PREFIX = 'conlab-locks-'

export interface LockServer {
  readonly address: string
  /** The socket's directory (undefined on Windows), for tests of the cleanup. */
  readonly dir: string | undefined
  /** A new repetition of `workers` workers and as many locks; `onChange` after every change of the graph. */
  begin(workers: number, onChange?: () => void): void
  /** Workers of this repetition that said hello. */
  ready(): number
  /** Opens the start line. */
  go(): void
  /** Ends the repetition's waits: every pending and later acquire is answered `aborted`. */
  abort(): void
  graph(): WaitForGraph
  versions(): number[]
  close(): Promise<void>
}

function serve(socket: Socket, current: () => Rep): void {
  const conn: Conn = { rep: current(), worker: -1, send: (line) => void socket.write(`${line}\n`) }
  socket.setEncoding('utf8')
  socket.setNoDelay(true)
  let buffered = ''
  socket.on('data', (chunk: string) => {
    // A connection from an earlier repetition (a worker that was killed late) has nothing to say.
    if (conn.rep !== current()) return void socket.destroy()
    buffered += chunk
    let newline = buffered.indexOf('\n')
    while (newline >= 0) {
      const reply = answer(conn, buffered.slice(0, newline))
      if (reply !== undefined) conn.send(reply)
      buffered = buffered.slice(newline + 1)
      newline = buffered.indexOf('\n')
    }
    if (buffered.length > LOCK_MAX_LINE) socket.end('error line too long\n')
  })
  socket.on('error', () => socket.destroy())
  socket.on('close', () => dropWorker(conn))
}

export async function startLockServer(options: LocalServerOptions = {}): Promise<LockServer> {
  let rep = freshRep(0, () => undefined)
  // Waiters are answered `aborted` before their connections go.
  const local = await startLocalServer({ dirPrefix: LOCK_DIR_PREFIX, socket: 'locks', what: "the lock server's" }, options, (socket) => serve(socket, () => rep), () => rep.abort())
  return {
    address: local.address,
    dir: local.dir,
    begin(workers, onChange = () => undefined) {
      rep.abort()
      local.dropConnections()
      rep = freshRep(workers, onChange)
    },
    ready: () => rep.conns.size,
    go: () => rep.go(),
    abort: () => rep.abort(),
    graph: () => rep.graph(),
    versions: () => [...rep.versions],
    close: local.close,
  }
}
