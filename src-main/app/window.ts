/** The lab's one window: isolated, sandboxed, no Node in the page; the preload is the only bridge. */
import { join } from 'node:path'
import { BrowserWindow } from 'electron'
import type { Locale } from '../../src-shared/i18n/locales'
import { withLocale } from './locale'
import { APP_ENTRY_URL } from './security'

/**
 * A sandboxed preload cannot be an ES module: electron-vite must build it as CommonJS
 * (`index.cjs`, see the preload output settings in electron.vite.config.ts).
 */
export const PRELOAD_PATH = join(import.meta.dirname, '../preload/index.cjs')

export function createMainWindow(devOrigin: string | null, locale: Locale): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 800,
    minHeight: 560,
    show: false,
    title: 'Concurrency Lab',
    webPreferences: {
      preload: PRELOAD_PATH,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webviewTag: false,
      spellcheck: false,
    },
  })
  window.once('ready-to-show', () => window.show())
  void window.loadURL(withLocale(devOrigin ? `${devOrigin}/` : APP_ENTRY_URL, locale))
  return window
}
