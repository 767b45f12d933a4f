/**
 * Flags of the micro-experiments (spawn, ipc-latency, context-switch), kept beside
 * workload-flags.ts, which adds them to `conlab run` and routes each workload's options here.
 */
import type { Command } from 'commander'
import { IPC_MECHANISMS, type IpcMechanism } from '../../src-shared/micro-options'
import { UsageError, parseChoiceList, parseList, parseWholeNumber } from './parse-values'

export interface MicroFlags {
  samples?: number
  warmSamples?: number
  memoryWorkers?: number
  mechanisms?: IpcMechanism[]
  payloads?: number[]
  ipcWarmup?: number
  maxMsPerPoint?: number
  rounds?: number
  oversubscription?: number[]
  busyIterations?: number
  perf?: boolean
  perfLoops?: number
}

const UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, kb: 1024, kib: 1024, m: 1024 ** 2, mb: 1024 ** 2, mib: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3, gib: 1024 ** 3 }

/** `64`, `1k`, `64KiB`, `16m`: binary multiples, as payload sizes are usually written. */
export function parseByteSize(flag: string): (value: string) => number {
  return (value) => {
    const match = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(value.replaceAll('_', ''))
    const unit = match ? UNITS[match[2]!.toLowerCase()] : undefined
    const bytes = match && unit !== undefined ? Number(match[1]) * unit : Number.NaN
    if (!Number.isInteger(bytes)) throw new UsageError(`${flag} expects sizes such as 64, 1k, 64k, 1m; got "${value}"`)
    return bytes
  }
}

function listOf<T>(flag: string, one: (value: string) => T): (value: string) => T[] {
  return (value) => {
    const list = parseList(value, flag)
    if (list.length === 0) throw new UsageError(`${flag} expects a comma list`)
    return list.map(one)
  }
}

export function addMicroFlags(command: Command): Command {
  return command
    .option('--samples <n>', 'spawn: cold spawns per runtime; ipc-latency: round trips per point', parseWholeNumber('--samples'))
    .option('--warm-samples <n>', 'spawn: tasks taken from a warm pool', parseWholeNumber('--warm-samples'))
    .option('--memory-workers <n>', 'spawn: workers kept alive together to measure memory', parseWholeNumber('--memory-workers'))
    .option('--mechanisms <list>', `ipc-latency: comma list of ${IPC_MECHANISMS.join(', ')}`, parseChoiceList('--mechanisms', IPC_MECHANISMS))
    .option('--payloads <list>', 'ipc-latency: payload sizes, e.g. 64,1k,64k,1m,16m', listOf('--payloads', parseByteSize('--payloads')))
    .option('--ipc-warmup <n>', 'ipc-latency: round trips before timing starts', parseWholeNumber('--ipc-warmup'))
    .option('--max-ms-per-point <ms>', 'ipc-latency: time budget of one point', parseWholeNumber('--max-ms-per-point'))
    .option('--rounds <n>', 'context-switch: round trips per ping-pong', parseWholeNumber('--rounds'))
    .option('--oversubscription <list>', 'context-switch: busy workers per core, e.g. 1,2,4', listOf('--oversubscription', parseWholeNumber('--oversubscription')))
    .option('--busy-iterations <n>', 'context-switch: length of each busy worker\'s loop', parseWholeNumber('--busy-iterations'))
    .option('--no-perf', 'context-switch: do not run `perf bench sched pipe` as a reference')
    .option('--perf-loops <n>', 'context-switch: loops of the perf reference', parseWholeNumber('--perf-loops'))
}

type MicroWorkload = 'spawn' | 'ipc-latency' | 'context-switch'

/** Only the options the user set, so that schema defaults apply (commander's `--no-perf` defaults `perf` to true). */
export function microOptionsFromFlags(workload: MicroWorkload, flags: MicroFlags): Record<string, unknown> {
  const picked =
    workload === 'spawn'
      ? { samples: flags.samples, warmSamples: flags.warmSamples, memoryWorkers: flags.memoryWorkers }
      : workload === 'ipc-latency'
        ? { mechanisms: flags.mechanisms, payloads: flags.payloads, samples: flags.samples, warmup: flags.ipcWarmup, maxMsPerPoint: flags.maxMsPerPoint }
        : { rounds: flags.rounds, oversubscription: flags.oversubscription, busyIterations: flags.busyIterations, perf: flags.perf === false ? false : undefined, perfLoops: flags.perfLoops }
  return { workload, ...Object.fromEntries(Object.entries(picked).filter(([, v]) => v !== undefined)) }
}

export const MICRO_FLAG_FOR_PATH: Record<string, string> = {
  'workload.samples': '--samples',
  'workload.warmSamples': '--warm-samples',
  'workload.memoryWorkers': '--memory-workers',
  'workload.mechanisms': '--mechanisms',
  'workload.payloads': '--payloads',
  'workload.warmup': '--ipc-warmup',
  'workload.maxMsPerPoint': '--max-ms-per-point',
  'workload.rounds': '--rounds',
  'workload.oversubscription': '--oversubscription',
  'workload.busyIterations': '--busy-iterations',
  'workload.perfLoops': '--perf-loops',
}
