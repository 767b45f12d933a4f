/**
 * Event-loop delay of the orchestrating process while a suite runs. The engine shares its thread
 * with the Electron main process (or the web server), so a busy engine shows up here as a late
 * loop: the figure the report keeps to prove the front door stayed responsive.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks'
import type { Host } from '../../../src-shared/report'

/** Node's default; finer sampling would itself cost the loop time. */
export const LOOP_RESOLUTION_MS = 10

const NS_PER_MS = 1e6

export interface LoopDelayMonitor {
  /** Stops sampling and returns the summary; safe to call more than once (last result kept). */
  stop(): Host
}

export function startLoopDelayMonitor(resolutionMs = LOOP_RESOLUTION_MS): LoopDelayMonitor {
  const histogram = monitorEventLoopDelay({ resolution: resolutionMs })
  histogram.enable()
  let result: Host | undefined
  return {
    stop() {
      if (result) return result
      histogram.disable()
      // An empty histogram reports min/max as huge sentinels; a suite shorter than one tick has no samples.
      const samples = histogram.count
      // Node records the interval between ticks (resolution + lateness); the report keeps the lateness.
      const ms = (ns: number) => (samples > 0 && Number.isFinite(ns) ? Math.max(0, ns / NS_PER_MS - resolutionMs) : 0)
      result = {
        eventLoopDelayMs: { p50: ms(histogram.percentile(50)), p99: ms(histogram.percentile(99)), max: ms(histogram.max) },
        resolutionMs,
        samples,
      }
      return result
    },
  }
}
