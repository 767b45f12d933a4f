/**
 * Every child process the engine starts, until it exits. When the engine's own process ends by
 * any path (a second Ctrl-C, process.exit, an uncaught error), the children are killed on the way
 * out: a child busy in a long synchronous chunk would otherwise notice its parent's death only
 * when the chunk ends, and no orphan may survive the app, a cancel or a crash.
 */
interface KillableChild {
  /** Read by the busy signal (measure/lab-cpu.ts) to count the children's CPU as the lab's own. */
  readonly pid?: number | undefined
  kill(signal?: NodeJS.Signals): boolean
  once(event: 'exit', listener: () => void): unknown
}

const live = new Set<KillableChild>()
let started = 0

export function trackChild<T extends KillableChild>(child: T): T {
  live.add(child)
  started++
  child.once('exit', () => live.delete(child))
  return child
}

/** The engine's children now, and how many it ever started: a child may live and die between two looks. */
export function childrenNow(): { pids: number[]; alive: number; started: number } {
  const pids = [...live].flatMap((child) => (child.pid === undefined ? [] : [child.pid]))
  return { pids, alive: live.size, started }
}

/** SIGKILL every tracked child now (synchronous, so it also works inside an 'exit' handler). */
export function killLiveChildren(): void {
  for (const child of live) {
    try {
      child.kill('SIGKILL')
    } catch {
      // Already gone.
    }
  }
  live.clear()
}

process.once('exit', killLiveChildren)
