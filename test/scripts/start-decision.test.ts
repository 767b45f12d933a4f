/**
 * `npm start`'s decision (scripts/start-decision.mjs) for every kind of machine, with the message
 * each gets; and start.mjs itself run on this machine as a desktop without Electron's binary.
 * Node 22 and a display are not to be had here: the decision is a pure function of them.
 */
import { execFile } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { ELECTRON_MIN_NODE, type Machine, decideStart, nodeAtLeast, oneLine } from '../../scripts/start-decision.mjs'
import { ensureBuilt, repoRoot } from '../helpers/built-cli'
import { tempDir } from '../helpers/lab'

const desktop = (over: Partial<Machine> = {}): Machine => ({
  nodeVersion: 'v22.12.0',
  platform: 'linux',
  env: { DISPLAY: ':0' },
  args: [],
  electron: { state: 'found', path: '/opt/electron/electron' },
  ...over,
})

describe('npm start: the decision', () => {
  it('keeps its Node requirement in step with the installed electron package', async () => {
    const electron = JSON.parse(await readFile(join(repoRoot, 'node_modules', 'electron', 'package.json'), 'utf8')) as { engines: { node: string } }
    expect(electron.engines.node.replace(/^>=\s*/, '')).toBe(ELECTRON_MIN_NODE)
  })

  it('compares versions part by part', () => {
    expect(nodeAtLeast('v22.12.0', '22.12.0')).toBe(true)
    expect(nodeAtLeast('v23.0.0', '22.12.0')).toBe(true)
    expect(nodeAtLeast('v22.9.9', '22.12.0')).toBe(false)
    expect(nodeAtLeast('v20.20.2', '22.12.0')).toBe(false)
  })

  it('opens the app on a desktop whose Electron binary is there, whatever the Node version', () => {
    expect(decideStart(desktop())).toEqual({ kind: 'app', electronPath: '/opt/electron/electron' })
    expect(decideStart(desktop({ nodeVersion: 'v20.19.0' }))).toEqual({ kind: 'app', electronPath: '/opt/electron/electron' })
    expect(decideStart(desktop({ platform: 'darwin', env: {} }))).toMatchObject({ kind: 'app' })
    expect(decideStart(desktop({ platform: 'linux', env: { WAYLAND_DISPLAY: 'wayland-0' } }))).toMatchObject({ kind: 'app' })
  })

  it('downloads the binary when this Node can, and otherwise says the Node version is the problem and how to fix it', () => {
    expect(decideStart(desktop({ electron: { state: 'missing' } }))).toEqual({ kind: 'download' })
    const old = decideStart(desktop({ nodeVersion: 'v20.20.2', electron: { state: 'missing' } }))
    expect(old).toMatchObject({ kind: 'cli', loud: true })
    if (old.kind !== 'cli') throw new Error('unreachable')
    expect(old.lines[0]).toBe(
      "The desktop app cannot start: Electron's binary is not downloaded yet, and its downloader needs Node.js 22.12.0 or later; this is Node.js 20.20.2.",
    )
    expect(old.lines[1]).toMatch(/install Node\.js 22 .*npm ci && npm start/)
    expect(old.lines[2]).toMatch(/^Running the command-line suite instead/)
  })

  it('says a failed download failed, why in one clean line, and what to do', () => {
    const failed = decideStart(desktop({ electron: { state: 'download-failed', error: 'RequestError: getaddrinfo ENOTFOUND github.com\n    at ClientRequest.<anonymous>\x1b[2J' } }))
    expect(failed).toMatchObject({ kind: 'cli', loud: true })
    if (failed.kind !== 'cli') throw new Error('unreachable')
    expect(failed.lines[0]).toBe("The desktop app cannot start: Electron's binary could not be downloaded (RequestError: getaddrinfo ENOTFOUND github.com).")
    expect(failed.lines[1]).toMatch(/connect to the network .*HTTPS_PROXY.*npm start` again/)
    expect(oneLine('\n\n  \x1b]0;title\x07boom\nrest')).toBe(']0;titleboom')
  })

  it('on a headless machine runs the suite and says why, without alarm', () => {
    const cases: Array<[Partial<Machine>, RegExp]> = [
      [{ env: {} }, /no display/],
      [{ env: { DISPLAY: ':0', CI: 'true' } }, /CI is set/],
      [{ args: ['--headless'] }, /--headless was given/],
    ]
    for (const [over, reason] of cases) {
      const decision = decideStart(desktop({ ...over, electron: { state: 'missing' }, nodeVersion: 'v20.20.2' }))
      expect(decision).toMatchObject({ kind: 'cli', loud: false })
      if (decision.kind !== 'cli') throw new Error('unreachable')
      expect(decision.lines[0]).toMatch(reason)
      expect(decision.lines.join('\n')).toMatch(/desktop app needs a display/)
    }
  })
})

describe('npm start on this machine as a desktop without Electron', () => {
  beforeAll(() => ensureBuilt(), 300_000)

  // A Node that can download Electron would try to: not this test's case.
  it.skipIf(nodeAtLeast(process.version, ELECTRON_MIN_NODE))('says loudly before and after the suite that the app could not start and why, and still writes the report', async () => {
    const dir = await tempDir('conlab-start-')
    const out = join(dir, 'r.json')
    const args = ['scripts/start.mjs', '--workload', 'prime', '--prime-hi', '1000', '--runtimes', 'main', '--workers', '1', '--repeat', '1', '--warmup', '0', '--no-history', '--quiet', '--out', out]
    // A display, and Electron pointed at an empty folder: no binary, and this Node (20) cannot fetch one.
    const { CI: _ci, ...inherited } = process.env
    const env = { ...inherited, DISPLAY: ':99', ELECTRON_OVERRIDE_DIST_PATH: join(dir, 'no-electron') }
    const result = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      execFile(process.execPath, args, { cwd: repoRoot, env, timeout: 120_000 }, (error, _stdout, stderr) => resolve({ code: error ? ((error as { code?: number }).code ?? null) : 0, stderr }))
    })
    const warning = /The desktop app cannot start: Electron's binary is not downloaded yet, and its downloader needs Node\.js 22\.12\.0 or later; this is Node\.js \d+/g
    expect(result.stderr.match(warning)).toHaveLength(2)
    expect(result.stderr.indexOf('Report written')).toBeGreaterThan(result.stderr.search(warning))
    expect(result.code).toBe(0)
    expect(JSON.parse(await readFile(out, 'utf8'))).toMatchObject({ runs: [{ workload: 'prime' }] })
  })
})
