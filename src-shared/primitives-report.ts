/**
 * Report fields of the `primitives` experiment (issue 15): one optional `primitive` figure per
 * point, tagged by part, beside the Point fields every experiment shares (`samplesMs` and `stats`
 * hold the time of each repetition, `throughput` the operations per second at the median,
 * `latencyUs` the event's wake-up latencies). Optional, so v1 files written before it still parse.
 */
import { z } from 'zod'
import { nonNegative } from './numbers'

const count = z.number().int().min(0)
const MAX_THREADS = 16
const MAX_PHASES = 100

/** How a queue's items travelled: shared memory between threads, a MessagePort, or process IPC. */
export const QUEUE_MECHANISMS = ['shared-queue', 'message-port', 'ipc'] as const
export type QueueMechanism = (typeof QUEUE_MECHANISMS)[number]

export const PrimitiveFigureSchema = z.discriminatedUnion('part', [
  z.object({
    part: z.literal('semaphore'),
    limit: z.number().int().min(1),
    threads: z.number().int().min(1),
    /** The most threads seen inside at once (an Atomics counter): never above `limit`, checked. */
    maxInFlight: count,
    acquires: count,
  }),
  z.object({
    part: z.literal('event'),
    waiters: z.number().int().min(1),
    /** Per waiter, the median over repetitions of set-to-wake in microseconds (never negative). */
    wakeMedianUs: z.array(nonNegative).max(MAX_THREADS),
  }),
  z.object({
    part: z.literal('condition'),
    /** Slots of the Condition-guarded buffer. */
    capacity: z.number().int().min(1),
    items: count,
    /** Items the consumer took once, and the failures the check looks for. */
    consumedOnce: count,
    duplicated: count,
    missing: count,
    /** How often producer and consumer found the buffer full or empty and waited on the Condition. */
    producerWaits: count,
    consumerWaits: count,
  }),
  z.object({
    part: z.literal('barrier'),
    threads: z.number().int().min(1),
    phases: z.number().int().min(1),
    /** Per phase: the median over repetitions of first start to last pass, in ms. */
    phaseMs: z.array(nonNegative).max(MAX_PHASES),
    /** Per worker, per phase: median time spent waiting at the barrier, in ms. */
    waitMs: z.array(z.array(nonNegative).max(MAX_PHASES)).max(MAX_THREADS),
    /** Per phase: the worker that arrived last (it waited least, and set the pace). */
    slowest: z.array(count).max(MAX_PHASES),
    /** Passes where a worker found a phase not yet complete (generations mixed): 0, checked. */
    mixed: count,
  }),
  z.object({
    part: z.literal('queue'),
    mechanism: z.enum(QUEUE_MECHANISMS),
    capacity: z.number().int().min(1),
    items: count,
    receivedOnce: count,
    duplicated: count,
    missing: count,
  }),
])
export type PrimitiveFigure = z.infer<typeof PrimitiveFigureSchema>

/** The optional Point field, spread into PointSchema. */
export const PRIMITIVES_POINT_FIELDS = {
  primitive: PrimitiveFigureSchema.optional(),
}
