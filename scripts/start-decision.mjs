// What `npm start` does on this machine, as a pure function of what start.mjs found out (the Node
// version, the platform and environment, whether Electron's binary is on disk or could be
// downloaded), so that every case and its message can be tested without a display or Node 22.
//
// The desktop app needs a display and Electron's binary. The binary is downloaded once, on the
// first launch, by Electron's own downloader (@electron/get), which needs Node.js 22.12 or later
// (electron 42's `engines`); once downloaded, Electron runs its own Node and the lab's Node
// version no longer matters. Whenever the app cannot start, `npm start` says why and how to get
// it, then runs the command-line suite, and says so again when that is done.

/** electron's `engines.node` (node_modules/electron/package.json); a test keeps the two in step. */
export const ELECTRON_MIN_NODE = '22.12.0'

function parseVersion(version) {
  const [major = 0, minor = 0, patch = 0] = String(version).replace(/^v/, '').split('.').map((part) => Number.parseInt(part, 10) || 0)
  return [major, minor, patch]
}

export function nodeAtLeast(version, minimum) {
  const have = parseVersion(version)
  const need = parseVersion(minimum)
  for (let i = 0; i < 3; i++) if (have[i] !== need[i]) return have[i] > need[i]
  return true
}

/** Why this machine cannot show a window, or null when it can (macOS and Windows always can). */
export function headlessReason({ args, env, platform }) {
  if (args.includes('--headless')) return '--headless was given'
  if (env.CI) return 'CI is set'
  const linuxLike = platform !== 'win32' && platform !== 'darwin'
  if (linuxLike && !env.DISPLAY && !env.WAYLAND_DISPLAY) return 'there is no display (DISPLAY and WAYLAND_DISPLAY are unset)'
  return null
}

const CLI_INSTEAD = 'Running the command-line suite instead (the same as `npm run lab`): it prints the tables and writes a report.'

/**
 * @param {object} machine
 * @param {string} machine.nodeVersion  process.version
 * @param {string} machine.platform     process.platform
 * @param {Record<string, string | undefined>} machine.env
 * @param {string[]} machine.args       arguments after `npm start --`
 * @param {{ state: 'found', path: string } | { state: 'missing' } | { state: 'download-failed', error: string }} machine.electron
 * @returns {{ kind: 'app', electronPath: string }
 *   | { kind: 'download' }
 *   | { kind: 'cli', loud: boolean, lines: string[] }}
 *   `download`: try Electron's downloader, then decide again with what it gave.
 *   `cli` with `loud`: the user wanted the app and does not get it; say so before and after.
 */
export function decideStart({ nodeVersion, platform, env, args, electron }) {
  const headless = headlessReason({ args, env, platform })
  if (headless) {
    return {
      kind: 'cli',
      loud: false,
      lines: [`Headless machine (${headless}). ${CLI_INSTEAD}`, 'The desktop app needs a display: run `npm start` on a desktop to open it.'],
    }
  }
  switch (electron.state) {
    case 'found':
      return { kind: 'app', electronPath: electron.path }
    case 'missing':
      if (nodeAtLeast(nodeVersion, ELECTRON_MIN_NODE)) return { kind: 'download' }
      return {
        kind: 'cli',
        loud: true,
        lines: [
          `The desktop app cannot start: Electron's binary is not downloaded yet, and its downloader needs Node.js ${ELECTRON_MIN_NODE} or later; this is Node.js ${nodeVersion.replace(/^v/, '')}.`,
          `To get the app: install Node.js 22 (${ELECTRON_MIN_NODE} or later, e.g. \`nvm install 22\`), then run \`npm ci && npm start\` once with a network connection (about 100 MB).`,
          CLI_INSTEAD,
        ],
      }
    case 'download-failed':
      return {
        kind: 'cli',
        loud: true,
        lines: [
          `The desktop app cannot start: Electron's binary could not be downloaded (${oneLine(electron.error)}).`,
          'To get the app: connect to the network (behind a proxy, set HTTPS_PROXY; for a mirror, ELECTRON_MIRROR), then run `npm start` again, or `npx install-electron` to download it alone.',
          CLI_INSTEAD,
        ],
      }
    default:
      throw new Error(`start: unknown Electron state ${JSON.stringify(electron)}`)
  }
}

/** The first line of a message, without control characters, at most 300 characters. */
export function oneLine(text) {
  const first = String(text).split('\n').find((line) => line.trim() !== '') ?? 'no reason given'
  const clean = first.replace(/[\u0000-\u001f\u007f-\u009f]/g, '').trim()
  return clean.length > 300 ? `${clean.slice(0, 299)}…` : clean
}
