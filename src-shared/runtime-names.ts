/**
 * The names of the runtimes, kept apart from config.ts so that the workload definitions (which
 * config.ts gathers) can name runtimes in their presets without an import cycle.
 *
 * `main` runs the kernel on the orchestrator's own thread, one task at a time (the 1-point
 * baseline). `main-async` runs tasks on the same thread interleaved on its event loop: its
 * "workers" are the tasks kept in flight, swept like worker counts.
 */
import { z } from 'zod'

export const RUNTIME_NAMES = ['main', 'main-async', 'thread', 'process', 'utility', 'py-thread', 'py-process', 'py-async'] as const
export const RuntimeNameSchema = z.enum(RUNTIME_NAMES)
export type RuntimeName = z.infer<typeof RuntimeNameSchema>
