/**
 * Entry of the loopback server process (child_process.fork, found via `?modulePath`). Waits for
 * `start`, listens on 127.0.0.1 at a random port, and answers until `stop`. If the engine goes
 * away without stopping it (crash, SIGKILL), the IPC channel closes and the server exits with it:
 * no orphan keeps a port open.
 */
import { assertNever, serializeError } from '../../../src-shared/protocol'
import type { ControllerToServer, ServerToController } from './messages'
import { type RunningLoopbackServer, listenLoopback } from './server'

if (!process.send) throw new Error('server-entry must be started by child_process.fork')
const send = (message: ServerToController, then?: () => void) => process.send?.(message, undefined, {}, () => then?.())
let server: RunningLoopbackServer | undefined

process.on('disconnect', () => process.exit(0))
// Loaded asynchronously: the engine may have gone, and 'disconnect' fired, before the line above.
if (!process.connected) process.exit(0)
process.on('message', (raw) => {
  const message = raw as ControllerToServer
  switch (message.type) {
    case 'start':
      listenLoopback(message.options).then(
        (running) => {
          server = running
          send({ type: 'listening', port: running.port })
        },
        (error: unknown) => send({ type: 'failed', error: serializeError(error) }, () => process.exit(1)),
      )
      return
    case 'stop': {
      const closing = server ? server.close() : Promise.resolve()
      void closing.then(() => send({ type: 'stopped', served: server?.served() ?? 0 }, () => process.exit(0)))
      return
    }
    default:
      assertNever(message, 'message to the loopback server')
  }
})
