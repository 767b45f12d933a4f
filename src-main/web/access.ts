/**
 * Who may talk to the web-mode server: only a page the user opened from the printed URL on this
 * machine. Three checks, each against a different attack:
 * - the secret token in the URL path (another local user or program guessing the port);
 * - the Host header (DNS rebinding: evil.example resolving to 127.0.0.1);
 * - the Origin header (a foreign page in the same browser opening our WebSocket).
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'

export function newToken(): string {
  return randomBytes(32).toString('base64url')
}

/** Constant time whatever the lengths: both sides are hashed to 32 bytes first. */
export function tokenMatches(expected: string, given: string | undefined): boolean {
  if (given === undefined) return false
  const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest()
  return timingSafeEqual(digest(expected), digest(given))
}

export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`]
}

/**
 * How often a header appears in a request as it came over the wire. Node keeps only the first
 * `Host` (and joins other repeats), so a request with two Host headers, one ours and one foreign,
 * would be judged by whichever Node kept while a proxy or cache in between may use the other:
 * `req.rawHeaders` (name, value, name, value…) still holds every copy.
 */
export function headerCount(rawHeaders: readonly string[], name: string): number {
  let count = 0
  for (let i = 0; i < rawHeaders.length; i += 2) if (rawHeaders[i]?.toLowerCase() === name) count += 1
  return count
}

export function hostAllowed(host: string | undefined, port: number): boolean {
  return host !== undefined && allowedHosts(port).includes(host.toLowerCase())
}

/** Browsers always send Origin on WebSocket and cross-origin requests; tools may send none. */
export function originAllowed(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return true
  return allowedHosts(port).some((host) => origin.toLowerCase() === `http://${host}`)
}

export interface SplitPath {
  token: string | undefined
  /** The rest of the path after `/<token>`, starting with `/` (empty when there was nothing). */
  rest: string
}

/** The token is the first path segment, so the page's relative asset URLs carry it too. */
export function splitTokenPath(url: string | undefined): SplitPath {
  const path = (url ?? '').split('?')[0] ?? ''
  const match = /^\/([^/]+)(\/.*)?$/.exec(path)
  return match ? { token: match[1], rest: match[2] ?? '' } : { token: undefined, rest: path }
}

export function contentSecurityPolicy(port: number): string {
  const sockets = allowedHosts(port)
    .map((host) => `ws://${host}`)
    .join(' ')
  return [
    "default-src 'none'",
    "script-src 'self'",
    // Vue and Chart.js set element styles from script; no inline <style> or style="" is needed.
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self' ${sockets}`,
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
    "object-src 'none'",
  ].join('; ')
}

/** Sent with every response, refusals included. */
export function securityHeaders(port: number): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(port),
    // The token is in the URL: never let it leak through a Referer header.
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Cache-Control': 'no-store',
  }
}
