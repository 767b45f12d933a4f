/**
 * The timing record of one task, built the same way by the worker loop and by the engine's
 * in-process executor, so figures from every runtime mean the same thing.
 */
import type { TaskTiming, WireTiming } from '../src-shared/protocol'
import { fromWireTiming } from '../src-shared/protocol'

/** `startedAt`/`endedAt` are `performance.now()` readings; `cpu` a `process.cpuUsage()` delta. */
export function wireTiming(startedAt: number, endedAt: number, cpu: { user: number; system: number }): WireTiming {
  return [performance.timeOrigin + startedAt, performance.timeOrigin + endedAt, cpu.user, cpu.system]
}

export function taskTiming(startedAt: number, endedAt: number, cpu: { user: number; system: number }): TaskTiming {
  return fromWireTiming(wireTiming(startedAt, endedAt, cpu))
}
