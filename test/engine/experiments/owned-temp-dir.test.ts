/**
 * A lab killed with SIGKILL leaves its file-io directory behind; the next file-io run sweeps the
 * ones whose owner is gone, and nothing else: not a live owner's, not a symlink, not a file, not
 * a name outside our pattern.
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { FileIoOptionsSchema } from '../../../src-shared/workloads/file-io'
import { FILE_IO_DIR_PREFIX, fileIoWorkload } from '../../../src-main/engine/experiments/file-io'
import { sweepStaleDirs } from '../../../src-main/engine/experiments/owned-temp-dir'
import { onCleanup } from '../../helpers/cleanup'

function parentDir(): string {
  return onCleanup(mkdtempSync(join(tmpdir(), 'conlab-test-parent-')), (dir) => rmSync(dir, { recursive: true, force: true }))
}

/** The pid of a process that has ended (and been reaped). */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' })
  await new Promise((resolve) => child.once('exit', resolve))
  return child.pid!
}

function makeDir(path: string): string {
  mkdirSync(path)
  writeFileSync(join(path, 't0-0.bin'), 'left behind')
  return path
}

describe('stale file-io directories', () => {
  it('are swept when their owner is gone; a live owner, symlinks, files and other names are kept', async () => {
    const parent = parentDir()
    const dead = await deadPid()
    const stale = makeDir(join(parent, `${FILE_IO_DIR_PREFIX}${dead}-aB3dE9`))
    const live = makeDir(join(parent, `${FILE_IO_DIR_PREFIX}${process.pid}-Zz9yX8`))
    const other = makeDir(join(parent, `${FILE_IO_DIR_PREFIX}Qw3rTy`))
    const target = makeDir(join(parent, 'not-ours'))
    const link = join(parent, `${FILE_IO_DIR_PREFIX}${dead}-LiNk00`)
    symlinkSync(target, link)
    const file = join(parent, `${FILE_IO_DIR_PREFIX}${dead}-FiLe00`)
    writeFileSync(file, 'a file')

    expect(await sweepStaleDirs(parent, FILE_IO_DIR_PREFIX)).toEqual([stale])
    expect(existsSync(stale)).toBe(false)
    for (const kept of [live, other, link, file, join(target, 't0-0.bin')]) expect(existsSync(kept)).toBe(true)
  })

  it('are swept by the next file-io run, whose own directory names its owner', async () => {
    const parent = parentDir()
    const stale = makeDir(join(parent, `${FILE_IO_DIR_PREFIX}${await deadPid()}-aB3dE9`))
    const workload = fileIoWorkload(FileIoOptionsSchema.parse({ workload: 'file-io', tasks: 1, files: 1, fileSize: 1024, blockSize: 1024, directory: parent }))
    await workload.prepare!(new AbortController().signal)
    try {
      expect(existsSync(stale)).toBe(false)
      const own = readdirSync(parent)
      expect(own).toHaveLength(1)
      expect(basename(own[0]!)).toMatch(new RegExp(`^${FILE_IO_DIR_PREFIX}${process.pid}-`))
    } finally {
      await workload.dispose!()
    }
    expect(readdirSync(parent)).toEqual([])
  })
})
