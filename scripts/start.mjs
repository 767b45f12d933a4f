#!/usr/bin/env node
// `npm start`: the lab's main job on any machine. On a desktop it opens the Electron app; on a
// headless machine it runs the command line's default suite, which prints the tables and writes a
// report (the same as `npm run lab`). When a desktop cannot open the app (Electron's binary is not
// downloaded and this Node cannot download it, or the download fails), it says exactly why and
// what to do, runs the suite, and repeats why at the end: never a fall-back that looks like the
// app simply started. The decision itself is start-decision.mjs (pure, tested).
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { decideStart, oneLine } from './start-decision.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
/** Electron is about 100 MB: generous, but a stalled download must still end. */
const DOWNLOAD_TIMEOUT_MS = 15 * 60 * 1000

function electronPackageDir() {
  try {
    return dirname(createRequire(import.meta.url).resolve('electron/package.json'))
  } catch {
    return null
  }
}

/** Electron's binary when it is on disk, found as electron/index.js finds it, without downloading. */
function locateElectron() {
  const dir = electronPackageDir()
  if (!dir) return { state: 'missing' }
  const pathFile = join(dir, 'path.txt')
  const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : ''
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH
  const candidate = override ? join(override, executable || 'electron') : executable ? join(dir, 'dist', executable) : null
  return candidate && existsSync(candidate) ? { state: 'found', path: candidate } : { state: 'missing' }
}

/** Electron's own installer (what `require('electron')` would run), bounded in time. */
function downloadElectron() {
  const dir = electronPackageDir()
  if (!dir) return { state: 'download-failed', error: 'the electron package is not installed: run `npm ci` first' }
  console.error('Downloading Electron (once, about 100 MB)…')
  const result = spawnSync(process.execPath, [join(dir, 'install.js')], { cwd: root, stdio: ['ignore', 'inherit', 'pipe'], timeout: DOWNLOAD_TIMEOUT_MS, encoding: 'utf8' })
  if (result.error) return { state: 'download-failed', error: result.error.message }
  if (result.signal) return { state: 'download-failed', error: `the download was stopped (${result.signal}) after at most ${DOWNLOAD_TIMEOUT_MS / 60000} minutes` }
  const found = locateElectron()
  if (result.status === 0 && found.state === 'found') return found
  return { state: 'download-failed', error: oneLine(result.stderr || `the installer exited with code ${result.status}`) }
}

function banner(lines) {
  const rule = '='.repeat(78)
  return `\n${rule}\n${lines.map((line) => `  ${line}`).join('\n')}\n${rule}\n`
}

function run(command, commandArgs, onExit = () => undefined) {
  const child = spawn(command, commandArgs, { cwd: root, stdio: 'inherit' })
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
  child.on('error', (error) => {
    console.error(`Could not start ${command}: ${error.message}`)
    process.exit(1)
  })
  child.on('close', (code, signal) => {
    onExit()
    process.exit(code ?? (signal ? 130 : 1))
  })
}

const machine = { nodeVersion: process.version, platform: process.platform, env: process.env, args, electron: locateElectron() }
let decision = decideStart(machine)
if (decision.kind === 'download') decision = decideStart({ ...machine, electron: downloadElectron() })

switch (decision.kind) {
  case 'app':
    run(decision.electronPath, [root])
    break
  case 'cli': {
    const cli = [join(root, 'bin', 'conlab.js'), 'run', ...args.filter((a) => a !== '--headless')]
    if (!decision.loud) {
      console.error(decision.lines.join('\n'))
      run(process.execPath, cli)
      break
    }
    console.error(banner(decision.lines))
    // Said again at the end, where the user looks once the tables have scrolled the first by.
    run(process.execPath, cli, () => console.error(banner(decision.lines.slice(0, 2))))
    break
  }
  default:
    throw new Error(`start: unexpected decision ${decision.kind}`)
}
