/**
 * At most `size` tasks at once, each on a numbered lane (the timeline's worker slot), the lowest
 * free one first; the others wait their turn in order, and a cancel takes a waiter out of the line.
 * Used by the executors that run tasks themselves rather than through a pool: the in-process one
 * (main, main-async) and the CPython one (its interpreter's own pool would queue the rest too, but
 * a task's timeout must start when it starts, not while it waits its turn).
 */
import { AbortError } from './runtimes/errors'

interface Waiter {
  grant(lane: number): void
  fail(error: Error): void
}

export class LaneGate {
  private readonly free: number[]
  private readonly waiting: Waiter[] = []

  constructor(size: number) {
    this.free = Array.from({ length: size }, (_, i) => size - 1 - i)
  }

  acquire(signal: AbortSignal | undefined): Promise<number> {
    if (signal?.aborted) return Promise.reject(new AbortError(signal.reason))
    const lane = this.free.pop()
    if (lane !== undefined) return Promise.resolve(lane)
    return new Promise<number>((resolve, reject) => {
      const onAbort = () => {
        const at = this.waiting.indexOf(waiter)
        if (at >= 0) this.waiting.splice(at, 1)
        reject(new AbortError(signal?.reason))
      }
      const waiter: Waiter = {
        grant: (granted) => (signal?.removeEventListener('abort', onAbort), resolve(granted)),
        fail: (error) => (signal?.removeEventListener('abort', onAbort), reject(error)),
      }
      signal?.addEventListener('abort', onAbort, { once: true })
      this.waiting.push(waiter)
    })
  }

  release(lane: number): void {
    const next = this.waiting.shift()
    if (next) next.grant(lane)
    else this.free.push(lane)
  }

  failWaiting(error: Error): void {
    for (const waiter of this.waiting.splice(0)) waiter.fail(error)
  }
}
