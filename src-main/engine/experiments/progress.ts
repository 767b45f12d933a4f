/**
 * Counts units of work across a suite and estimates the time left from the pace so far. No
 * estimate before enough is done (both 2 units and a tenth of the suite): the first units
 * (spawning workers, a fast first point) say little of the pace, and a guess of "2 s left" at 4%
 * of a 40 s run is worse than none.
 */
import type { ProgressInfo } from '../../../src-shared/events'
import type { Clock } from '../measure/clock'

const MIN_UNITS_FOR_ETA = 2
const MIN_SHARE_FOR_ETA = 0.1

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
    const enough = this.done >= Math.max(MIN_UNITS_FOR_ETA, this.total * MIN_SHARE_FOR_ETA)
    const etaMs = enough && this.done > 0 ? (elapsed / this.done) * (this.total - this.done) : null
    this.emit({ ...position, done: this.done, total: this.total, etaMs })
  }
}
