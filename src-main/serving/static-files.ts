/**
 * Serves the built renderer (out/renderer) read-only: GET/HEAD of files under one root, nothing
 * else. Paths are decoded, normalised and checked to stay inside the root, so `..` and encoded
 * tricks end at a 404, never at a file elsewhere on disk. The same holds for links: a file is
 * served only when it is a regular file whose real path (every symlink resolved) is inside the
 * root's real path, so a link in the folder to /etc/passwd is a 404 too (web mode and the
 * desktop app's `conlab://` protocol both read through here).
 */
import { constants } from 'node:fs'
import { type FileHandle, open, realpath, stat } from 'node:fs/promises'
import type { ServerResponse } from 'node:http'
import { extname, join, normalize, resolve, sep } from 'node:path'

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
}

export function contentTypeFor(extension: string): string {
  return CONTENT_TYPES[extension.toLowerCase()] ?? 'application/octet-stream'
}

/** The file a request path names inside `root`, or null when it names nothing we serve. */
export function resolveStaticPath(root: string, requestPath: string): string | null {
  let decoded: string
  try {
    decoded = decodeURIComponent(requestPath)
  } catch {
    return null
  }
  // A browser never sends `..` segments (it resolves them first); whoever does is refused.
  if (decoded.includes('\0') || decoded.includes('\\') || decoded.split('/').includes('..')) return null
  const relative = decoded === '' || decoded.endsWith('/') ? `${decoded}index.html` : decoded
  const base = resolve(root)
  const target = resolve(join(base, normalize(relative)))
  return target.startsWith(base + sep) ? target : null
}

export interface OpenStaticFile {
  /** The real path that was opened (no link left in it). */
  path: string
  size: number
  /** Open for reading; the caller closes it (a read stream made from it closes it at its end). */
  handle: FileHandle
}

/** No symlink in the last component at open time (O_NOFOLLOW where the OS has it). */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0)

/**
 * The file a request names, opened, or null when it is not a regular file whose real path lies
 * inside the root's real path. The type is checked before opening (opening a FIFO would block a
 * libuv thread) and again on the open handle, in case the path changed in between.
 */
export async function openStaticFile(root: string, requestPath: string): Promise<OpenStaticFile | null> {
  const file = resolveStaticPath(root, requestPath)
  if (!file) return null
  const [realRoot, realFile] = await Promise.all([realpath(root).catch(() => null), realpath(file).catch(() => null)])
  if (!realRoot || !realFile || !realFile.startsWith(realRoot + sep)) return null
  const info = await stat(realFile).catch(() => null)
  if (!info?.isFile()) return null
  const handle = await open(realFile, OPEN_FLAGS).catch(() => null)
  if (!handle) return null
  const opened = await handle.stat().catch(() => null)
  if (!opened?.isFile() || opened.ino !== info.ino || opened.dev !== info.dev) {
    await handle.close().catch(() => undefined)
    return null
  }
  return { path: realFile, size: opened.size, handle }
}

/** The whole file, for callers that answer with a body (the desktop app's `conlab://` protocol). */
export async function readStaticFile(root: string, requestPath: string): Promise<{ path: string; body: Buffer } | null> {
  const file = await openStaticFile(root, requestPath)
  if (!file) return null
  try {
    return { path: file.path, body: await file.handle.readFile() }
  } catch {
    return null
  } finally {
    await file.handle.close().catch(() => undefined)
  }
}

export async function serveStatic(root: string, requestPath: string, method: string, res: ServerResponse): Promise<void> {
  const file = await openStaticFile(root, requestPath)
  if (!file) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found\n')
    return
  }
  res.writeHead(200, {
    'Content-Type': contentTypeFor(extname(file.path)),
    'Content-Length': String(file.size),
  })
  if (method === 'HEAD') {
    await file.handle.close()
    res.end()
    return
  }
  const stream = file.handle.createReadStream()
  stream.on('error', () => res.destroy())
  res.on('close', () => stream.destroy())
  stream.pipe(res)
}
