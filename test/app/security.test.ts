/** The shell's pure security rules (security.ts imports only Electron types). */
import { describe, expect, it } from 'vitest'
import { APP_ENTRY_URL, contentSecurityPolicy, devRendererOrigin, isAppUrl } from '../../src-main/app/security'

describe('shell security rules', () => {
  it('recognises only our own scheme and host (and the dev server when there is one)', () => {
    expect(isAppUrl(APP_ENTRY_URL)).toBe(true)
    expect(isAppUrl('conlab://app/assets/x.js')).toBe(true)
    expect(isAppUrl('conlab://other/index.html')).toBe(false)
    expect(isAppUrl('file:///etc/passwd')).toBe(false)
    expect(isAppUrl('https://evil.example/')).toBe(false)
    expect(isAppUrl('not a url')).toBe(false)
    expect(isAppUrl('http://localhost:5173/', null)).toBe(false)
    expect(isAppUrl('http://localhost:5173/', 'http://localhost:5173')).toBe(true)
  })

  it('trusts the dev server address only unpackaged and only on loopback', () => {
    expect(devRendererOrigin(false, { ELECTRON_RENDERER_URL: 'http://localhost:5173' })).toBe('http://localhost:5173')
    expect(devRendererOrigin(true, { ELECTRON_RENDERER_URL: 'http://localhost:5173' })).toBeNull()
    expect(devRendererOrigin(false, { ELECTRON_RENDERER_URL: 'http://evil.example:5173' })).toBeNull()
    expect(devRendererOrigin(false, { ELECTRON_RENDERER_URL: 'file:///tmp/x' })).toBeNull()
    expect(devRendererOrigin(false, {})).toBeNull()
  })

  it('has a strict CSP in the built app and relaxes styles only for the dev server', () => {
    const csp = contentSecurityPolicy()
    expect(csp).toContain("default-src 'none'")
    expect(csp).toContain("script-src 'self';")
    expect(csp).not.toContain('unsafe')
    expect(contentSecurityPolicy('http://localhost:5173')).toContain("style-src 'self' http://localhost:5173 'unsafe-inline'")
  })
})
