/**
 * The shell's security rules (security.ts imports only Electron types), and the handlers it
 * installs, called the way Electron would call them on stand-in contents and sessions.
 */
import type { WebContents } from 'electron'
import { describe, expect, it } from 'vitest'
import { APP_ENTRY_URL, contentSecurityPolicy, devRendererOrigin, hardenContents, hardenSession, isAppUrl } from '../../src-main/app/security'
import { FakeContents, FakeSession, fakeEvent } from './electron-fakes'

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

describe('shell security handlers', () => {
  it('stops every navigation, redirect, webview, frame navigation, new window and Bluetooth chooser', () => {
    const contents = new FakeContents(1)
    hardenContents(contents as unknown as WebContents)
    for (const name of ['will-navigate', 'will-frame-navigate', 'will-redirect', 'will-attach-webview']) {
      const { event, prevented } = fakeEvent()
      contents.emit(name, event, 'https://evil.example/')
      expect(prevented(), name).toBe(true)
    }
    const { event, prevented } = fakeEvent()
    const chosen: string[] = []
    contents.emit('select-bluetooth-device', event, [{ deviceId: 'b1', deviceName: 'pen' }], (id: string) => chosen.push(id))
    expect({ prevented: prevented(), chosen }).toEqual({ prevented: true, chosen: [''] })
    expect(contents.windowOpenHandler?.({ url: 'https://evil.example/' } as Parameters<NonNullable<FakeContents['windowOpenHandler']>>[0])).toEqual({ action: 'deny' })
  })

  it('denies every permission request and check, every device, and screen capture, even to our own page', async () => {
    const session = new FakeSession()
    hardenSession(session.asSession(), null)
    const ours = new FakeContents(1) as unknown as WebContents
    for (const permission of ['clipboard-sanitized-write', 'media', 'notifications', 'geolocation', 'fullscreen'] as const) {
      const answer = await new Promise<boolean>((resolve) => session.permissionRequest?.(ours, permission, resolve, { requestingUrl: APP_ENTRY_URL, isMainFrame: true } as never))
      expect({ permission, answer }).toEqual({ permission, answer: false })
      expect(session.permissionCheck?.(ours, permission, 'conlab://app', { requestingUrl: APP_ENTRY_URL, isMainFrame: true } as never)).toBe(false)
    }
    expect(session.devicePermission?.({ deviceType: 'usb', origin: 'conlab://app', device: {} } as never)).toBe(false)
    const streams = await new Promise<unknown>((resolve) => session.displayMedia?.({ securityOrigin: 'conlab://app' } as never, resolve))
    expect(streams).toEqual({})
    const choices: Array<[string, unknown]> = []
    for (const [chooser, args] of [['select-hid-device', [{}]], ['select-usb-device', [{}]], ['select-serial-port', [[], ours]]] as const) {
      const { event, prevented } = fakeEvent()
      session.emit(chooser, event, ...args, (id?: unknown) => choices.push([chooser, id]))
      expect(prevented(), chooser).toBe(true)
    }
    expect(choices).toEqual([['select-hid-device', null], ['select-usb-device', undefined], ['select-serial-port', '']])
    expect(session.headerRewrites).toEqual([])
  })

  it('adds the CSP header to the dev server only when there is one', () => {
    const session = new FakeSession()
    hardenSession(session.asSession(), 'http://localhost:5173')
    expect(session.headerRewrites).toEqual(['http://localhost:5173/*'])
  })
})
