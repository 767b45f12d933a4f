/**
 * Temporary directories that name their owner: `<prefix><pid>-<random>`. A lab killed with
 * SIGKILL cannot remove its own; the next one to make a directory of the same kind sweeps those
 * whose owner is gone. Only our own naming pattern, only real directories (a symlink of that name
 * is left alone and never followed), and a directory whose owner may still be alive is kept.
 */
import { lstat, mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

/** True unless the process surely does not exist (EPERM: it exists, run by someone else). */
export function ownerAlive(pid: number): boolean {
  if (pid === process.pid) return true
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ESRCH'
  }
}

function ownedPattern(prefix: string): RegExp {
  const escaped = prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  // mkdtemp appends six characters.
  return new RegExp(`^${escaped}(\\d{1,10})-[A-Za-z0-9]{6}$`)
}

/** Removes `<prefix><pid>-XXXXXX` directories in `parent` whose owner is gone; returns their paths. */
export async function sweepStaleDirs(parent: string, prefix: string, alive: (pid: number) => boolean = ownerAlive): Promise<string[]> {
  const pattern = ownedPattern(prefix)
  let entries
  try {
    entries = await readdir(parent, { withFileTypes: true })
  } catch {
    return []
  }
  const removed: string[] = []
  for (const entry of entries) {
    const pid = pattern.exec(entry.name)?.[1]
    // Dirent types come from lstat: a symlink is never a directory here.
    if (pid === undefined || !entry.isDirectory() || alive(Number(pid))) continue
    const path = join(parent, entry.name)
    try {
      if (!(await lstat(path)).isDirectory()) continue
      // rm does not follow symlinks inside the tree: it unlinks them.
      await rm(path, { recursive: true, force: true })
      removed.push(path)
    } catch {
      // Not ours to fight over (permissions, a concurrent sweep): the run goes on.
    }
  }
  return removed
}

/**
 * Sweeps stale directories of this kind in `parent` and in the OS temp folder, then makes a
 * fresh one named after this process.
 */
export async function makeOwnedTempDir(parent: string, prefix: string): Promise<string> {
  for (const where of new Set([resolve(parent), resolve(tmpdir())])) await sweepStaleDirs(where, prefix)
  return mkdtemp(join(parent, `${prefix}${process.pid}-`))
}
