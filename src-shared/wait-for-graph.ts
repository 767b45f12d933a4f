/**
 * The wait-for graph of the deadlock experiment: who holds which lock, who waits for which. The
 * engine builds it from the table the workers keep in shared memory and finds a cycle in it; the
 * view draws it. Pure types and functions, no zod (the renderer imports this; the report schema is
 * in hazards-report.ts).
 *
 * A `blocks` wait is a plain acquire (bounded only by the lab's safety bound); a `tries` wait is a
 * try-lock with a short timeout, after which the worker gives its lock back: a cycle through a
 * `tries` edge untangles by itself, so only cycles of `blocks` edges are deadlocks.
 */
export type WaitKind = 'blocks' | 'tries'

export interface WaitForGraph {
  workers: number
  locks: number
  holds: Array<{ worker: number; lock: number }>
  waits: Array<{ worker: number; lock: number; kind: WaitKind }>
  /** The deadlock's cycle once detected: worker i waits for lock i, held by worker i+1 (mod length). */
  cycle?: DeadlockCycle
}

export interface DeadlockCycle {
  workers: number[]
  locks: number[]
}

/** The worker holding each lock (-1 = free), from the graph's hold edges. */
function holders(graph: WaitForGraph): number[] {
  const held = Array.from({ length: graph.locks }, () => -1)
  for (const h of graph.holds) held[h.lock] = h.worker
  return held
}

/**
 * A cycle of blocking waits, or null. Each worker waits for at most one lock and each lock has at
 * most one holder, so following "waits for lock L, held by W" from each worker either ends or
 * comes back round: the first walk that returns to a worker it visited found the cycle.
 */
export function findCycle(graph: WaitForGraph): DeadlockCycle | null {
  const held = holders(graph)
  const waitsFor = new Map(graph.waits.filter((w) => w.kind === 'blocks').map((w) => [w.worker, w.lock]))
  for (let start = 0; start < graph.workers; start++) {
    const path: number[] = []
    let worker = start
    while (!path.includes(worker)) {
      const lock = waitsFor.get(worker)
      const next = lock === undefined ? -1 : (held[lock] ?? -1)
      if (lock === undefined || next < 0) break
      path.push(worker)
      worker = next
    }
    const from = path.indexOf(worker)
    if (from >= 0) {
      const workers = path.slice(from)
      return { workers, locks: workers.map((w) => waitsFor.get(w)!) }
    }
  }
  return null
}

/** Two graphs draw the same (for sending only what changed). */
export function sameGraph(a: WaitForGraph | undefined, b: WaitForGraph): boolean {
  return a !== undefined && JSON.stringify(a) === JSON.stringify(b)
}
