/**
 * File I/O, an I/O-bound workload: each task writes files and reads them back, every byte checked
 * by CRC-32. Sizes are whole bytes; the CLI accepts 64k / 1m suffixes before validation. Every task
 * of a repetition is the same whatever the worker count (strong scaling).
 */
import { z } from 'zod'
import { GIB, KIB, MIB, sizeText } from '../sizes'
import { refinement } from '../validation-messages'
import { defineWorkload } from './define'

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
    ...refinement('fileIoMaxFiles', { max: FILE_IO_MAX_FILES.toLocaleString('en') }),
  })
export type FileIoOptions = z.infer<typeof FileIoOptionsSchema>

/** I/O: the event loop on one thread (main-async) is the contender threads must beat. */
const IO_RUNTIMES = ['main', 'main-async', 'thread', 'process'] as const

export const fileIoDefinition = defineWorkload({
  schema: FileIoOptionsSchema,
  shape: 'sweep',
  workersOnly: false,
  defaultRuntimes: ['main', 'thread', 'process'],
  flags: { fileSize: { unit: 'bytes' }, blockSize: { unit: 'bytes' }, directory: { flag: 'dir' } },
  presets: [
    { id: 'quick', workload: { tasks: 8, files: 4, fileSize: 64 * KIB }, common: { runtimes: [...IO_RUNTIMES], workers: [1, 2, 4], repeat: 3, warmup: 1 } },
    { id: 'workshop-io', workload: { tasks: 16, files: 8, fileSize: 256 * KIB, fsApi: 'async' }, common: { runtimes: [...IO_RUNTIMES], workers: [1, 2, 4, 8], repeat: 5, warmup: 1 } },
  ],
  describe: (o, t) =>
    t('workloads.file-io.describe', {
      tasks: o.tasks,
      files: o.files,
      fileSize: sizeText(o.fileSize),
      blockSize: sizeText(o.blockSize),
      fsApi: t(`workloads.file-io.fsApi-${o.fsApi}`),
      mode: t(o.readOnly ? 'workloads.file-io.readOnly' : 'workloads.file-io.writeRead'),
      fsync: o.fsync ? t('workloads.file-io.withFsync') : '',
    }),
})
