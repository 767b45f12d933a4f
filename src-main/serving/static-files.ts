/**
 * Serves the built renderer (out/renderer) read-only: GET/HEAD of files under one root, nothing
 * else. Paths are decoded, normalised and checked to stay inside the root, so `..` and encoded
 * tricks end at a 404, never at a file elsewhere on disk.
 */
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
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

export async function serveStatic(root: string, requestPath: string, method: string, res: ServerResponse): Promise<void> {
  const file = resolveStaticPath(root, requestPath)
  const info = file ? await stat(file).catch(() => null) : null
  if (!file || !info?.isFile()) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found\n')
    return
  }
  res.writeHead(200, {
    'Content-Type': contentTypeFor(extname(file)),
    'Content-Length': String(info.size),
  })
  if (method === 'HEAD') {
    res.end()
    return
  }
  const stream = createReadStream(file)
  stream.on('error', () => res.destroy())
  stream.pipe(res)
}
