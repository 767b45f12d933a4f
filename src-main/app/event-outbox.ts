/**
 * Suite events for one renderer, held until it says it listens (Electron Fiddle's
 * `readyWebContents` + message queue): events sent before the page has subscribed would be lost,
 * and a run's first events (suite-started, run-started) are the ones a view needs most.
 */
import type { SuiteEvent } from '../../src-shared/api'

/** A renderer that never says ready must not make the main process hoard memory. */
export const MAX_QUEUED_EVENTS = 10_000

export class EventOutbox {
  private queue: SuiteEvent[] = []
  private ready = false

  constructor(
    private readonly deliver: (event: SuiteEvent) => void,
    private readonly limit = MAX_QUEUED_EVENTS,
  ) {}

  push(event: SuiteEvent): void {
    if (this.ready) return this.deliver(event)
    this.queue.push(event)
    if (this.queue.length > this.limit) {
      // Progress is superseded by the next progress: drop the oldest of those first.
      const progress = this.queue.findIndex((e) => e.event.type === 'progress')
      this.queue.splice(progress >= 0 ? progress : 0, 1)
    }
  }

  /** The renderer listens: deliver what waited, in order, then pass events straight through. */
  open(): void {
    this.ready = true
    const waiting = this.queue
    this.queue = []
    for (const event of waiting) this.deliver(event)
  }

  /** The page is being replaced (reload, crash): queue again until the new one is ready. */
  close(): void {
    this.ready = false
  }

  get queued(): number {
    return this.queue.length
  }
}
