/**
 * The owner thread of the message-passing way (the tutorials' `queue.Queue` with one consumer
 * that owns the data): it alone holds the value; clients post a number to add on their
 * MessagePort and wait for the new value as the acknowledgement. Nothing is shared but messages.
 */
import type { UpdatePortLike } from '../../src-shared/protocol-shared-state'

/** What a client posts: a number to add, or this once it has sent all its updates. */
export const CLIENT_DONE = 'done'

export interface OwnerTally {
  value: number
  updates: number
}

/**
 * Serves until each of `clients` ports said it is done. Fails when no update arrives for
 * `timeoutMs` (a client died), or on a message it does not understand; ports are closed either way.
 */
export function serveOnPorts(ports: readonly UpdatePortLike[], clients: number, timeoutMs: number): Promise<OwnerTally> {
  const tally: OwnerTally = { value: 0, updates: 0 }
  if (ports.length !== clients) return Promise.reject(new Error(`owner: ${ports.length} ports for ${clients} clients`))
  return new Promise((resolve, reject) => {
    let done = 0
    let seen = -1
    const end = (error?: Error) => {
      clearInterval(watchdog)
      for (const port of ports) port.close()
      if (error) reject(error)
      else resolve(tally)
    }
    // One timer for the whole serve rather than one per message: the bound costs nothing per update.
    const watchdog = setInterval(() => {
      if (tally.updates === seen) end(new Error(`owner: no update for ${timeoutMs} ms; a client is gone`))
      seen = tally.updates
    }, timeoutMs)
    for (const port of ports) {
      port.on('message', (message) => {
        if (typeof message === 'number' && Number.isSafeInteger(message)) {
          tally.value += message
          tally.updates++
          port.postMessage(tally.value)
        } else if (message === CLIENT_DONE) {
          if (++done === clients) end()
        } else {
          end(new Error(`owner: unexpected message ${JSON.stringify(message)?.slice(0, 60) ?? typeof message}`))
        }
      })
    }
    if (clients === 0) end()
  })
}
