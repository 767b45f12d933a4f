/**
 * Flags of the I/O workloads (file-io, network-fetch) and of libuv's pool size, kept beside
 * workload-flags.ts, which adds them to `conlab run` and routes each workload's options here.
 * Sizes accept 64k / 1m suffixes; the shared schema then judges every value.
 */
import type { Command } from 'commander'
import { parseByteSize } from './micro-flags'
import { parseChoice, parseWholeNumber } from './parse-values'

export interface IoFlags {
  tasks?: number
  files?: number
  fileSize?: number
  blockSize?: number
  fsync?: boolean
  fsApi?: 'sync' | 'async'
  readOnly?: boolean
  dir?: string
  requests?: number
  inFlight?: number
  payloadSize?: number
  latencyMs?: number
  jitterMs?: number
  seed?: number
  url?: string
  requestTimeout?: number
  uvThreadpoolSize?: number
}

export function addIoFlags(command: Command): Command {
  return command
    .option('--tasks <n>', 'file-io, network-fetch: tasks per repetition, shared out among the workers', parseWholeNumber('--tasks'))
    .option('--files <n>', 'file-io: files each task writes and reads back (default 8)', parseWholeNumber('--files'))
    .option('--file-size <size>', 'file-io: bytes per file, e.g. 256k, 4m (default 256k)', parseByteSize('--file-size'))
    .option('--block-size <size>', 'file-io: bytes per write or read call (default 64k)', parseByteSize('--block-size'))
    .option('--fsync', 'file-io: fsync every file before closing it (data to disk, not only the page cache)')
    .option('--fs-api <api>', 'file-io: sync (blocking calls) or async (libuv thread pool; default)', parseChoice('--fs-api', ['sync', 'async'] as const))
    .option('--read-only', 'file-io: only read files written once before the sweep')
    .option('--dir <path>', 'file-io: where to make the temporary directory, i.e. which disk (default: the OS temp dir)')
    .option('--requests <n>', 'network-fetch: requests per task (default 16)', parseWholeNumber('--requests'))
    .option('--in-flight <n>', 'network-fetch: requests each task keeps in flight (default 2)', parseWholeNumber('--in-flight'))
    .option('--payload-size <size>', 'network-fetch: bytes per answer of the loopback server, e.g. 16k (default)', parseByteSize('--payload-size'))
    .option('--latency-ms <ms>', 'network-fetch: the loopback server waits this long per answer (default 5)', parseWholeNumber('--latency-ms'))
    .option('--jitter-ms <ms>', 'network-fetch: plus a wait drawn from [0, ms], the same every run for a seed (default 0)', parseWholeNumber('--jitter-ms'))
    .option('--seed <n>', 'network-fetch: seeds the jitter and the payload bytes (default 1)', parseWholeNumber('--seed'))
    .option('--url <url>', 'network-fetch: fetch this http(s) URL instead of the loopback server (at most 200 requests per repetition)')
    .option('--request-timeout <ms>', 'network-fetch: a request not answered in full by then fails (default 10000)', parseWholeNumber('--request-timeout'))
    .option('--uv-threadpool-size <n>', "UV_THREADPOOL_SIZE for child-process workers (threads share the lab's own pool, set when it starts)", parseWholeNumber('--uv-threadpool-size'))
}

/** Drops undefined values so that schema defaults apply to what the user did not set. */
function defined<T extends Record<string, unknown>>(record: T): Partial<T> {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as Partial<T>
}

export function ioOptionsFromFlags(workload: 'file-io' | 'network-fetch', flags: IoFlags): Record<string, unknown> {
  if (workload === 'file-io') {
    return defined({
      workload,
      tasks: flags.tasks,
      files: flags.files,
      fileSize: flags.fileSize,
      blockSize: flags.blockSize,
      fsync: flags.fsync,
      fsApi: flags.fsApi,
      readOnly: flags.readOnly,
      directory: flags.dir,
    })
  }
  return defined({
    workload,
    tasks: flags.tasks,
    requests: flags.requests,
    inFlight: flags.inFlight,
    payloadSize: flags.payloadSize,
    latencyMs: flags.latencyMs,
    jitterMs: flags.jitterMs,
    seed: flags.seed,
    url: flags.url,
    requestTimeoutMs: flags.requestTimeout,
  })
}

export const IO_FLAG_FOR_PATH: Record<string, string> = {
  'workload.tasks': '--tasks',
  'workload.files': '--files',
  'workload.fileSize': '--file-size',
  'workload.blockSize': '--block-size',
  'workload.fsApi': '--fs-api',
  'workload.directory': '--dir',
  'workload.requests': '--requests',
  'workload.inFlight': '--in-flight',
  'workload.payloadSize': '--payload-size',
  'workload.latencyMs': '--latency-ms',
  'workload.jitterMs': '--jitter-ms',
  'workload.seed': '--seed',
  'workload.url': '--url',
  'workload.requestTimeoutMs': '--request-timeout',
  uvThreadpoolSize: '--uv-threadpool-size',
}
