/**
 * The fault kernel misbehaves on purpose, so that the pool's crash isolation, timeouts and
 * worker replacement are shown and tested with real workers rather than stubs.
 *
 * It knows nothing of threads or processes: the worker loop injects how to end the worker
 * (`process.exit` in a child process; in a worker thread `process.exit` ends only that thread).
 */
import { assertNever, type FaultTask } from '../../src-shared/protocol'

export type FaultMode = FaultTask['mode']

/** Exit code of the `exit` fault, distinct from 0 (clean) and 1 (uncaught error). */
export const FAULT_EXIT_CODE = 3

/**
 * Never resolves: a fault task has no result.
 * - `throw`: rejects with an Error, as any buggy task would; the worker must survive and report.
 * - `exit`: calls `exit(3)`, then stays pending. Pending rather than returning because `exit` may
 *   return (a stub in tests, or an exit that takes effect a moment later in a thread), and the
 *   loop must not then send a result for a task whose worker is going away.
 * - `uncaught`: throws from a timer, outside any task: nobody catches it, so it ends the thread
 *   (the parent sees an 'error' event) or the process (exit code 1).
 * - `oom`: keeps allocating until the heap limit (a thread's `resourceLimits`, a process's
 *   `--max-old-space-size`) ends the thread or the whole process.
 * - `abort`: a native abort: `process.abort()`, which Node refuses inside a worker thread
 *   (ERR_WORKER_UNSUPPORTED_OPERATION); there the thread raises SIGABRT on its process, which is
 *   what C's abort() does. Either way the default action ends the whole OS process.
 * - `hang`: stays pending and holds a long interval so the event loop never drains. A pending
 *   promise alone holds nothing: a child process with nothing else to do could exit on its own,
 *   and the test would show a "crash" instead of a hang. Only the pool's timeout, which
 *   terminates the worker, ends it; that is the behaviour under test.
 */
export async function runFault(mode: FaultMode, exit: (code: number) => void): Promise<never> {
  switch (mode) {
    case 'throw':
      throw new Error('fault task: deliberate throw')
    case 'exit':
      exit(FAULT_EXIT_CODE)
      return new Promise<never>(() => {})
    case 'uncaught':
      setTimeout(() => {
        throw new Error('fault task: deliberate uncaught exception')
      }, 0)
      return new Promise<never>(() => {})
    case 'oom':
      return exhaustHeap()
    case 'abort':
      nativeAbort()
      return new Promise<never>(() => {})
    case 'hang':
      return new Promise<never>(() => {
        // ~12 days, well under setInterval's 2^31 - 1 ms limit (a larger delay becomes 1 ms).
        setInterval(() => {}, 2 ** 30)
      })
    default:
      return assertNever(mode, 'fault mode')
  }
}

/** Holds ever more live arrays: the heap limit ends the worker; nothing returns. */
function exhaustHeap(): never {
  const kept: number[][] = []
  for (;;) kept.push(Array.from({ length: 1 << 16 }, (_, i) => i))
}

function nativeAbort(): void {
  try {
    process.abort()
  } catch {
    // A worker thread: Node forbids process.abort() there, but a signal is the process's.
    process.kill(process.pid, 'SIGABRT')
  }
}
