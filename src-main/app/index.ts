/**
 * The Electron shell's entry, the only part of the code base that imports `electron` (with
 * src-preload). It wires the engine's LabService to one locked-down window: utility processes
 * as an extra runtime, history in the user-data folder, save dialogs and PDF printing for
 * exports. Quitting cancels the running suite and waits until its workers are gone.
 */
import { join } from 'node:path'
import { type BrowserWindow, app, session, utilityProcess } from 'electron'
import { LabService } from '../engine/lab-service'
import { createReportPorts } from '../engine/lab-report-ports'
import type { UtilityForkFn } from '../engine/runtimes/utility-runtime'
import { registerAppScheme, serveRenderer } from './app-protocol'
import { printHtmlToPdf, saveExportWithDialog } from './export'
import { systemLocale } from './locale'
import { type IpcBridge, registerIpc } from './ipc'
import { devRendererOrigin, hardenContents, hardenSession } from './security'
import { createMainWindow } from './window'

const RENDERER_ROOT = join(import.meta.dirname, '../renderer')
const utilityFork: UtilityForkFn = (modulePath, args, options) => utilityProcess.fork(modulePath, args, options)

// Before `ready`: privileged scheme, sandbox for every renderer, one instance at a time (two
// would measure against each other and write the same history folder).
registerAppScheme()
app.enableSandbox()
if (!app.requestSingleInstanceLock()) app.quit()

app.on('web-contents-created', (_event, contents) => hardenContents(contents))

let window: BrowserWindow | null = null
let service: LabService | null = null
let bridge: IpcBridge | null = null
let shutDown = false

app.on('second-instance', () => {
  if (window && !window.isDestroyed()) {
    if (window.isMinimized()) window.restore()
    window.focus()
  }
})

void app.whenReady().then(() => {
  const devOrigin = devRendererOrigin(app.isPackaged)
  hardenSession(session.defaultSession, devOrigin)
  serveRenderer(RENDERER_ROOT)

  service = new LabService({
    ...createReportPorts(join(app.getPath('userData'), 'history')),
    utilityFork,
    machineExtra: { electron: process.versions.electron, chrome: process.versions.chrome },
    printToPdf: printHtmlToPdf,
    saveExport: (file) => saveExportWithDialog(window, file),
  })
  window = createMainWindow(devOrigin, systemLocale(app))
  bridge = registerIpc(service, window, devOrigin)
  window.on('closed', () => {
    bridge?.dispose()
    bridge = null
    window = null
  })
})

app.on('window-all-closed', () => app.quit())

app.on('before-quit', (event) => {
  if (shutDown || !service) return
  // Hold the quit until the running suite is cancelled and its workers have exited.
  event.preventDefault()
  shutDown = true
  void service
    .dispose()
    .catch((error: unknown) => console.error('Shutting the lab down failed:', error))
    .finally(() => app.quit())
})
