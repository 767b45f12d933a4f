/**
 * The desktop app's `conlab://app/` protocol with Electron's `protocol` stubbed: the handler the
 * shell registers is called with real Requests over a real renderer folder holding links.
 */
import { symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { serveRenderer } from '../../src-main/app/app-protocol'
import { tempDir } from '../helpers/lab'

type Handler = (request: Request) => Promise<Response>
const electron = vi.hoisted(() => ({ handlers: new Map<string, unknown>() }))
vi.mock('electron', () => ({
  protocol: {
    handle: (scheme: string, handler: unknown) => electron.handlers.set(scheme, handler),
    registerSchemesAsPrivileged: () => undefined,
  },
}))

describe('conlab:// protocol', () => {
  it('serves the renderer folder and no link that leads out of it', async () => {
    const root = await tempDir('conlab-app-renderer-')
    const outside = await tempDir('conlab-app-outside-')
    await writeFile(join(root, 'index.html'), '<!doctype html>')
    await writeFile(join(outside, 'secret.txt'), 'secret')
    await symlink('/etc/passwd', join(root, 'passwd.txt'))
    await symlink(join(outside, 'secret.txt'), join(root, 'secret.txt'))
    await symlink(outside, join(root, 'elsewhere'))
    serveRenderer(root)
    const handler = electron.handlers.get('conlab') as Handler
    const fetchApp = async (path: string) => {
      const response = await handler(new Request(`conlab://app${path}`))
      return { path, status: response.status, body: await response.text() }
    }
    const page = await handler(new Request('conlab://app/index.html'))
    expect(page.status).toBe(200)
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'")
    expect(await page.text()).toBe('<!doctype html>')
    for (const path of ['/passwd.txt', '/secret.txt', '/elsewhere/secret.txt', '/../../etc/passwd', '/missing.js']) {
      expect(await fetchApp(path)).toEqual({ path, status: 404, body: 'Not found' })
    }
  })
})
