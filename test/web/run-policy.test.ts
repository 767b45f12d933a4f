/**
 * Web mode's limits on what a client may make the server touch: file I/O only under the OS temp
 * folder, fetches only to loopback addresses, unless the server was started to allow more. The
 * rules as functions over real folders and links, then through a real server and socket.
 */
import { mkdir, realpath, symlink } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { RunConfigInput } from '../../src-shared/config'
import type { EngineToRenderer } from '../../src-shared/protocol'
import { parseRunConfigs } from '../../src-main/engine/session'
import { applyRunPolicy, checkDirectory, checkUrl, isLoopbackAddress, STRICT_WEB_POLICY, unknownPythons, type WebRunPolicy } from '../../src-main/web/run-policy'
import { tempDir } from '../helpers/lab'
import { inbox, openSocket, socketUrl, startTestServer } from '../helpers/web'

const fileIo = (directory: string): RunConfigInput => ({ workload: { workload: 'file-io', tasks: 1, files: 1, fileSize: 1024, blockSize: 1024, directory }, runtimes: ['main'], workers: [1], repeat: 1, warmup: 0 })
const fetchFrom = (url: string): RunConfigInput => ({ workload: { workload: 'network-fetch', tasks: 1, requests: 1, url, requestTimeoutMs: 500 }, runtimes: ['main'], workers: [1], repeat: 1, warmup: 0 })
const resolvesTo = (...addresses: string[]) => async () => addresses

describe('web run policy: rules', () => {
  it('knows the loopback addresses, IPv4, IPv6 and IPv4-mapped', () => {
    for (const address of ['127.0.0.1', '127.255.0.9', '::1', '0:0:0:0:0:0:0:1', '::ffff:127.0.0.1']) expect(isLoopbackAddress(address), address).toBe(true)
    for (const address of ['10.0.0.1', '0.0.0.0', '192.168.1.1', '::', '::ffff:10.0.0.1', 'fe80::1', 'localhost', '']) expect(isLoopbackAddress(address), address).toBe(false)
  })

  it('accepts folders under the temp folder by their real path, and refuses the rest with how to allow it', async () => {
    const inside = await tempDir('conlab-policy-')
    expect(await checkDirectory(inside)).toEqual({ ok: true, realPath: await realpath(inside) })
    expect(await checkDirectory(tmpdir())).toMatchObject({ ok: true })
    const outside = await tempDir('conlab-policy-link-')
    await symlink('/etc', join(outside, 'etc'))
    await mkdir(join(inside, 'sub'))
    for (const evil of ['/etc', '/', join(inside, '..', '..', 'etc'), join(tmpdir(), '..', 'etc'), join(outside, 'etc'), join(inside, 'missing'), 'relative/dir']) {
      const checked = await checkDirectory(evil)
      expect(checked.ok, evil).toBe(false)
      if (!checked.ok) {
        expect(checked.message).toMatch(/^In web mode file I\/O may only use a folder under .*Start the server with --allow-any-directory to allow any folder\.$/)
        expect(checked.message).not.toContain('\n')
      }
    }
  })

  it('accepts a URL only when every address of its host is loopback', async () => {
    expect(await checkUrl('http://127.0.0.1:8080/x', resolvesTo())).toBeNull()
    expect(await checkUrl('http://[::1]:8080/x', resolvesTo())).toBeNull()
    expect(await checkUrl('https://lab.test/', resolvesTo('127.0.0.1', '::1'))).toBeNull()
    const refusals = [
      await checkUrl('http://10.1.2.3/', resolvesTo()),
      await checkUrl('http://[fe80::1]/', resolvesTo()),
      await checkUrl('https://rebind.test/', resolvesTo('127.0.0.1', '93.184.216.34')),
      await checkUrl('https://nothing.test/', resolvesTo()),
      await checkUrl('https://broken.test/', async () => Promise.reject(new Error('getaddrinfo ENOTFOUND broken.test'))),
    ]
    for (const refusal of refusals) {
      expect(refusal).toMatch(/^In web mode network fetch may only use a URL on this machine .*Start the server with --allow-remote-urls to allow any URL\.$/)
    }
    expect(refusals[2]).toContain('93.184.216.34')
  })

  it('rewrites a checked directory to its real path and leaves other runs alone', async () => {
    const inside = await tempDir('conlab-policy-')
    const configs = parseRunConfigs([fileIo(join(inside, '.', 'x', '..')), fetchFrom('http://127.0.0.1:9/')])
    const checked = await applyRunPolicy(configs, STRICT_WEB_POLICY, resolvesTo())
    expect(checked).toEqual({ ok: true, configs: [{ ...configs[0], workload: { ...configs[0]!.workload, directory: await realpath(inside) } }, configs[1]] })
    const refused = await applyRunPolicy(parseRunConfigs([fetchFrom('http://127.0.0.1:9/'), fileIo('/etc')]), STRICT_WEB_POLICY)
    expect(refused).toMatchObject({ ok: false, message: expect.stringMatching(/^Run 2: In web mode file I\/O/) })
    const free: WebRunPolicy = { allowAnyDirectory: true, allowRemoteUrls: true }
    expect(await applyRunPolicy(parseRunConfigs([fileIo('/etc'), fetchFrom('http://10.1.2.3/')]), free)).toMatchObject({ ok: true })
  })
})

describe('web run policy: interpreters', () => {
  const prime = (extra: Partial<RunConfigInput>) => parseRunConfigs([{ workload: { workload: 'prime', hi: 1000 }, runtimes: ['py-thread'], ...extra }])[0]!
  it('lets a web client name only interpreters the lab found', async () => {
    const known = new Set(['/usr/bin/python3.11', 'python3'])
    expect(unknownPythons(prime({}), known)).toEqual([])
    expect(unknownPythons(prime({ pythons: 'all' }), known)).toEqual([])
    expect(unknownPythons(prime({ python: 'python3', pythons: ['/usr/bin/python3.11'] }), known)).toEqual([])
    expect(unknownPythons(prime({ pythons: ['/usr/bin/python3.11', '/bin/sh'] }), known)).toEqual(['/bin/sh'])
    const refused = await applyRunPolicy([prime({ python: '/bin/sh' })], STRICT_WEB_POLICY, resolvesTo(), known)
    expect(refused).toEqual({ ok: false, message: 'Run 1: in web mode a run may only use an interpreter the lab found (see the machine panel); "/bin/sh" is not one of them' })
  })
})

describe('web run policy: through the server', () => {
  const enqueue = async (policy: WebRunPolicy | undefined, configs: RunConfigInput[]) => {
    const server = await startTestServer({}, policy ? { policy } : {})
    const opened = await openSocket(socketUrl(server))
    if (!('socket' in opened)) throw new Error(`refused with ${opened.refused}`)
    const box = inbox(opened.socket)
    opened.socket.send(JSON.stringify({ type: 'call', id: 1, method: 'enqueueSuite', args: [configs] }))
    const reply = await box.next((m: EngineToRenderer) => m.type === 'reply' && m.id === 1)
    if (reply.type !== 'reply' || !reply.outcome.ok) throw new Error(`call failed: ${JSON.stringify(reply)}`)
    return reply.outcome.value as { ok: boolean; message?: string; value?: { configs: RunConfigInput[] } }
  }

  it('refuses a directory outside the temp folder and a remote URL by default, saying how to allow them', async () => {
    expect(await enqueue(undefined, [fileIo('/etc')])).toEqual({ ok: false, message: expect.stringMatching(/--allow-any-directory/) })
    expect(await enqueue(undefined, [fetchFrom('http://10.255.255.1/')])).toEqual({ ok: false, message: expect.stringMatching(/--allow-remote-urls/) })
    // A program the engine would start: never one the client names, whatever the policy.
    const shell = { workload: { workload: 'prime' as const, hi: 1000 }, runtimes: ['thread' as const], pythons: ['/bin/sh'] }
    expect(await enqueue(undefined, [shell])).toEqual({ ok: false, message: expect.stringMatching(/only use an interpreter the lab found.*"\/bin\/sh"/) })
    expect(await enqueue({ allowAnyDirectory: true, allowRemoteUrls: true }, [shell])).toMatchObject({ ok: false })
    // Bad configs still get the engine's own message first.
    expect(await enqueue(undefined, [{ workload: { workload: 'prime' }, runtimes: [] }])).toMatchObject({ ok: false, message: expect.stringMatching(/^Run 1: runtimes/) })
  })

  it('queues the same runs when the server allows them, and a temp folder always', async () => {
    const free: WebRunPolicy = { allowAnyDirectory: true, allowRemoteUrls: true }
    expect(await enqueue(free, [fetchFrom('http://10.255.255.1/')])).toMatchObject({ ok: true })
    const inside = await tempDir('conlab-policy-')
    const queued = await enqueue(undefined, [fileIo(inside)])
    expect(queued).toMatchObject({ ok: true, value: { configs: [{ workload: { directory: await realpath(inside) } }] } })
  })
})
