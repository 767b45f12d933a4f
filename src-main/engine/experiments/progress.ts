/** Counts units of work across a suite and estimates the time left from the pace so far. */
import type { ProgressInfo } from '../../../src-shared/events'
import type { Clock } from '../measure/clock'

export class ProgressTracker {
  private done = 0
  private readonly startedAt: number

  constructor(
    readonly total: number,
    private readonly clock: Clock,
    private readonly emit: (progress: ProgressInfo) => void,
  ) {
    this.startedAt = clock.now()
  }

  /** Reports a position; `advance` says how many units just finished. */
  report(position: Omit<ProgressInfo, 'done' | 'total' | 'etaMs'>, advance = 0): void {
    this.done = Math.min(this.total, this.done + advance)
    const elapsed = this.clock.now() - this.startedAt
    const etaMs = this.done > 0 ? (elapsed / this.done) * (this.total - this.done) : null
    this.emit({ ...position, done: this.done, total: this.total, etaMs })
  }
}
