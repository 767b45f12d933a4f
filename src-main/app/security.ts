/**
 * The shell's locks (Electron security checklist): the renderer is served from our own
 * privileged scheme with a strict Content-Security-Policy, may not navigate or open windows,
 * gets no permissions, and only its top frame at our own address counts as "our renderer".
 */
import type { Session, WebContents } from 'electron'

export const APP_SCHEME = 'conlab'
export const APP_HOST = 'app'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`

/**
 * `electron-vite dev` serves the renderer from a local Vite server and says where in this
 * variable; a packaged app ignores it, so it cannot be used to point the app elsewhere.
 */
export function devRendererOrigin(isPackaged: boolean, env: NodeJS.ProcessEnv = process.env): string | null {
  const raw = env.ELECTRON_RENDERER_URL
  if (isPackaged || !raw) return null
  try {
    const url = new URL(raw)
    return url.protocol === 'http:' && (url.hostname === 'localhost' || url.hostname === '127.0.0.1') ? url.origin : null
  } catch {
    return null
  }
}

export function isAppUrl(url: string, devOrigin: string | null = null): boolean {
  try {
    const { origin, protocol, host } = new URL(url)
    // Custom schemes report origin "null" in some versions: compare scheme and host directly.
    if (protocol === `${APP_SCHEME}:` && host === APP_HOST) return true
    return devOrigin !== null && origin === devOrigin
  } catch {
    return false
  }
}

export function contentSecurityPolicy(devOrigin: string | null = null): string {
  const dev = devOrigin ? ` ${devOrigin}` : ''
  const devSocket = devOrigin ? ` ${devOrigin.replace(/^http/, 'ws')}` : ''
  return [
    "default-src 'none'",
    `script-src 'self'${dev}`,
    // Vite's dev server injects <style> tags for hot reload; the built app needs no inline style.
    `style-src 'self'${devOrigin ? `${dev} 'unsafe-inline'` : ''}`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${dev}${devSocket}`,
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
    "object-src 'none'",
  ].join('; ')
}

/** Applied to every WebContents the app ever creates (app 'web-contents-created'). */
export function hardenContents(contents: WebContents): void {
  // Loads we start (loadURL/loadFile) do not fire will-navigate; only the page's own attempts do.
  contents.on('will-navigate', (event) => event.preventDefault())
  // will-navigate covers the top frame only; an iframe (none is ours: the CSP allows none) must
  // not navigate either.
  contents.on('will-frame-navigate', (event) => event.preventDefault())
  contents.on('will-redirect', (event) => event.preventDefault())
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.on('select-bluetooth-device', (event, _devices, callback) => {
    event.preventDefault()
    callback('')
  })
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
}

/**
 * The lab needs no permission at all (no camera, screen, notifications, clipboard or devices), so
 * every request, check and device chooser is answered "no", whoever asks: a page that somehow
 * got into the window gains nothing by asking.
 */
export function hardenSession(session: Session, devOrigin: string | null): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
  session.setDevicePermissionHandler(() => false)
  // An empty answer (no video, no audio) refuses screen and window capture.
  session.setDisplayMediaRequestHandler((_request, callback) => callback({}))
  // Device choosers: cancelled (preventDefault, then no device) rather than left to a default.
  session.on('select-hid-device', (event, _details, callback) => {
    event.preventDefault()
    callback(null)
  })
  session.on('select-serial-port', (event, _ports, _contents, callback) => {
    event.preventDefault()
    callback('')
  })
  session.on('select-usb-device', (event, _details, callback) => {
    event.preventDefault()
    callback()
  })
  if (devOrigin) {
    // The dev server's responses carry no CSP of their own; add ours.
    session.webRequest.onHeadersReceived({ urls: [`${devOrigin}/*`] }, (details, callback) => {
      callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [contentSecurityPolicy(devOrigin)] } })
    })
  }
}
