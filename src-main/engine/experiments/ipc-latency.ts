/**
 * IPC latency: round trips of payloads of several sizes through every mechanism a runtime offers,
 * timed one at a time, outside the task pool. One run per runtime; one point per mechanism and
 * payload size, with HDR percentiles of every round trip and the throughput at the median.
 */
import { IPC_MECHANISM_RUNTIME, type IpcLatencyOptions, type IpcMechanism, isPyIpcMechanism } from '../../../src-shared/workloads/ipc-latency'
import type { Run } from '../../../src-shared/report'
import { type IpcSession, openIpcSession } from './micro/ipc-mechanisms'
import { intactCheck, operationsPoint } from './micro/micro-point'
import { type MicroRun, type MicroRuntimeName, runMicro, runPerRuntime, workerAndPythonRuntimes } from './micro/micro-run'
import { openPythonIpcSession } from './micro/python-ipc-latency'
import { CheckFailedError, type Experiment, type ExperimentContext } from './experiment'

export function mechanismsFor(runtime: MicroRuntimeName, options: Pick<IpcLatencyOptions, 'mechanisms'>): IpcMechanism[] {
  return options.mechanisms.filter((m) => IPC_MECHANISM_RUNTIME[m] === runtime)
}

/** Bytes carried both ways per second at this round-trip time, in MB/s (10^6 bytes). */
export function throughputMBps(payloadBytes: number, roundTripMs: number): number {
  return roundTripMs > 0 ? (2 * payloadBytes) / (roundTripMs / 1000) / 1e6 : 0
}

async function measureMechanism(ctx: ExperimentContext, run: MicroRun<MicroRuntimeName>, options: IpcLatencyOptions, session: IpcSession): Promise<void> {
  for (const payloadBytes of options.payloads) {
    run.step('measure', session.workers, 0)
    const timed = await session.measure(payloadBytes, {
      samples: options.samples,
      warmup: options.warmup,
      maxMs: options.maxMsPerPoint,
      clock: ctx.clock,
      signal: ctx.signal,
    })
    const check = intactCheck(timed.roundTripsUs.length, timed.intact)
    const point = operationsPoint({
      workers: session.workers,
      operationsUs: timed.roundTripsUs,
      check,
      extras: {
        mechanism: session.mechanism,
        payloadBytes,
        payloadKind: session.payloadKind,
        settings: {
          serialization: session.serialization,
          warmupRoundTrips: options.warmup,
          requestedSamples: options.samples,
          maxMsPerPoint: options.maxMsPerPoint,
          stoppedByTimeBudget: timed.roundTripsUs.length < options.samples,
        },
      },
    })
    point.throughput = { value: throughputMBps(payloadBytes, point.stats.median), unit: 'MB/s' }
    run.addPoint(point)
    if (!check.ok) throw new CheckFailedError('ipc-latency', check)
    run.step('measure', session.workers)
  }
}

/** CPython's mechanisms run inside the interpreter (python-ipc-latency.ts), Node's from the engine. */
function openSession(ctx: ExperimentContext, runtime: MicroRuntimeName, mechanism: IpcMechanism): Promise<IpcSession> {
  if (!isPyIpcMechanism(mechanism)) return openIpcSession(mechanism, { config: ctx.config, runtimeDeps: ctx.runtimeDeps, signal: ctx.signal })
  if (runtime !== 'py-thread' && runtime !== 'py-process') throw new Error(`ipc-latency: ${mechanism} runs on CPython, not on ${runtime}`)
  return openPythonIpcSession(ctx, runtime, mechanism)
}

export function ipcLatencyExperiment(options: IpcLatencyOptions): Experiment {
  return {
    options,
    units: (runtimes) => workerAndPythonRuntimes(runtimes).reduce((sum, r) => sum + mechanismsFor(r, options).length * options.payloads.length, 0),
    run(ctx): Promise<Run[]> {
      const runtimes = workerAndPythonRuntimes(ctx.runtimes).filter((r) => mechanismsFor(r, options).length > 0)
      return runPerRuntime(ctx, runtimes, (runtime) => {
        const mechanisms = mechanismsFor(runtime, options)
        const spec = { options: { ...options, mechanisms }, runtime, serialization: 'per-mechanism' as const }
        return runMicro<MicroRuntimeName>(ctx, spec, async (run) => {
          for (const mechanism of mechanisms) {
            const session = await openSession(ctx, runtime, mechanism)
            try {
              await measureMechanism(ctx, run, options, session)
            } finally {
              // CPython's sessions: the interpreter that produced the figures, beside them.
              run.recordPython(session.python)
              await session.close(ctx.signal.aborted)
            }
          }
        })
      })
    },
  }
}
