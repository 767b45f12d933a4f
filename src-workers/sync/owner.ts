/**
 * Who holds a lock. The owner id is `threadId + 1` from node:worker_threads (0 on the main thread,
 * unique per worker for the process's life, never reused), plus one so that 0 can mean "nobody".
 * Threads of one process are all that can share memory in Node, so this id is unique among every
 * thread that can touch a primitive. A caller may pass an explicit `ownerId` instead (tests use it
 * to play a second owner in one thread); it must be in 1..OWNER_MAX.
 */
import { threadId } from 'node:worker_threads'

/** Ids live in the low 30 bits of a word; bit 30 is left for a "waiters" flag (mutex.ts). */
export const OWNER_MAX = (1 << 30) - 1

export const currentOwnerId: number = threadId + 1

export function ownerIdOf(explicit: number | undefined): number {
  const id = explicit ?? currentOwnerId
  if (!Number.isInteger(id) || id < 1 || id > OWNER_MAX) throw new RangeError(`ownerId must be an integer in 1..${OWNER_MAX}, got ${String(id)}`)
  return id
}
