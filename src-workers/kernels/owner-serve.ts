/** The owner's task: on MessagePorts (an owner thread) or on a local socket (an owner process). */
import type { OwnerServeResult, OwnerServeTask } from '../../src-shared/protocol-shared-state'
import { serveOnPorts } from './owner-ports'
import { serveOnSocket } from './owner-socket'

export async function runOwnerServe(task: OwnerServeTask): Promise<OwnerServeResult> {
  const { listen } = task
  const tally = listen.type === 'ports' ? await serveOnPorts(listen.ports, task.clients, task.timeoutMs) : await serveOnSocket(listen.path, task.clients, task.timeoutMs)
  return { kind: 'owner-serve', ...tally }
}
