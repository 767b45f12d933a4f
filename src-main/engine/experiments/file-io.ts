/**
 * File I/O, the first I/O-bound workload: each task writes its files then reads them back, every
 * byte checked by CRC-32. What it shows: sync calls in threads or processes run in parallel
 * (each blocks only its own thread), async calls go through libuv's pool, one per process and
 * UV_THREADPOOL_SIZE threads wide, which bounds how many run at once on the main thread and in a
 * process's worker threads alike.
 *
 * Every file lives in one fresh temporary directory, made in `prepare` after the free space was
 * checked and removed in `dispose`, which the session calls after success, failure and cancel.
 */
import { rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { resolve } from 'node:path'
import type { FileIoOptions } from '../../../src-shared/workloads/file-io'
import type { FileIoTask } from '../../../src-shared/protocol'
import type { Check } from '../../../src-shared/report'
import { writeFilesForReading } from '../../../src-workers/kernels/file-io'
import { assertRoomFor } from './disk-space'
import { makeOwnedTempDir } from './owned-temp-dir'
import { latencyFigures, throughputAt } from './io-figures'
import type { SweepWorkload } from './experiment'
import { CodedError, message } from '../../../src-shared/engine-message'

export const FILE_IO_DIR_PREFIX = 'conlab-file-io-'

/** Bytes on disk at most: every task's files may exist at once (all tasks in flight). */
export function fileIoBytes(options: Pick<FileIoOptions, 'tasks' | 'files' | 'fileSize'>): number {
  return options.tasks * options.files * options.fileSize
}

export function fileIoWorkload(options: FileIoOptions): SweepWorkload<FileIoTask> {
  const totalBytes = fileIoBytes(options)
  let dir: string | undefined
  /** Read-only mode: each task's file checksums, from writing them in `prepare`. */
  let expectedByTask: number[][] = []

  const taskOf = (t: number, where: string): FileIoTask => ({
    kind: 'file-io',
    dir: where,
    prefix: `t${t}`,
    files: options.files,
    fileSize: options.fileSize,
    blockSize: options.blockSize,
    fsync: options.fsync,
    api: options.fsApi,
    mode: options.readOnly ? 'read' : 'write-read',
    // Distinct per task, so that no two files anywhere in the run hold the same bytes.
    seed: t + 1,
  })

  return {
    options,
    async prepare(signal) {
      const parent = resolve(options.directory ?? tmpdir())
      // Before anything is created: a refused configuration leaves no trace at all.
      await assertRoomFor(parent, totalBytes)
      signal.throwIfAborted()
      try {
        dir = await makeOwnedTempDir(parent, FILE_IO_DIR_PREFIX)
      } catch (error) {
        throw new CodedError(message('tempDirFailed', { parent, why: error instanceof Error ? error.message : String(error) }))
      }
      if (options.readOnly) {
        expectedByTask = []
        for (let t = 0; t < options.tasks; t++) expectedByTask.push(await writeFilesForReading(taskOf(t, dir), signal))
      }
    },
    tasks(): FileIoTask[] {
      const where = dir
      if (where === undefined) throw new Error('file-io: tasks were asked for before prepare() made the directory')
      return Array.from({ length: options.tasks }, (_, t) => ({
        ...taskOf(t, where),
        ...(options.readOnly ? { expectedCrcs: expectedByTask[t] ?? [] } : {}),
      }))
    },
    check(results): Check {
      const actual = results.reduce((sum, r) => sum + r.bytesVerified, 0)
      const clean = results.length === options.tasks && results.every((r) => r.mismatches === 0)
      return { expected: totalBytes, actual, ok: clean && actual === totalBytes, source: 'checksum' }
    },
    pointExtras(repetitions, samplesMs) {
      const io = repetitions.flat().map((o) => o.result)
      // Written and read back: both directions move the bytes once.
      const movedBytes = (options.readOnly ? 1 : 2) * totalBytes
      const uv = io[0]?.uvThreadpoolSize
      return {
        throughput: throughputAt(samplesMs, movedBytes / 1e6, 'MB/s'),
        ...latencyFigures({ write: io.flatMap((r) => r.writeLatenciesUs), read: io.flatMap((r) => r.readLatenciesUs) }),
        ...(uv === undefined ? {} : { uvThreadpoolSize: uv }),
      }
    },
    async dispose() {
      const made = dir
      dir = undefined
      expectedByTask = []
      // Retries: a worker terminated mid-task may still close a file while the tree is removed.
      if (made) await rm(made, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 })
    },
  }
}
