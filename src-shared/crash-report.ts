/**
 * Report fields of crash isolation (issue 17): for one fault in one kind of worker, what survived
 * (the host process, the sibling workers, the pool) and how the faulty worker and the host ended,
 * with the verdict the engine drew from that observation. Optional on Point (report-point.ts), so
 * reports written before still parse.
 */
import { z } from 'zod'
import { nonNegative } from './numbers'

export const CRASH_FAULTS = ['throw', 'uncaught', 'exit', 'oom', 'abort'] as const
export const CRASH_VERDICTS = ['took-host-down', 'harmed-siblings', 'harmed-no-one', 'inconclusive'] as const
export type CrashVerdict = (typeof CRASH_VERDICTS)[number]

const exitCode = z.number().int().min(-1_000_000_000).max(1_000_000_000).nullable()
const signalName = z.string().max(20).nullable()

export const CrashFiguresSchema = z.object({
  fault: z.enum(CRASH_FAULTS),
  kind: z.enum(['thread', 'process']),
  /** The host's pool started (every worker ready); otherwise nothing was observed. */
  started: z.boolean(),
  /** The host neither finished nor died within the bound and was killed: inconclusive. */
  timedOut: z.boolean(),
  /** The sacrificial host process: alive to the end (it said so and exited 0), or how it ended. */
  host: z.object({ survived: z.boolean(), code: exitCode, signal: signalName }),
  /** The faulty worker: ended (with its exit code or signal, and the error the host saw), or its task failed or returned and it lived on. */
  worker: z.discriminatedUnion('outcome', [
    z.object({ outcome: z.literal('ended'), code: exitCode, signal: signalName, error: z.string().max(80).optional() }),
    z.object({ outcome: z.enum(['task-error', 'task-returned', 'no-end', 'unknown']) }),
  ]),
  /** Sibling workers that were sleeping while the fault hit, and how many of them finished. */
  siblings: z.object({ total: z.number().int().min(0).max(64), completed: z.number().int().min(0).max(64) }),
  /** The pool afterwards: whether the faulty worker had to be replaced, and whether a task then ran. */
  pool: z.object({ replaced: z.boolean(), probeCompleted: z.boolean() }),
  verdict: z.enum(CRASH_VERDICTS),
  elapsedMs: nonNegative,
})
export type CrashFigures = z.infer<typeof CrashFiguresSchema>

/** The optional Point fields, spread into PointSchema. */
export const CRASH_POINT_FIELDS = {
  crash: CrashFiguresSchema.optional(),
}
