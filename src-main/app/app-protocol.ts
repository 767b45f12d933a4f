/**
 * `conlab://app/…`: the built renderer (out/renderer) served by the main process instead of
 * file://, so every response carries our CSP header and the page has a real origin that the IPC
 * sender check can recognise (Electron security checklist, "use a custom protocol").
 */
import { extname } from 'node:path'
import { protocol } from 'electron'
import { contentTypeFor, readStaticFile } from '../serving/static-files'
import { APP_HOST, APP_SCHEME, contentSecurityPolicy } from './security'

/** Must run before `app.whenReady()`: a standard, secure scheme gets an origin and module scripts. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }])
}

export function serveRenderer(rendererRoot: string): void {
  const headers = (extra: Record<string, string>) => ({
    'Content-Security-Policy': contentSecurityPolicy(),
    'X-Content-Type-Options': 'nosniff',
    ...extra,
  })
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url)
    // Regular files whose real path is inside the renderer folder only: no link leads out of it.
    const file = url.host === APP_HOST && request.method === 'GET' ? await readStaticFile(rendererRoot, url.pathname) : null
    if (!file) return new Response('Not found', { status: 404, headers: headers({ 'Content-Type': 'text/plain' }) })
    return new Response(file.body, { status: 200, headers: headers({ 'Content-Type': contentTypeFor(extname(file.path)) }) })
  })
}
