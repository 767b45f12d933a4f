/**
 * Where the Python worker program is: beside the built bundles (`out/main/python/`, copied there
 * by build/python-worker-plugin.ts; unpacked from the asar in a packaged app, since an
 * interpreter reads real files), or in the source tree when the engine runs from source (tests).
 */
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { unpackedPath } from '../worker-entries'

export const WORKER_PROGRAM = 'conlab_worker.py'

export function workerProgramPath(from: string = dirname(fileURLToPath(import.meta.url))): string {
  const tried: string[] = []
  for (let dir = from, up = 0; up < 6; dir = dirname(dir), up++) {
    for (const candidate of [join(dir, 'python', WORKER_PROGRAM), join(dir, 'src-workers', 'python', WORKER_PROGRAM)]) {
      const real = unpackedPath(candidate)
      tried.push(real)
      if (existsSync(real)) return real
    }
  }
  throw new Error(`The Python worker program (${WORKER_PROGRAM}) is missing from this installation; looked in ${tried.slice(0, 4).join(', ')}...`)
}
