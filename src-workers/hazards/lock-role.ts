/**
 * One worker process of the deadlock or livelock experiment on processes (engine: experiments/
 * hazards/process-repetition.ts). Its task comes as one JSON argument; it connects to the engine's
 * lock server, says who it is, waits for the start line, runs the same steps as the thread kernel
 * against the server's locks, sends its result over IPC and ends.
 *
 * It never outlives the engine: a lost IPC channel ('disconnect') ends it, and because the
 * livelock's spin never yields to the event loop, the parent is also compared with the engine's
 * pid it was given (an engine SIGKILLed while this process was loading would otherwise look like
 * its parent), in the spin and on a timer.
 */
import type { LockRoleConfig, LockRoleMessage } from '../../src-shared/protocol-hazards'
import { runRemoteDeadlock } from '../kernels/hazards/deadlock-remote'
import { LockClient } from '../kernels/hazards/lock-client'
import { runRemoteLivelock } from '../kernels/hazards/livelock-remote'

const config = JSON.parse(process.argv[2] ?? '{}') as LockRoleConfig
const orphaned = (): boolean => process.ppid !== config.enginePid
process.on('disconnect', () => process.exit(0))
process.on('error', () => process.exit(0))
setInterval(() => {
  if (orphaned()) process.exit(0)
}, 100).unref()

/** The last word: sent, then the channel closed so the process can end. */
const finish = (m: LockRoleMessage): void => {
  if (!process.connected) process.exit(0)
  process.send?.(m, () => process.disconnect?.())
}

async function main(): Promise<void> {
  if (orphaned() || !process.connected) process.exit(0)
  const task = config.task
  const locks = await LockClient.connect(config.address, task.timeoutMs)
  try {
    await locks.hello(task.worker)
    const result = task.kind === 'deadlock' ? await runRemoteDeadlock(task, locks) : await runRemoteLivelock(task, locks, orphaned)
    finish({ type: 'result', result })
  } finally {
    locks.close()
  }
}

main().catch((error: unknown) => finish({ type: 'error', message: error instanceof Error ? error.message : String(error) }))
