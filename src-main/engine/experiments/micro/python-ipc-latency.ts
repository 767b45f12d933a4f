/**
 * IPC latency on CPython (issue 16): the same session shape as the Node mechanisms
 * (ipc-mechanisms.ts), but each point is one task of the Python worker program, which starts its
 * partner (a `threading.Thread`, or a `multiprocessing.Process` with the run's start method) and
 * times the round trips itself with time.perf_counter_ns (src-workers/python/conlab_pingpong.py):
 * a `queue.Queue` or a `multiprocessing.Pipe` exists only inside the interpreter and the processes
 * it starts, never between the engine and it. The interpreter gets a pool of one.
 */
import type { PyPingPongMechanism, PyPingPongTask } from '../../../../src-shared/protocol-python-tasks'
import type { PyIpcMechanism } from '../../../../src-shared/workloads/ipc-latency'
import type { ExperimentContext } from '../experiment'
import type { IpcSession } from './ipc-mechanisms'

export type PyIpcRuntime = 'py-thread' | 'py-process'

/** What each CPython mechanism is to the worker program, and how its bytes travel (recorded). */
const PY_MECHANISMS = {
  'py-thread-queue': { mechanism: 'queue', serialization: 'queue.Queue (object reference)' },
  'py-thread-event': { mechanism: 'event', serialization: 'threading.Event + shared bytearray' },
  'py-process-queue': { mechanism: 'queue', serialization: 'multiprocessing.Queue (pickle)' },
  'py-process-pipe': { mechanism: 'pipe', serialization: 'multiprocessing.Pipe (pickle)' },
  'py-process-event': { mechanism: 'event', serialization: 'multiprocessing.Event + RawArray' },
} as const satisfies Record<PyIpcMechanism, { mechanism: PyPingPongMechanism; serialization: string }>

/** Bound on the partner's every answer: a lost partner fails the point instead of hanging it. */
const MAX_WAIT_MS = 30_000

export async function openPythonIpcSession(ctx: ExperimentContext, runtime: PyIpcRuntime, mechanism: PyIpcMechanism): Promise<IpcSession> {
  const pool = await ctx.createExecutor(runtime, 1, ctx.signal)
  const { mechanism: kind, serialization } = PY_MECHANISMS[mechanism]
  const startMethod = pool.python?.startMethod
  const waitMs = Math.min(ctx.config.taskTimeoutMs, MAX_WAIT_MS)
  return {
    mechanism,
    workers: 1,
    payloadKind: 'bytes',
    serialization: startMethod ? `${serialization}, ${startMethod}` : serialization,
    get python() {
      return pool.python
    },
    async measure(payloadBytes, settings) {
      const task: PyPingPongTask = {
        kind: 'py-pingpong',
        racers: runtime === 'py-thread' ? 'thread' : 'process',
        mechanism: kind,
        payloadBytes,
        samples: settings.samples,
        warmup: settings.warmup,
        // The whole task must end within the executor's task timeout, partner start included.
        maxMs: Math.max(1, Math.min(settings.maxMs, Math.floor(ctx.config.taskTimeoutMs / 2))),
        timeoutMs: waitMs,
        ...(startMethod ? { startMethod } : {}),
      }
      const { result } = await pool.run(task, settings.signal)
      return { roundTripsUs: result.roundTripsUs, intact: result.intact }
    },
    close: (force) => (force ? pool.destroy() : pool.close()),
  }
}
