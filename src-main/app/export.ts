/**
 * What exporting needs from the desktop: a save dialog (the file is written where the user
 * says, atomically) and PDF printing by Chromium itself (`printToPDF` on a hidden, offscreen,
 * script-less window showing the HTML export). The temp folder is removed whatever happens.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { extname, join } from 'node:path'
import { BrowserWindow, app, dialog } from 'electron'
import type { ExportedFile } from '../../src-shared/api'
import { writeFileAtomic } from '../engine/report/atomic-write'
import type { PrintToPdf } from '../engine/report/exporters/types'

export async function saveExportWithDialog(parent: BrowserWindow | null, file: ExportedFile): Promise<string | null> {
  const extension = extname(file.fileName).slice(1)
  const options = {
    title: 'Export report',
    defaultPath: join(app.getPath('documents'), file.fileName),
    filters: extension ? [{ name: extension.toUpperCase(), extensions: [extension] }] : [],
  }
  const result = parent && !parent.isDestroyed() ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options)
  if (result.canceled || !result.filePath) return null
  await writeFileAtomic(result.filePath, file.encoding === 'base64' ? Buffer.from(file.data, 'base64') : file.data)
  return result.filePath
}

export const printHtmlToPdf: PrintToPdf = async (html, opts) => {
  const signal = opts?.signal
  signal?.throwIfAborted()
  const dir = await mkdtemp(join(tmpdir(), 'conlab-pdf-'))
  // The HTML export needs no script; with none allowed, a report's text can never run as code.
  const window = new BrowserWindow({
    show: false,
    webPreferences: { offscreen: true, sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false },
  })
  const onAbort = () => window.destroy()
  signal?.addEventListener('abort', onAbort, { once: true })
  try {
    const file = join(dir, 'report.html')
    await writeFile(file, html, 'utf8')
    await window.loadFile(file)
    return await window.webContents.printToPDF({ printBackground: true, pageSize: 'A4' })
  } finally {
    signal?.removeEventListener('abort', onAbort)
    if (!window.isDestroyed()) window.destroy()
    await rm(dir, { recursive: true, force: true })
  }
}
