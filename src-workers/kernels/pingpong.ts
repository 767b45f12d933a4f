/** Dispatches a ping-pong task to its channel's kernel. */
import type { PingPongResult, PingPongTask } from '../../src-shared/protocol'
import { assertNever } from '../../src-shared/protocol'
import { futexPing, futexPong, futexSelf } from './futex-pingpong'
import { pipePing, pipePong, pipeSelf } from './pipe-pingpong'

export const MAX_PINGPONG_ROUNDS = 1_000_000

export function runPingPong(task: PingPongTask): PingPongResult {
  if (!Number.isSafeInteger(task.rounds) || task.rounds < 1 || task.rounds > MAX_PINGPONG_ROUNDS) {
    throw new RangeError(`ping-pong rounds must be an integer in 1..${MAX_PINGPONG_ROUNDS}, got ${task.rounds}`)
  }
  const channel = task.channel
  switch (channel.type) {
    case 'futex': {
      if (task.role === 'self') return futexSelf(channel.payloadBytes, task.rounds)
      const run = task.role === 'ping' ? futexPing : futexPong
      return run(channel.buffer, channel.payloadBytes, task.rounds, task.timeoutMs)
    }
    case 'pipe':
      if (task.role === 'self') return pipeSelf(channel.sendPath, task.rounds)
      return (task.role === 'ping' ? pipePing : pipePong)(channel.sendPath, channel.receivePath, task.rounds)
    default:
      return assertNever(channel, 'ping-pong channel')
  }
}
