/**
 * Tasks of the I/O-bound and waiting kernels (file I/O, network fetch, sleep), with their results.
 * Kept beside protocol.ts, which only lists them in its unions (and re-exports them).
 */
import type { GlobalLockFigures, GlobalLockSpec } from './protocol-global-lock'

/**
 * Writes `files` files, then reads each back and checks it byte for byte (CRC-32 and length), in
 * `dir` as `<prefix>-<i>.bin`; `read` mode only reads files written before the sweep, whose
 * checksums come with the task. Written files are removed at the end of the task.
 */
export interface FileIoTask {
  kind: 'file-io'
  dir: string
  prefix: string
  files: number
  fileSize: number
  blockSize: number
  fsync: boolean
  api: 'sync' | 'async'
  mode: 'write-read' | 'read'
  /** Seeds the bytes of every file (with the prefix and file index stamped into each block). */
  seed: number
  /** `read` mode: CRC-32 of each file as written, in file order. */
  expectedCrcs?: number[]
  /** Global-lock mode: the run's lock (protocol-global-lock.ts). */
  globalLock?: GlobalLockSpec
}

/**
 * Fetches `url` `requests` times with `inFlight` requests at once over keep-alive connections.
 * With `firstId` set, request k asks for `?i=<firstId + k>` (the loopback server's jitter key).
 */
export interface FetchTask {
  kind: 'fetch'
  url: string
  requests: number
  inFlight: number
  firstId: number | null
  /** A request without its whole body after this long fails, naming the URL and the bound. */
  timeoutMs: number
  maxBodyBytes: number
  /** What every body must be; null for a user URL (then only Content-Length is checked). */
  expect: { length: number; crc32: number } | null
  /** Global-lock mode: the run's lock (protocol-global-lock.ts). */
  globalLock?: GlobalLockSpec
}

/** Sleeps `ms` milliseconds on a timer: the thread is free meanwhile, so one event loop overlaps many. */
export interface SleepTask {
  kind: 'sleep'
  ms: number
  /** Convoy mode: sleep `ms` this many times in a row, recording each wake-up (SleepResult.wakeUps). */
  wakeUps?: number
  /** Global-lock mode: the run's lock (protocol-global-lock.ts). */
  globalLock?: GlobalLockSpec
}

export interface FileIoResult {
  kind: 'file-io'
  bytesWritten: number
  /** Bytes read back whose file matched in length and CRC-32. */
  bytesVerified: number
  /** Files read back with a wrong length or checksum. */
  mismatches: number
  /** The CRC-32s of the files read, folded in order: equal wherever the same task ran. */
  digest: number
  /** Per file: open, write every block (and fsync), close; microseconds. */
  writeLatenciesUs: number[]
  /** Per file: open, read to the end, close; microseconds. */
  readLatenciesUs: number[]
  /** libuv's thread-pool size in the runtime that ran the task (UV_THREADPOOL_SIZE, default 4); absent from CPython, which has no libuv. */
  uvThreadpoolSize?: number
  /** Global-lock mode: what this task saw of the lock. */
  globalLock?: GlobalLockFigures
}

export interface FetchResult {
  kind: 'fetch'
  /** Answers received completely with a 2xx status. */
  responses: number
  bytes: number
  /** Bytes of bodies that matched what was expected (length and CRC-32, or Content-Length). */
  verifiedBytes: number
  mismatches: number
  /** Per request: from sending it until its whole body arrived; microseconds. */
  latenciesUs: number[]
  /** As in FileIoResult: absent from CPython. */
  uvThreadpoolSize?: number
  /** Global-lock mode: what this task saw of the lock. */
  globalLock?: GlobalLockFigures
}

export interface SleepResult {
  kind: 'sleep'
  /** How long the wait really took, on the worker's clock: the check that it did not end early. */
  waitedMs: number
  /** Convoy mode: per wake-up, how late it resumed past `ms` (never negative) and when (epoch ms). */
  wakeUps?: { lateMs: number[]; atEpochMs: number[] }
  /** Global-lock mode: what this task saw of the lock. */
  globalLock?: GlobalLockFigures
}
