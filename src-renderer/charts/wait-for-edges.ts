/**
 * The wait-for graph's edges to draw: lock → worker for each hold, worker → lock for each wait,
 * and the cycle's own edges once the lab found one. The cycle is the graph's proof and must be
 * drawn whatever else the graph says: the engine ends a deadlocked repetition as soon as it
 * confirms the cycle, and the graph it reads last (the one the run keeps and shows) comes after
 * the workers were told to give up, with their waits and holds gone. Drawing holds and waits alone
 * left the nodes bare under a red caption naming the cycle. Kept apart from the SVG to be tested.
 */
import type { WaitForGraph, WaitKind } from '../../src-shared/wait-for-graph'

export type EdgeKind = 'holds' | WaitKind

export interface WaitForEdge {
  /** Stable per edge: a hold `h<worker>-<lock>`, a wait `w<worker>-<lock>`. */
  readonly key: string
  readonly kind: EdgeKind
  readonly worker: number
  readonly lock: number
  /** Part of the deadlock's cycle (drawn in the alarm colour). */
  readonly cycle: boolean
}

export function waitForEdges(graph: WaitForGraph): WaitForEdge[] {
  const cycle = graph.cycle
  const n = cycle?.workers.length ?? 0
  // Worker i of the cycle waits for lock i, held by worker i+1 (mod n): src-shared/wait-for-graph.ts.
  const cycleWaits = new Set(cycle?.workers.map((w, i) => `w${w}-${cycle.locks[i]}`) ?? [])
  const cycleHolds = new Set(cycle?.locks.map((l, i) => `h${cycle.workers[(i + 1) % n]}-${l}`) ?? [])
  const edges = new Map<string, WaitForEdge>()
  const add = (key: string, kind: EdgeKind, worker: number, lock: number) => {
    if (!edges.has(key)) edges.set(key, { key, kind, worker, lock, cycle: cycleWaits.has(key) || cycleHolds.has(key) })
  }
  const inRange = (worker: number, lock: number) => worker >= 0 && worker < graph.workers && lock >= 0 && lock < graph.locks
  for (const h of graph.holds) if (inRange(h.worker, h.lock)) add(`h${h.worker}-${h.lock}`, 'holds', h.worker, h.lock)
  for (const w of graph.waits) if (inRange(w.worker, w.lock)) add(`w${w.worker}-${w.lock}`, w.kind, w.worker, w.lock)
  if (cycle) {
    cycle.workers.forEach((worker, i) => {
      const lock = cycle.locks[i]!
      const holder = cycle.workers[(i + 1) % n]!
      if (inRange(worker, lock)) add(`w${worker}-${lock}`, 'blocks', worker, lock)
      if (inRange(holder, lock)) add(`h${holder}-${lock}`, 'holds', holder, lock)
    })
  }
  // Holds first, then waits: the SVG paints in this order, and the keys keep it stable.
  return [...edges.values()].sort((a, b) => Number(a.kind !== 'holds') - Number(b.kind !== 'holds'))
}
