/**
 * The engine's deadlock detector: reads the wait-for table the workers keep in shared memory
 * (src-workers/kernels/hazards/layout.ts) every `pollMs`, builds the graph, and looks for a cycle
 * of blocking waits (src-shared/wait-for-graph.ts). The table is read without a lock, so one read
 * may mix moments; a cycle counts only when the next read shows the same cycle and none of its
 * workers changed its row in between (same versions): they have all been waiting the whole time,
 * which no passing state can fake. Then the run is ended: for threads the AbortFlag is set (the
 * blocked acquires return 'aborted' within a wait slice); for processes the lock server answers
 * every wait `aborted` (lock-server.ts, whose graph and versions are read the same way).
 */
import { type DeadlockCycle, type WaitForGraph, findCycle, sameGraph } from '../../../../src-shared/wait-for-graph'
import { HOLDER, KIND, KIND_TRIES, VERSION, WAITING, abortFlagOf, tableView } from '../../../../src-workers/kernels/hazards/layout'

/** Where the graph is read: the threads' shared table, or the processes' lock server. */
export interface GraphSource {
  read(): WaitForGraph
  /** Per worker, bumped on every change of its row. */
  versions(): number[]
  /** Ends the deadlocked repetition. */
  abort(): void
}

export interface WatchOptions {
  source: GraphSource
  pollMs: number
  /** Called with each graph that differs from the last one sent (the live view). */
  onGraph?: (graph: WaitForGraph) => void
}

export interface Watch {
  /** Stops polling; the cycle found (if any) and the graph as last read. */
  stop(): { cycle: DeadlockCycle | null; graph: WaitForGraph }
}

/** The graph as the table says now (locks = workers: one lock per worker in the ring). */
export function readGraph(t: Int32Array, workers: number): WaitForGraph {
  const holds: WaitForGraph['holds'] = []
  const waits: WaitForGraph['waits'] = []
  for (let lock = 0; lock < workers; lock++) {
    const holder = Atomics.load(t, HOLDER + lock)
    if (holder > 0) holds.push({ worker: holder - 1, lock })
  }
  for (let worker = 0; worker < workers; worker++) {
    const waiting = Atomics.load(t, WAITING + worker)
    if (waiting > 0) waits.push({ worker, lock: waiting - 1, kind: Atomics.load(t, KIND + worker) === KIND_TRIES ? 'tries' : 'blocks' })
  }
  return { workers, locks: workers, holds, waits }
}

/** The threads' source: the table in the repetition's shared buffer. */
export function tableSource(buffer: SharedArrayBuffer, workers: number): GraphSource {
  const t = tableView(buffer)
  const abort = abortFlagOf(buffer)
  return {
    read: () => readGraph(t, workers),
    versions: () => Array.from({ length: workers }, (_, w) => Atomics.load(t, VERSION + w)),
    abort: () => abort.set(),
  }
}

export function startWatch(options: WatchOptions): Watch {
  const { source } = options
  let previous: { cycle: DeadlockCycle; versions: number[] } | null = null
  let found: DeadlockCycle | null = null
  let sent: WaitForGraph | undefined
  let last: WaitForGraph = source.read()
  // The graph as it stood when the cycle was confirmed: after the abort every wait is given up,
  // so a later read shows the nodes without a single edge (the review found the drawn graph bare).
  let confirmed: WaitForGraph | null = null
  const poll = () => {
    if (confirmed !== null) return
    const versions = source.versions()
    const graph = source.read()
    const cycle = findCycle(graph)
    if (cycle !== null) {
      const steady = previous !== null && JSON.stringify(previous.cycle) === JSON.stringify(cycle) && cycle.workers.every((w) => previous!.versions[w] === versions[w])
      if (steady) {
        found = cycle
        confirmed = { ...graph, cycle }
        source.abort()
      } else previous = { cycle, versions }
    } else previous = null
    last = confirmed ?? graph
    if (options.onGraph && !sameGraph(sent, last)) {
      sent = last
      options.onGraph(last)
    }
  }
  const timer = setInterval(poll, options.pollMs)
  timer.unref()
  return {
    stop() {
      clearInterval(timer)
      return { cycle: found, graph: last }
    },
  }
}
