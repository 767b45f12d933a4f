#!/usr/bin/env node
// `npm start`: the lab's main job on any machine. On a desktop it opens the Electron app (Electron
// 42+ fetches its binary on first launch). On a headless machine (no display, CI, or no Electron
// binary to be had) it runs the command line's default suite instead, which prints the table and
// writes a report: the same as `npm run lab`.
import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)

function headlessReason() {
  if (args.includes('--headless')) return '--headless was given'
  if (process.env.CI) return 'CI is set'
  const linuxLike = process.platform !== 'win32' && process.platform !== 'darwin'
  if (linuxLike && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) return 'there is no display (DISPLAY / WAYLAND_DISPLAY unset)'
  return null
}

function electronBinary() {
  try {
    // Resolving the package downloads the binary on first use, and throws where it cannot.
    return createRequire(import.meta.url)('electron')
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) }
  }
}

function run(command, commandArgs) {
  const child = spawn(command, commandArgs, { cwd: root, stdio: 'inherit' })
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
  child.on('close', (code, signal) => process.exit(code ?? (signal ? 130 : 1)))
}

const cliArgs = args.filter((a) => a !== '--headless')
const reason = headlessReason()
if (reason) {
  console.error(`Headless machine (${reason}): running the command-line default suite. The desktop app needs a display.`)
  run(process.execPath, [join(root, 'bin', 'conlab.js'), 'run', ...cliArgs])
} else {
  const electron = electronBinary()
  if (typeof electron === 'string') {
    run(electron, [root])
  } else {
    console.error(`The Electron binary is not available (${electron.error.split('\n')[0]}): running the command-line default suite instead.`)
    run(process.execPath, [join(root, 'bin', 'conlab.js'), 'run', ...cliArgs])
  }
}
