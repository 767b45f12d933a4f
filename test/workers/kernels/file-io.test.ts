/** The file-I/O kernel on real files in a temp dir: every byte verified, sync and async alike. */
import { mkdtempSync, readdirSync, rmSync, statSync, truncateSync, writeFileSync as writeRaw, readFileSync as readRaw } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { crc32 } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import type { FileIoTask } from '../../../src-shared/protocol'
import { fileIoPath, runFileIo, writeFilesForReading } from '../../../src-workers/kernels/file-io'
import { onCleanup } from '../../helpers/cleanup'

function tempDir(): string {
  return onCleanup(mkdtempSync(join(tmpdir(), 'conlab-test-fileio-')), (dir) => rmSync(dir, { recursive: true, force: true }))
}

function task(dir: string, overrides: Partial<FileIoTask> = {}): FileIoTask {
  return { kind: 'file-io', dir, prefix: 't0', files: 3, fileSize: 10_000, blockSize: 4096, fsync: false, api: 'async', mode: 'write-read', seed: 7, ...overrides }
}

describe('runFileIo', () => {
  it.each(['sync', 'async'] as const)('%s: writes, reads back and verifies every byte, then removes its files', async (api) => {
    const dir = tempDir()
    const result = await runFileIo(task(dir, { api, fsync: api === 'sync' }))
    expect(result).toMatchObject({ kind: 'file-io', bytesWritten: 30_000, bytesVerified: 30_000, mismatches: 0 })
    expect(result.writeLatenciesUs).toHaveLength(3)
    expect(result.readLatenciesUs).toHaveLength(3)
    expect(result.uvThreadpoolSize).toBeGreaterThanOrEqual(1)
    expect(readdirSync(dir)).toEqual([])
  })

  it('gives the same digest through the sync and the async API, and a different one for another seed', async () => {
    const dir = tempDir()
    const a = await runFileIo(task(dir, { api: 'sync' }))
    const b = await runFileIo(task(dir, { api: 'async' }))
    const c = await runFileIo(task(dir, { seed: 8 }))
    expect(a.digest).toBe(b.digest)
    expect(c.digest).not.toBe(a.digest)
  })

  it('handles files smaller than a block and smaller than the stamp', async () => {
    const dir = tempDir()
    const result = await runFileIo(task(dir, { fileSize: 7, files: 2, api: 'sync' }))
    expect(result).toMatchObject({ bytesVerified: 14, mismatches: 0 })
  })

  it('read mode: verifies prepared files and counts a flipped byte, a short and a long file as mismatches', async () => {
    const dir = tempDir()
    const prepared = task(dir, { files: 4 })
    const crcs = await writeFilesForReading(prepared)
    expect(crcs).toEqual([0, 1, 2, 3].map((i) => crc32(readRaw(fileIoPath(prepared, i)))))
    expect(statSync(fileIoPath(prepared, 0)).size).toBe(10_000)

    const clean = await runFileIo({ ...prepared, mode: 'read', expectedCrcs: crcs })
    expect(clean).toMatchObject({ bytesWritten: 0, bytesVerified: 40_000, mismatches: 0 })
    expect(clean.writeLatenciesUs).toEqual([])

    const flipped = readRaw(fileIoPath(prepared, 1))
    flipped[5000] = flipped[5000]! ^ 0xff
    writeRaw(fileIoPath(prepared, 1), flipped)
    truncateSync(fileIoPath(prepared, 2), 9_999)
    writeRaw(fileIoPath(prepared, 3), Buffer.concat([readRaw(fileIoPath(prepared, 3)), Buffer.from([0])]))
    const damaged = await runFileIo({ ...prepared, mode: 'read', api: 'sync', expectedCrcs: crcs })
    expect(damaged).toMatchObject({ bytesVerified: 10_000, mismatches: 3 })
    // Read mode leaves the prepared files for the next repetition.
    expect(readdirSync(dir)).toHaveLength(4)
  })

  it('refuses read mode without one checksum per file, and stops between files on cancel', async () => {
    const dir = tempDir()
    await expect(runFileIo(task(dir, { mode: 'read', expectedCrcs: [1] }))).rejects.toThrow(/one expected checksum per file/)
    const controller = new AbortController()
    controller.abort(new Error('stop'))
    await expect(runFileIo(task(dir), controller.signal)).rejects.toThrow('stop')
    expect(readdirSync(dir)).toEqual([])
  })
})
