/**
 * One session per IPC mechanism: the workers it needs, started once and reused for every payload
 * size, and how a payload's round trips are timed. Echo mechanisms drive one worker from the
 * engine; `atomics` is a futex ping-pong between two threads with the payload copied through
 * shared memory each way (its measuring side runs in a thread, so the engine never blocks).
 */
import type { IpcMechanism, NodeIpcMechanism } from '../../../../src-shared/workloads/ipc-latency'
import type { RunConfig } from '../../../../src-shared/config'
import type { PythonRunInfo } from '../../../../src-shared/python'
import { assertNever } from '../../../../src-shared/protocol'
import { futexBufferBytes } from '../../../../src-workers/kernels/futex-pingpong'
import { type RuntimeDeps, adapterFor } from '../../executors'
import { WorkerPool } from '../../pool'
import type { RuntimeAdapter } from '../../runtimes/types'
import { EchoClient, type EchoTransport, PortEchoClient } from './echo-client'
import { type SamplingSettings, type TimedRoundTrips, measureEcho } from './echo-measure'
import type { PayloadKind } from './payloads'
import { runPingPongPair } from './pingpong-pair'
import { startWorker, stopWorkers } from './workers'

export interface IpcSession {
  readonly mechanism: IpcMechanism
  /** Workers taking part besides the engine (2 for the futex pair). */
  readonly workers: number
  readonly payloadKind: PayloadKind
  /** How the bytes travel, recorded beside each figure. */
  readonly serialization: string
  measure(payloadBytes: number, settings: SamplingSettings): Promise<TimedRoundTrips>
  close(force: boolean): Promise<void>
  /** CPython's sessions: the interpreter that produced the figures (python-ipc-latency.ts). */
  readonly python?: PythonRunInfo | undefined
}

export interface SessionDeps {
  config: Pick<RunConfig, 'serialization' | 'uvThreadpoolSize' | 'taskTimeoutMs'>
  runtimeDeps: RuntimeDeps
  signal: AbortSignal
}

interface EchoSpec {
  adapter: RuntimeAdapter
  kind: PayloadKind
  transfer: boolean
  port: boolean
  serialization: string
}

async function echoSession(mechanism: IpcMechanism, spec: EchoSpec, deps: SessionDeps): Promise<IpcSession> {
  const { worker } = await startWorker(spec.adapter, deps.runtimeDeps.clock, deps.signal)
  let transport: EchoTransport
  try {
    transport = spec.port ? new PortEchoClient(worker, deps.signal) : new EchoClient(worker, deps.signal)
  } catch (error) {
    await worker.forceStop()
    throw error
  }
  return {
    mechanism,
    workers: 1,
    payloadKind: spec.kind,
    serialization: spec.serialization,
    measure: (payloadBytes, settings) => measureEcho(transport, spec.kind, payloadBytes, spec.transfer, settings),
    async close(force) {
      transport.close()
      await stopWorkers([worker], force)
    },
  }
}

async function atomicsSession(deps: SessionDeps): Promise<IpcSession> {
  const pool = await WorkerPool.start({ runtime: adapterFor('thread', deps.config, deps.runtimeDeps), size: 2, clock: deps.runtimeDeps.clock }, deps.signal)
  const timeoutMs = Math.min(deps.config.taskTimeoutMs, 30_000)
  return {
    mechanism: 'atomics',
    workers: 2,
    payloadKind: 'bytes',
    serialization: 'shared-memory',
    async measure(payloadBytes, settings) {
      const channel = { type: 'futex' as const, buffer: new SharedArrayBuffer(futexBufferBytes(payloadBytes)), payloadBytes }
      const outcome = await runPingPongPair(pool, channel, {
        rounds: settings.samples,
        warmupRounds: settings.warmup,
        timeoutMs,
        clock: settings.clock,
        signal: settings.signal,
        maxMs: settings.maxMs,
      })
      return { roundTripsUs: outcome.roundTripsUs, intact: outcome.intact }
    },
    close: (force) => (force ? pool.destroy() : pool.close()),
  }
}

export async function openIpcSession(mechanism: NodeIpcMechanism, deps: SessionDeps): Promise<IpcSession> {
  const adapter = (runtime: 'thread' | 'utility') => adapterFor(runtime, deps.config, deps.runtimeDeps)
  const processAdapter = (serialization: 'json' | 'advanced') => adapterFor('process', { ...deps.config, serialization }, deps.runtimeDeps)
  switch (mechanism) {
    case 'thread-clone':
      return echoSession(mechanism, { adapter: adapter('thread'), kind: 'bytes', transfer: false, port: false, serialization: 'structured-clone' }, deps)
    case 'thread-transfer':
      return echoSession(mechanism, { adapter: adapter('thread'), kind: 'bytes', transfer: true, port: false, serialization: 'transfer' }, deps)
    case 'message-channel':
      return echoSession(mechanism, { adapter: adapter('thread'), kind: 'bytes', transfer: false, port: true, serialization: 'structured-clone' }, deps)
    case 'atomics':
      return atomicsSession(deps)
    case 'process-json':
      return echoSession(mechanism, { adapter: processAdapter('json'), kind: 'string', transfer: false, port: false, serialization: 'json' }, deps)
    case 'process-advanced':
      return echoSession(mechanism, { adapter: processAdapter('advanced'), kind: 'bytes', transfer: false, port: false, serialization: 'advanced' }, deps)
    case 'utility-clone':
      return echoSession(mechanism, { adapter: adapter('utility'), kind: 'bytes', transfer: false, port: false, serialization: 'structured-clone' }, deps)
    default:
      return assertNever(mechanism, 'IPC mechanism')
  }
}
