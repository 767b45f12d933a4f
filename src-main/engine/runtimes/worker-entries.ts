/**
 * Where the worker entry files are. The bundler emits each entry as its own chunk and gives us
 * its path (electron-vite `?modulePath`; emulated under vitest), so no path is hard-coded.
 */
import processEntry from '../../../src-workers/entry-process?modulePath'
import threadEntry from '../../../src-workers/entry-thread?modulePath'

/**
 * In a packaged app the bundles sit in `app.asar`, but a new thread or process must load a real
 * file: electron-builder.yml unpacks them to `app.asar.unpacked`, and this points there.
 */
export function unpackedPath(path: string): string {
  return path.replace(/app\.asar([\\/])/, 'app.asar.unpacked$1')
}

export const workerEntries = { thread: unpackedPath(threadEntry), process: unpackedPath(processEntry) } as const
