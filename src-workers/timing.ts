/**
 * The timing record of one task, built the same way by the worker loop and by the engine's
 * in-process executor, so figures from every runtime mean the same thing.
 */
import type { TaskTiming } from '../src-shared/protocol'

/** `startedAt`/`endedAt` are `performance.now()` readings; `cpu` a `process.cpuUsage()` delta. */
export function taskTiming(startedAt: number, endedAt: number, cpu: { user: number; system: number }): TaskTiming {
  return {
    wallMs: endedAt - startedAt,
    cpuUserUs: cpu.user,
    cpuSystemUs: cpu.system,
    startedAtEpochMs: performance.timeOrigin + startedAt,
    endedAtEpochMs: performance.timeOrigin + endedAt,
  }
}
