/** The web server's gatekeeping rules and path resolution, as pure functions. */
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { contentSecurityPolicy, headerCount, hostAllowed, newToken, originAllowed, splitTokenPath, tokenMatches } from '../../src-main/web/access'
import { resolveStaticPath } from '../../src-main/serving/static-files'

describe('web access rules', () => {
  it('makes long random tokens and compares them exactly', () => {
    const token = newToken()
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(newToken()).not.toBe(token)
    expect(tokenMatches(token, token)).toBe(true)
    expect(tokenMatches(token, `${token}x`)).toBe(false)
    expect(tokenMatches(token, token.slice(1))).toBe(false)
    expect(tokenMatches(token, '')).toBe(false)
    expect(tokenMatches(token, undefined)).toBe(false)
  })

  it('accepts only loopback names with our port as Host and Origin', () => {
    expect(hostAllowed('127.0.0.1:8080', 8080)).toBe(true)
    expect(hostAllowed('LOCALHOST:8080', 8080)).toBe(true)
    expect(hostAllowed('127.0.0.1', 8080)).toBe(false)
    expect(hostAllowed('127.0.0.1:8081', 8080)).toBe(false)
    expect(hostAllowed('evil.example:8080', 8080)).toBe(false)
    expect(hostAllowed(undefined, 8080)).toBe(false)
    expect(originAllowed(undefined, 8080)).toBe(true)
    expect(originAllowed('http://localhost:8080', 8080)).toBe(true)
    expect(originAllowed('https://localhost:8080', 8080)).toBe(false)
    expect(originAllowed('http://evil.example', 8080)).toBe(false)
    expect(originAllowed('null', 8080)).toBe(false)
  })

  it('counts every copy of a header in the raw list, whatever its case', () => {
    const raw = ['Host', '127.0.0.1:8080', 'Accept', '*/*', 'host', 'evil.example', 'HOST', 'x']
    expect(headerCount(raw, 'host')).toBe(3)
    expect(headerCount(raw, 'accept')).toBe(1)
    expect(headerCount(raw, 'origin')).toBe(0)
    // Values are never taken for names.
    expect(headerCount(['X-Note', 'host'], 'host')).toBe(0)
  })

  it('takes the token from the first path segment', () => {
    expect(splitTokenPath('/tok/assets/a.js?x=1')).toEqual({ token: 'tok', rest: '/assets/a.js' })
    expect(splitTokenPath('/tok')).toEqual({ token: 'tok', rest: '' })
    expect(splitTokenPath('/')).toEqual({ token: undefined, rest: '/' })
    expect(splitTokenPath(undefined)).toEqual({ token: undefined, rest: '' })
  })

  it('allows scripts, styles and sockets only from the page itself', () => {
    const csp = contentSecurityPolicy(8080)
    expect(csp).toContain("script-src 'self'")
    expect(csp).not.toContain('unsafe')
    expect(csp).toContain('connect-src \'self\' ws://127.0.0.1:8080 ws://localhost:8080')
  })

  it('resolves request paths inside the root only', () => {
    const root = resolve('/srv/renderer')
    expect(resolveStaticPath(root, '/')).toBe(join(root, 'index.html'))
    expect(resolveStaticPath(root, '/assets/a.js')).toBe(join(root, 'assets', 'a.js'))
    expect(resolveStaticPath(root, '/a%20b.css')).toBe(join(root, 'a b.css'))
    for (const evil of ['/../x', '/assets/../../x', '/%2e%2e/x', '/..%2fx', '/a%00.js', '/%E0%A4%A', '/..\\x']) {
      expect(resolveStaticPath(root, evil)).toBeNull()
    }
  })
})
