/**
 * Workload-specific flags of `conlab run`: how each workload's options are read from the command
 * line, and which flag a schema path belongs to (so an error names the flag the user typed).
 */
import type { Command } from 'commander'
import type { WorkloadName } from '../../src-shared/config'
import { assertNever } from '../../src-shared/protocol'
import { IO_FLAG_FOR_PATH, type IoFlags, addIoFlags, ioOptionsFromFlags } from './io-flags'
import { MICRO_FLAG_FOR_PATH, type MicroFlags, addMicroFlags, microOptionsFromFlags } from './micro-flags'
import { parseChoice, parseWholeNumber } from './parse-values'

export interface WorkloadFlags extends MicroFlags, IoFlags {
  primeLo?: number
  primeHi?: number
  primeMethod?: 'sieve' | 'trial'
  chunking?: 'static' | 'dynamic'
  chunksPerWorker?: number
}

export function addWorkloadFlags(command: Command): Command {
  return addIoFlags(addMicroFlags(command))
    .option('--prime-lo <n>', 'prime search: start of the range (inclusive)', parseWholeNumber('--prime-lo'))
    .option('--prime-hi <n>', 'prime search: end of the range (exclusive), e.g. 1e8', parseWholeNumber('--prime-hi'))
    .option('--prime-method <method>', 'prime search: sieve (balanced) or trial (cost grows along the range)', parseChoice('--prime-method', ['sieve', 'trial'] as const))
    .option('--chunking <mode>', 'static (one chunk per worker) or dynamic (a queue of smaller chunks)', parseChoice('--chunking', ['static', 'dynamic'] as const))
    .option('--chunks-per-worker <n>', 'dynamic chunking: chunks per worker', parseWholeNumber('--chunks-per-worker'))
}

/** Drops undefined values so that schema defaults apply to what the user did not set. */
function defined<T extends Record<string, unknown>>(record: T): Partial<T> {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as Partial<T>
}

export function workloadOptionsFromFlags(workload: WorkloadName, flags: WorkloadFlags): Record<string, unknown> {
  switch (workload) {
    case 'prime':
      return defined({
        workload,
        lo: flags.primeLo,
        hi: flags.primeHi,
        method: flags.primeMethod,
        chunking: flags.chunking,
        chunksPerWorker: flags.chunksPerWorker,
      })
    case 'file-io':
    case 'network-fetch':
      return ioOptionsFromFlags(workload, flags)
    case 'spawn':
    case 'ipc-latency':
    case 'context-switch':
      return microOptionsFromFlags(workload, flags)
    default:
      return assertNever(workload, 'workload')
  }
}

/** Schema path (`workload.hi`) to the flag that sets it, for error messages. */
export const FLAG_FOR_PATH: Record<string, string> = {
  'workload.lo': '--prime-lo',
  'workload.hi': '--prime-hi',
  'workload.method': '--prime-method',
  'workload.chunking': '--chunking',
  'workload.chunksPerWorker': '--chunks-per-worker',
  runtimes: '--runtimes',
  workers: '--workers',
  repeat: '--repeat',
  warmup: '--warmup',
  taskTimeoutMs: '--task-timeout',
  serialization: '--serialization',
  ...MICRO_FLAG_FOR_PATH,
  ...IO_FLAG_FOR_PATH,
}
