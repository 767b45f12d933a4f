/** The owner's task: on MessagePorts (an owner thread) or on a local socket (an owner process). */
import type { OwnerServeResult, OwnerServeTask } from '../../src-shared/protocol-shared-state'
import { serveOnPorts } from './owner-ports'
import { serveOnSocket } from './owner-socket'
import { lockSpecOf, runLocked } from '../global-lock-scope'

/**
 * Under the global lock (issue 16) the owner, a thread like its clients, takes it and serves with
 * it released while it waits for messages (its handlers only add and answer).
 */
export function runOwnerServe(task: OwnerServeTask): Promise<OwnerServeResult> {
  const spec = lockSpecOf(task)
  return Promise.resolve(spec === undefined ? serve(task) : runLocked<OwnerServeResult>(spec, (lock) => lock.around(() => serve(task))))
}

async function serve(task: OwnerServeTask): Promise<OwnerServeResult> {
  const { listen } = task
  const tally = listen.type === 'ports' ? await serveOnPorts(listen.ports, task.clients, task.timeoutMs) : await serveOnSocket(listen.path, task.clients, task.timeoutMs)
  return { kind: 'owner-serve', ...tally }
}
