/**
 * The file-I/O kernel: writes a task's files block by block, then reads each back and verifies it
 * (CRC-32 over every byte, and the length), timing every file operation. Two implementations of
 * the same steps on purpose:
 * - `sync`: openSync/writeSync/readSync on the calling thread. In a worker that thread waits in
 *   the kernel; on the main thread it blocks the event loop, so nothing else interleaves.
 * - `async`: fs.promises, whose calls run on libuv's thread pool (UV_THREADPOOL_SIZE threads per
 *   process, shared by its worker threads), so the pool's size bounds how many run at once.
 * They are written out twice rather than behind one interface so that the sync path never awaits:
 * an `await`, even on a plain value, would let other tasks run in between on the main thread.
 */
import { closeSync, fsyncSync, openSync, readSync, unlinkSync, writeSync } from 'node:fs'
import { open, unlink } from 'node:fs/promises'
import { join } from 'node:path'
import { crc32 } from 'node:zlib'
import type { FileIoResult, FileIoTask } from '../../src-shared/protocol'
import { patternBytes, stampBlock } from './pattern'
import { currentUvThreadpoolSize } from './uv-pool'
import { type LockScope, NO_LOCK } from '../global-lock-scope'

export function fileIoPath(task: Pick<FileIoTask, 'dir' | 'prefix'>, index: number): string {
  return join(task.dir, `${task.prefix}-${index}.bin`)
}

/**
 * Writes a task's files and keeps them, for read-only mode (the engine prepares them once before
 * the sweep). Returns each file's CRC-32, which the read tasks then check against.
 */
export async function writeFilesForReading(task: FileIoTask, signal?: AbortSignal): Promise<number[]> {
  validate({ ...task, mode: 'write-read' })
  const crcs: number[] = []
  for (let i = 0; i < task.files; i++) {
    signal?.throwIfAborted()
    crcs.push(await writeFileAsync(task, i))
  }
  return crcs
}

/**
 * `lock`: the global-lock mode's scope. Each file's write or read runs with the lock released: its
 * work is system calls and zlib's native CRC-32, which CPython also runs without its GIL (zlib
 * drops it for buffers over 5 KiB).
 */
export async function runFileIo(task: FileIoTask, signal?: AbortSignal, lock: LockScope = NO_LOCK): Promise<FileIoResult> {
  validate(task)
  const result: FileIoResult = {
    kind: 'file-io',
    bytesWritten: 0,
    bytesVerified: 0,
    mismatches: 0,
    digest: 0,
    writeLatenciesUs: [],
    readLatenciesUs: [],
    uvThreadpoolSize: currentUvThreadpoolSize(),
  }
  const expected = task.mode === 'read' ? (task.expectedCrcs ?? []) : []
  if (task.mode === 'write-read') {
    for (let i = 0; i < task.files; i++) {
      signal?.throwIfAborted()
      const t0 = performance.now()
      expected[i] = task.api === 'sync' ? lock.blocking(() => writeFileSync(task, i)) : await lock.around(() => writeFileAsync(task, i))
      result.writeLatenciesUs.push(elapsedUs(t0))
      result.bytesWritten += task.fileSize
    }
  }
  for (let i = 0; i < task.files; i++) {
    signal?.throwIfAborted()
    const t0 = performance.now()
    const read = task.api === 'sync' ? lock.blocking(() => readFileSync(task, i)) : await lock.around(() => readFileAsync(task, i))
    result.readLatenciesUs.push(elapsedUs(t0))
    if (read.length === task.fileSize && read.crc === expected[i]) result.bytesVerified += read.length
    else result.mismatches++
    result.digest = (Math.imul(result.digest, 31) + read.crc) >>> 0
  }
  // Written files go at once, so that repetitions start alike and the disk holds one run's worth.
  if (task.mode === 'write-read') {
    for (let i = 0; i < task.files; i++) {
      if (task.api === 'sync') lock.blocking(() => unlinkSync(fileIoPath(task, i)))
      else await lock.around(() => unlink(fileIoPath(task, i)))
    }
  }
  return result
}

function validate(task: FileIoTask): void {
  const whole = (n: number, min: number) => Number.isSafeInteger(n) && n >= min
  if (!whole(task.files, 0) || !whole(task.fileSize, 0) || !whole(task.blockSize, 1)) {
    throw new RangeError(`file-io task: files, fileSize and blockSize must be whole numbers (blockSize >= 1)`)
  }
  if (task.mode === 'read' && task.expectedCrcs?.length !== task.files) {
    throw new Error(`file-io task in read mode needs one expected checksum per file (${task.files})`)
  }
}

function elapsedUs(t0: number): number {
  return Math.round((performance.now() - t0) * 10_000) / 10
}

function buffersFor(task: Pick<FileIoTask, 'fileSize' | 'blockSize' | 'seed'>): { pattern: Buffer; scratch: Buffer } {
  const size = Math.max(1, Math.min(task.blockSize, task.fileSize))
  return { pattern: patternBytes(size, task.seed), scratch: Buffer.allocUnsafe(size) }
}

function forEachBlock(task: Pick<FileIoTask, 'fileSize' | 'blockSize'>, visit: (block: number, length: number, position: number) => void): void {
  for (let position = 0, block = 0; position < task.fileSize; position += task.blockSize, block++) {
    visit(block, Math.min(task.blockSize, task.fileSize - position), position)
  }
}

function writeFileSync(task: FileIoTask, index: number): number {
  const { pattern, scratch } = buffersFor(task)
  const fd = openSync(fileIoPath(task, index), 'w')
  let crc = 0
  try {
    forEachBlock(task, (block, length, position) => {
      const data = stampBlock(scratch, pattern, length, task.seed, index, block)
      // write(2) may write less than asked (signals, quotas): loop until the block is out.
      for (let done = 0; done < length; ) done += writeSync(fd, data, done, length - done, position + done)
      crc = crc32(data, crc)
    })
    if (task.fsync) fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
  return crc
}

async function writeFileAsync(task: FileIoTask, index: number): Promise<number> {
  const { pattern, scratch } = buffersFor(task)
  const handle = await open(fileIoPath(task, index), 'w')
  let crc = 0
  try {
    for (let position = 0, block = 0; position < task.fileSize; position += task.blockSize, block++) {
      const length = Math.min(task.blockSize, task.fileSize - position)
      const data = stampBlock(scratch, pattern, length, task.seed, index, block)
      for (let done = 0; done < length; ) done += (await handle.write(data, done, length - done, position + done)).bytesWritten
      crc = crc32(data, crc)
    }
    if (task.fsync) await handle.sync()
  } finally {
    await handle.close()
  }
  return crc
}

/** Reads to end of file (one read past the last byte), so a file too long is caught as well. */
function readFileSync(task: FileIoTask, index: number): { length: number; crc: number } {
  const buffer = Buffer.allocUnsafe(Math.max(1, task.blockSize))
  const fd = openSync(fileIoPath(task, index), 'r')
  let crc = 0
  let length = 0
  try {
    for (;;) {
      const n = readSync(fd, buffer, 0, buffer.length, length)
      if (n === 0) break
      crc = crc32(buffer.subarray(0, n), crc)
      length += n
    }
  } finally {
    closeSync(fd)
  }
  return { length, crc }
}

async function readFileAsync(task: FileIoTask, index: number): Promise<{ length: number; crc: number }> {
  const buffer = Buffer.allocUnsafe(Math.max(1, task.blockSize))
  const handle = await open(fileIoPath(task, index), 'r')
  let crc = 0
  let length = 0
  try {
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, length)
      if (bytesRead === 0) break
      crc = crc32(buffer.subarray(0, bytesRead), crc)
      length += bytesRead
    }
  } finally {
    await handle.close()
  }
  return { length, crc }
}
