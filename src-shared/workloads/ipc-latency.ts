/** IPC latency: the round trip of a message, engine to worker and back, by mechanism and size. */
import { z } from 'zod'
import { MIB } from '../sizes'
import { defineWorkload, uniqueSorted } from './define'
import { WORKER_RUNTIMES } from './spawn'

/**
 * Every mechanism the IPC experiment knows, with the runtime it needs: a mechanism runs only when
 * its runtime is among the run's runtimes (utility only in the desktop app).
 */
export const IPC_MECHANISM_RUNTIME = {
  'thread-clone': 'thread',
  'thread-transfer': 'thread',
  'message-channel': 'thread',
  atomics: 'thread',
  'process-json': 'process',
  'process-advanced': 'process',
  'utility-clone': 'utility',
  // CPython (issue 16): two threads of one interpreter, or it and a process it starts, timed in Python.
  'py-thread-queue': 'py-thread',
  'py-thread-event': 'py-thread',
  'py-process-queue': 'py-process',
  'py-process-pipe': 'py-process',
  'py-process-event': 'py-process',
} as const
export type IpcMechanism = keyof typeof IPC_MECHANISM_RUNTIME
export const IPC_MECHANISMS = Object.keys(IPC_MECHANISM_RUNTIME) as IpcMechanism[]
/** The CPython mechanisms, measured inside the interpreter (conlab_pingpong.py). */
export type PyIpcMechanism = { [M in IpcMechanism]: (typeof IPC_MECHANISM_RUNTIME)[M] extends 'py-thread' | 'py-process' ? M : never }[IpcMechanism]
export type NodeIpcMechanism = Exclude<IpcMechanism, PyIpcMechanism>
export function isPyIpcMechanism(mechanism: IpcMechanism): mechanism is PyIpcMechanism {
  return mechanism.startsWith('py-')
}
export const NODE_IPC_MECHANISMS = IPC_MECHANISMS.filter((m): m is NodeIpcMechanism => !isPyIpcMechanism(m))

/** Biggest payload accepted: a round trip then moves 128 MiB, which is already seconds with JSON. */
export const IPC_MAX_PAYLOAD = 64 * MIB
export const IPC_DEFAULT_PAYLOADS = [64, 1024, 64 * 1024, MIB]

export const IpcLatencyOptionsSchema = z.object({
  workload: z.literal('ipc-latency'),
  mechanisms: z
    .array(z.enum(IPC_MECHANISMS as [IpcMechanism, ...IpcMechanism[]]))
    .min(1)
    .default([...IPC_MECHANISMS])
    .transform((xs) => [...new Set(xs)]),
  /** Payload sizes in bytes, each measured on its own. */
  payloads: z.array(z.number().int().min(0).max(IPC_MAX_PAYLOAD)).min(1).max(24).default(IPC_DEFAULT_PAYLOADS).transform(uniqueSorted),
  /** Round trips timed per mechanism and payload (fewer if `maxMsPerPoint` runs out first). */
  samples: z.number().int().min(10).max(100_000).default(300),
  /** Round trips before timing starts (JIT, buffer pools, page faults), not recorded. */
  warmup: z.number().int().min(0).max(10_000).default(30),
  /** Sampling of one point stops after this long, so that 16 MiB over JSON stays bounded. */
  maxMsPerPoint: z.number().int().min(100).max(600_000).default(3000),
})
export type IpcLatencyOptions = z.infer<typeof IpcLatencyOptionsSchema>

export const ipcLatencyDefinition = defineWorkload({
  schema: IpcLatencyOptionsSchema,
  shape: 'micro',
  workersOnly: true,
  defaultRuntimes: ['main', 'thread', 'process'],
  flags: { payloads: { unit: 'bytes' }, warmup: { flag: 'ipc-warmup' } },
  presets: [
    { id: 'quick', workload: { samples: 50, warmup: 10, payloads: [64, 65_536], maxMsPerPoint: 500 }, common: { runtimes: [...WORKER_RUNTIMES], workers: 'auto', repeat: 3, warmup: 1 } },
    { id: 'workshop', workload: { samples: 300, warmup: 30, payloads: [64, 1024, 65_536, 1_048_576] }, common: { runtimes: [...WORKER_RUNTIMES] } },
  ],
  describe: (o, t) => t('workloads.ipc-latency.describe', { mechanisms: o.mechanisms.join(', '), payloads: o.payloads.length, samples: o.samples }),
})
