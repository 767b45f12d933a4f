/**
 * How much CPU other programs took, from deltas of os.cpus() times (every OS, no load average,
 * which Windows does not have): over each interval, the cores' time not idle, minus the lab's own
 * (lab-cpu.ts), as a share of all the cores' time. Sampled over a short window just before the
 * first run, then every `intervalMs` during the runs; only running sums are kept, so a long suite
 * costs no memory.
 */
import os from 'node:os'
import { type MessageCode, message } from '../../../src-shared/engine-message'
import { type Busy, type Probed, unknownBecause } from '../../../src-shared/machine-state'
import type { LabCpu, LabCpuSource } from './lab-cpu'

/** os.cpus()[i].times, in ms. libuv leaves out iowait and steal: they count as neither idle nor busy. */
export interface CpuTimes {
  user: number
  nice: number
  sys: number
  idle: number
  irq: number
}

export interface BusySample {
  cpus: CpuTimes[]
  lab: LabCpu
}

/** `skip`: why an interval is not counted, a code of the `engine` catalogue area. */
export type IntervalShare = { otherMs: number; totalMs: number } | { skip: MessageCode }

const SKIP = {
  noCores: 'busyNoCores',
  coresChanged: 'busyCoresChanged',
  backwards: 'busyBackwards',
  noTime: 'busyNoTime',
  children: 'busyChildren',
} as const satisfies Record<string, MessageCode>

const sum = (t: CpuTimes) => t.user + t.nice + t.sys + t.idle + t.irq

/** The other programs' CPU time over one interval, and all the cores' time, in ms; or why not. */
export function intervalShare(a: BusySample, b: BusySample): IntervalShare {
  if (a.cpus.length === 0) return { skip: SKIP.noCores }
  if (a.cpus.length !== b.cpus.length) return { skip: SKIP.coresChanged }
  let totalMs = 0
  let idleMs = 0
  for (let i = 0; i < a.cpus.length; i++) {
    const before = a.cpus[i]!
    const after = b.cpus[i]!
    const total = sum(after) - sum(before)
    const idle = after.idle - before.idle
    if (total < 0 || idle < 0) return { skip: SKIP.backwards }
    totalMs += total
    idleMs += idle
  }
  if (!(totalMs > 0)) return { skip: SKIP.noTime }
  const childrenUnread = !b.lab.childrenIncluded && (a.lab.childrenAlive > 0 || b.lab.childrenAlive > 0 || a.lab.childrenStarted !== b.lab.childrenStarted)
  if (childrenUnread) return { skip: SKIP.children }
  const labMs = Math.max(0, b.lab.ms - a.lab.ms)
  // Tick-granular counters (10 ms) make a small negative or a share above 1 possible: clamp.
  const otherMs = Math.min(totalMs, Math.max(0, totalMs - idleMs - labMs))
  return { otherMs, totalMs }
}

/** Running sums over the intervals of a run. */
export class BusyTally {
  private otherMs = 0
  private totalMs = 0
  private max = 0
  private intervals = 0
  private skipped = 0
  private lastSkip: MessageCode = 'busyNoTime'

  add(share: IntervalShare): void {
    if ('skip' in share) {
      this.skipped++
      this.lastSkip = share.skip
      return
    }
    this.intervals++
    this.otherMs += share.otherMs
    this.totalMs += share.totalMs
    this.max = Math.max(this.max, share.otherMs / share.totalMs)
  }

  result(): Busy['during'] {
    if (this.intervals === 0) {
      return unknownBecause(this.skipped > 0 ? message('busyNoInterval', {}, message(this.lastSkip)) : message('busyEndedEarly'))
    }
    const mean = this.otherMs / this.totalMs
    return { value: { meanOtherShare: mean, maxOtherShare: Math.max(mean, this.max), intervals: this.intervals, skipped: this.skipped } }
  }
}

export interface BusyDeps {
  cpus(): CpuTimes[]
  lab: LabCpuSource
  intervalMs: number
  beforeWindowMs: number
}

export const BUSY_INTERVAL_MS = 1000
export const BEFORE_WINDOW_MS = 500

export function systemBusyDeps(lab: LabCpuSource): BusyDeps {
  return { cpus: () => os.cpus().map((c) => c.times), lab, intervalMs: BUSY_INTERVAL_MS, beforeWindowMs: BEFORE_WINDOW_MS }
}

export interface BusyMonitor {
  /** Measures the window before the runs; resolves early (with what it has) on abort. */
  before(signal?: AbortSignal): Promise<void>
  /** Starts sampling every intervalMs. */
  startDuring(): void
  /** Stops sampling (idempotent) and gives the figures. */
  stop(): Probed<Busy>
}

export function createBusyMonitor(deps: BusyDeps): BusyMonitor {
  const sample = (): BusySample => ({ cpus: deps.cpus(), lab: deps.lab.read() })
  let before: Busy['before'] = unknownBecause(message('stateNotMeasured'))
  const tally = new BusyTally()
  let last: BusySample | undefined
  let timer: ReturnType<typeof setInterval> | undefined
  let result: Probed<Busy> | undefined
  const tick = () => {
    const next = sample()
    if (last) tally.add(intervalShare(last, next))
    last = next
  }
  return {
    async before(signal) {
      const start = sample()
      const t0 = performance.now()
      await new Promise<void>((resolve) => {
        const done = () => (clearTimeout(wait), signal?.removeEventListener('abort', done), resolve())
        const wait = setTimeout(done, deps.beforeWindowMs)
        signal?.addEventListener('abort', done, { once: true })
        if (signal?.aborted) done()
      })
      const share = intervalShare(start, sample())
      before = 'skip' in share ? unknownBecause(message(share.skip)) : { value: { otherShare: share.otherMs / share.totalMs, windowMs: Math.round(performance.now() - t0) } }
    },
    startDuring() {
      if (timer || result) return
      last = sample()
      timer = setInterval(tick, deps.intervalMs)
      // Never keep the process alive for the monitor's sake.
      timer.unref?.()
    },
    stop() {
      if (result) return result
      clearInterval(timer)
      if (timer) tick()
      timer = undefined
      result = { value: { before, during: tally.result(), intervalMs: deps.intervalMs, subtracted: deps.lab.subtracted } }
      return result
    },
  }
}
