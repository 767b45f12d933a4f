/**
 * Where the worker entry files are. The bundler emits each entry as its own chunk and gives us
 * its path (electron-vite `?modulePath`; emulated under vitest), so no path is hard-coded.
 */
import processEntry from '../../../src-workers/entry-process?modulePath'
import threadEntry from '../../../src-workers/entry-thread?modulePath'

export const workerEntries = { thread: threadEntry, process: processEntry } as const
