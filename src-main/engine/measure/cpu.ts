/**
 * CPU time around a measurement. Context-switch counters are read where the work runs, by the
 * workers themselves (src-workers/kernels/switch-counters.ts).
 */

/** Raw process.cpuUsage() values, in microseconds, for the whole process (every thread of it). */
export interface CpuSnapshot {
  userUs: number
  systemUs: number
}

export interface CpuDelta {
  userMs: number
  systemMs: number
}

export function cpuSnapshot(): CpuSnapshot {
  const { user, system } = process.cpuUsage()
  return { userUs: user, systemUs: system }
}

/**
 * CPU time spent between two snapshots, in ms. Clamped at 0: the counters are monotonic, so a
 * negative value can only mean the snapshots were swapped or came from different processes, and
 * reports reject negative times.
 */
export function cpuDeltaMs(before: CpuSnapshot, after: CpuSnapshot): CpuDelta {
  return {
    userMs: Math.max(0, after.userUs - before.userUs) / 1000,
    systemMs: Math.max(0, after.systemUs - before.systemUs) / 1000,
  }
}
