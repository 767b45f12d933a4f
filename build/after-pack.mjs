// electron-builder `afterPack` hook (electron-builder.yml): flips Electron's fuses in the packaged
// binary. afterPack runs after the app is copied and before it is signed, which is when fuses must
// be flipped (the signature covers the binary). Fuses are bits in the binary that switch features
// off for good: https://www.electronjs.org/docs/latest/tutorial/fuses
//
// Which, and why (README, "The desktop app and web mode"):
// - RunAsNode stays ON. The desktop app's `process` runtime and network-fetch's loopback server
//   are `child_process.fork` from the main process, and Electron's fork starts the Electron binary
//   itself with ELECTRON_RUN_AS_NODE=1: with this fuse off, every forked worker would start a
//   second copy of the app instead of Node (Electron's fuse docs say so). Turning it off needs
//   those two moved onto utility processes first; `utility` measures utilityProcess already.
// - EnableNodeOptionsEnvironmentVariable OFF, EnableNodeCliInspectArguments OFF: nobody can inject
//   code or attach a debugger through NODE_OPTIONS / --inspect. The lab's forks pass no execArgv
//   and use no NODE_OPTIONS (UV_THREADPOOL_SIZE is a plain variable, still read).
// - EnableCookieEncryption ON: cookies on disk encrypted with the OS key store (the lab stores
//   none today; it cannot be turned back off without losing them, so it is on from the start).
// - EnableEmbeddedAsarIntegrityValidation ON: on macOS and Windows the app refuses to start when
//   app.asar differs from the hash electron-builder embeds. The worker and server bundles are in
//   app.asar.unpacked (threads and processes need real files), which this check does not cover.
// - OnlyLoadAppFromAsar ON: Electron looks for the app only in app.asar (no `app` folder beside
//   it to swap in). The unpacked bundles allow it: the fuse only decides where the app's entry is
//   found at start-up, and workers are loaded later by absolute path from app.asar.unpacked.
// - GrantFileProtocolExtraPrivileges OFF: the UI is served on conlab://; the only file:// page is
//   the PDF export's one self-contained, script-less HTML file, which needs no extra privilege.
// - LoadBrowserProcessSpecificV8Snapshot: left as built (the lab ships no snapshot).
import { join } from 'node:path'
import fuses from '@electron/fuses'

const { FuseV1Options, FuseVersion, flipFuses } = fuses

/** The lab's fuse settings, by the option's name (FuseV1Options). */
export const LAB_FUSES = Object.freeze({
  RunAsNode: true,
  EnableCookieEncryption: true,
  EnableNodeOptionsEnvironmentVariable: false,
  EnableNodeCliInspectArguments: false,
  EnableEmbeddedAsarIntegrityValidation: true,
  OnlyLoadAppFromAsar: true,
  GrantFileProtocolExtraPrivileges: false,
})

/** electron-builder's `Arch` enum (builder-util): arm64 = 3, universal = 4. */
const ARM64_ARCHES = new Set([3, 4])

/**
 * The @electron/fuses config. On Apple silicon a binary must stay signed to start, and flipping a
 * fuse breaks its ad-hoc signature: re-sign ad hoc (electron-builder signs properly afterwards
 * when a certificate is configured).
 */
export function labFuseConfig({ platform = process.platform, arch } = {}) {
  const config = { version: FuseVersion.V1, resetAdHocDarwinSignature: (platform === 'darwin' || platform === 'mas') && ARM64_ARCHES.has(arch) }
  for (const [name, value] of Object.entries(LAB_FUSES)) config[FuseV1Options[name]] = value
  return config
}

/** Flips the lab's fuses in one Electron binary (or .app); resolves with the number of fuse wires set. */
export function flipLabFuses(binaryPath, target = {}) {
  return flipFuses(binaryPath, labFuseConfig(target))
}

/** Where electron-builder put the app's Electron binary (as its own `addElectronFuses` finds it). */
export function packagedBinaryPath(context) {
  const { appOutDir, electronPlatformName, packager } = context
  switch (electronPlatformName) {
    case 'darwin':
    case 'mas':
      return join(appOutDir, `${packager.appInfo.productFilename}.app`)
    case 'win32':
      return join(appOutDir, `${packager.appInfo.productFilename}.exe`)
    case 'linux':
      return join(appOutDir, packager.executableName)
    default:
      throw new Error(`after-pack: no Electron binary known for platform "${electronPlatformName}"`)
  }
}

export default async function afterPack(context) {
  const binary = packagedBinaryPath(context)
  await flipLabFuses(binary, { platform: context.electronPlatformName, arch: context.arch })
  console.log(`  • fuses flipped in ${binary}: ${Object.entries(LAB_FUSES).map(([name, on]) => `${name} ${on ? 'on' : 'off'}`).join(', ')}`)
}
