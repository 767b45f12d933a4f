/** The Electron shell's entry: the only part of the code base that imports `electron`. */
import { join } from 'node:path'
import { BrowserWindow, app } from 'electron'

function createWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 800,
    webPreferences: {
      preload: join(import.meta.dirname, '../preload/index.mjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
    },
  })
  void window.loadFile(join(import.meta.dirname, '../renderer/index.html'))
  return window
}

void app.whenReady().then(() => {
  createWindow()
})

app.on('window-all-closed', () => app.quit())
