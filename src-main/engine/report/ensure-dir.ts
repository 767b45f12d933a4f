/**
 * Creates a folder and its missing parents, one level at a time. Node 20's
 * `mkdir(path, { recursive: true })` spins at full CPU forever on some paths it cannot create
 * (seen with `/proc/nope/x`), so a bad `--out` would hang the lab instead of failing: here the
 * first existing ancestor must be a writable folder, and every failure is an error that says
 * which path and why.
 */
import { constants } from 'node:fs'
import { access, mkdir, stat } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'

export class FolderError extends Error {
  override name = 'FolderError'
}

async function existingKind(path: string): Promise<'dir' | 'other' | 'missing'> {
  try {
    return (await stat(path)).isDirectory() ? 'dir' : 'other'
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'missing'
    throw new FolderError(`Cannot use ${path}: ${(error as Error).message}`)
  }
}

export async function ensureDir(folder: string): Promise<void> {
  const target = resolve(folder)
  const missing: string[] = []
  let current = target
  for (;;) {
    const kind = await existingKind(current)
    if (kind === 'dir') break
    if (kind === 'other') throw new FolderError(`Cannot create ${target}: ${current} exists and is not a folder`)
    missing.unshift(current)
    const parent = dirname(current)
    if (parent === current) throw new FolderError(`Cannot create ${target}: no part of the path exists`)
    current = parent
  }
  try {
    await access(current, constants.W_OK)
  } catch {
    throw new FolderError(`Cannot write into ${current}: permission denied`)
  }
  for (const dir of missing) {
    try {
      await mkdir(dir)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw new FolderError(`Cannot create ${dir}: ${(error as Error).message}`)
    }
  }
}
