/**
 * Options of the two I/O-bound workloads, file I/O and network fetch. Kept beside config.ts (which
 * puts them into the workload union) so that each workload's limits read in one place.
 *
 * Sizes are whole bytes here; the CLI accepts 64k / 1m suffixes and converts before validation.
 * Every task of a repetition is the same whatever the worker count (strong scaling), so the
 * speedup over worker counts compares equal amounts of work.
 */
import { z } from 'zod'

export const KIB = 1024
export const MIB = 1024 * KIB
export const GIB = 1024 * MIB

/** Biggest single file: beyond it one file write alone takes seconds on most disks. */
export const FILE_IO_MAX_FILE_SIZE = GIB
/** Files per repetition over all tasks: keeps the directory listing and the result messages small. */
export const FILE_IO_MAX_FILES = 100_000

export const FileIoOptionsSchema = z
  .object({
    workload: z.literal('file-io'),
    /** Tasks per repetition, handed out to the workers from one queue. */
    tasks: z.number().int().min(1).max(10_000).default(16),
    /** Files each task writes and reads back (or only reads, in read-only mode). */
    files: z.number().int().min(1).max(10_000).default(8),
    fileSize: z.number().int().min(1).max(FILE_IO_MAX_FILE_SIZE).default(256 * KIB),
    /** Bytes per write or read call. */
    blockSize: z.number().int().min(512).max(64 * MIB).default(64 * KIB),
    /** fsync each file before closing it: the data reaches the disk, not only the page cache. */
    fsync: z.boolean().default(false),
    /**
     * `async`: fs.promises, whose calls run on libuv's thread pool (UV_THREADPOOL_SIZE threads, one
     * pool per process shared by its worker threads). `sync`: blocking calls on the calling thread.
     */
    fsApi: z.enum(['sync', 'async']).default('async'),
    /** Only read files written once before the sweep (mostly from the page cache). */
    readOnly: z.boolean().default(false),
    /** Where the run's temporary directory is made (default: the OS temp dir); picks the disk. */
    directory: z.string().min(1).max(4096).optional(),
  })
  .refine((o) => o.tasks * o.files <= FILE_IO_MAX_FILES, {
    message: `tasks × files must stay at or below ${FILE_IO_MAX_FILES.toLocaleString('en')}`,
    path: ['files'],
  })
export type FileIoOptions = z.infer<typeof FileIoOptionsSchema>

/** Requests per repetition allowed against somebody else's server (a user-given URL). */
export const USER_URL_MAX_REQUESTS = 200
/** Largest body accepted from a user-given URL; a bigger answer fails the request. */
export const USER_URL_MAX_BODY_BYTES = 64 * MIB
export const FETCH_MAX_PAYLOAD = 64 * MIB

export const NetworkFetchOptionsSchema = z
  .object({
    workload: z.literal('network-fetch'),
    /** Tasks per repetition, handed out to the workers from one queue. */
    tasks: z.number().int().min(1).max(10_000).default(8),
    /** Requests each task makes. */
    requests: z.number().int().min(1).max(100_000).default(16),
    /** Requests a task keeps in flight at once, over keep-alive connections. */
    inFlight: z.number().int().min(1).max(256).default(2),
    /** Bytes of each answer of the lab's own loopback server. */
    payloadSize: z.number().int().min(0).max(FETCH_MAX_PAYLOAD).default(16 * KIB),
    /** The loopback server waits this long before answering: the "network" wait. */
    latencyMs: z.number().int().min(0).max(10_000).default(5),
    /** Extra wait drawn uniformly from [0, jitterMs], the same for a request id and seed every run. */
    jitterMs: z.number().int().min(0).max(10_000).default(0),
    /** Seeds the jitter and the payload's bytes. */
    seed: z.number().int().min(0).max(0xffff_ffff).default(1),
    /** Fetch this http(s) URL instead of the loopback server (bounded request count and time). */
    url: z
      .url({ protocol: /^https?$/, error: 'url must be an absolute http:// or https:// URL' })
      .max(2048)
      .optional(),
    /** A request without its whole answer after this long fails, with the URL and the bound named. */
    requestTimeoutMs: z.number().int().min(10).max(60_000).default(10_000),
  })
  .refine((o) => o.url === undefined || o.tasks * o.requests <= USER_URL_MAX_REQUESTS, {
    message: `with a url of your own, tasks × requests must stay at or below ${USER_URL_MAX_REQUESTS} per repetition`,
    path: ['requests'],
  })
export type NetworkFetchOptions = z.infer<typeof NetworkFetchOptionsSchema>
