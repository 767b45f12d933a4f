/**
 * The electron-builder afterPack hook, on a stand-in binary: packaging cannot run here (it
 * downloads Electron), so a file is laid out the way @electron/fuses finds fuses in a real one
 * (the sentinel, then the wire: version, length, one byte per fuse), the hook flips it, and the
 * library's own reader reads it back.
 */
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses'
import { SENTINEL as LIBRARY_SENTINEL } from '@electron/fuses/dist/constants'
import afterPack, { LAB_FUSES, flipLabFuses, labFuseConfig } from '../../build/after-pack.mjs'
import { tempDir } from '../helpers/lab'

/** From @electron/fuses' source (src/constants.ts): what Electron's binary holds before its fuse wire. */
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'
const ENABLE = 0x31 // '1'
const DISABLE = 0x30 // '0'
/** Electron's own defaults, fuse by fuse in FuseV1Options order (docs/tutorial/fuses.md). */
const ELECTRON_DEFAULTS = [ENABLE, DISABLE, ENABLE, ENABLE, DISABLE, DISABLE, DISABLE, ENABLE]

function fakeElectron(wires = 1): Buffer {
  const wire = Buffer.from([1, ELECTRON_DEFAULTS.length, ...ELECTRON_DEFAULTS])
  const parts = [Buffer.from('\x7fELF fake electron binary, code before the fuses')]
  for (let i = 0; i < wires; i++) parts.push(Buffer.from(SENTINEL, 'latin1'), wire, Buffer.alloc(64, 0xcc))
  return Buffer.concat(parts)
}

async function readBack(path: string): Promise<Record<string, boolean>> {
  const wire = await getCurrentFuseWire(path)
  return Object.fromEntries(Object.keys(LAB_FUSES).map((name) => [name, wire[FuseV1Options[name as keyof typeof FuseV1Options]] === ENABLE]))
}

describe('afterPack: Electron fuses', () => {
  it('uses the sentinel the library looks for', () => {
    expect(LIBRARY_SENTINEL).toBe(SENTINEL)
  })

  it('flips every lab fuse in the Linux binary electron-builder packed, and leaves the rest of the file alone', async () => {
    const appOutDir = await tempDir('conlab-after-pack-')
    const binary = join(appOutDir, 'concurrency-lab')
    const before = fakeElectron()
    await writeFile(binary, before)
    await afterPack({ appOutDir, electronPlatformName: 'linux', arch: 1, packager: { executableName: 'concurrency-lab', appInfo: { productFilename: 'Concurrency Lab' } } })

    expect(await readBack(binary)).toEqual({
      RunAsNode: true,
      EnableCookieEncryption: true,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
      EnableEmbeddedAsarIntegrityValidation: true,
      OnlyLoadAppFromAsar: true,
      GrantFileProtocolExtraPrivileges: false,
    })
    const after = await readFile(binary)
    expect(after.length).toBe(before.length)
    // Only fuse bytes changed; the one fuse the lab leaves alone keeps Electron's default.
    const wireStart = before.indexOf(SENTINEL, 0, 'latin1') + SENTINEL.length + 2
    const changed = [...after.keys()].filter((i) => after[i] !== before[i])
    expect(changed.every((i) => i >= wireStart && i < wireStart + ELECTRON_DEFAULTS.length)).toBe(true)
    expect(after[wireStart + FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]).toBe(DISABLE)
  })

  it('flips both halves of a universal macOS binary, and refuses a file without fuses', async () => {
    const dir = await tempDir('conlab-after-pack-')
    const universal = join(dir, 'universal')
    await writeFile(universal, fakeElectron(2))
    expect(await flipLabFuses(universal, { platform: 'linux' })).toBe(2)
    const bytes = await readFile(universal)
    const second = bytes.lastIndexOf(SENTINEL, undefined, 'latin1') + SENTINEL.length + 2
    expect(bytes[second + FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(DISABLE)

    const plain = join(dir, 'not-electron')
    await writeFile(plain, 'no fuses in here')
    await expect(flipLabFuses(plain)).rejects.toThrow(/Could not find sentinel/)
  })

  it('re-signs ad hoc only for Apple silicon builds', () => {
    expect(labFuseConfig({ platform: 'darwin', arch: 3 })).toMatchObject({ resetAdHocDarwinSignature: true })
    expect(labFuseConfig({ platform: 'darwin', arch: 1 })).toMatchObject({ resetAdHocDarwinSignature: false })
    expect(labFuseConfig({ platform: 'linux', arch: 3 })).toMatchObject({ resetAdHocDarwinSignature: false })
  })
})
