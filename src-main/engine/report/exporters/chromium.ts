/**
 * PDF through headless Chromium's own `--print-to-pdf`, for the CLI and web mode (the desktop app
 * passes Electron's printToPDF instead). Chromium runs in its own process group with a throwaway
 * profile and no network features, on a temp copy of the page; abort, timeout or failure kill the
 * whole group and remove every temp file.
 */
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

export class PdfUnavailableError extends Error {
  override readonly name = 'PdfUnavailableError'
}

/** Where Chromium or Chrome usually lives; CONLAB_CHROMIUM overrides. */
export function chromiumCandidates(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string[] {
  if (platform === 'darwin') {
    return ['/Applications/Chromium.app/Contents/MacOS/Chromium', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome']
  }
  if (platform === 'win32') {
    const roots = [env['PROGRAMFILES'], env['PROGRAMFILES(X86)'], env['LOCALAPPDATA']].filter((r): r is string => !!r)
    return roots.flatMap((root) => [join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'), join(root, 'Chromium', 'Application', 'chrome.exe')])
  }
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/snap/bin/chromium']
}

export function findChromium(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  exists: (path: string) => boolean = existsSync,
): string | null {
  const override = env['CONLAB_CHROMIUM']
  if (override) return exists(override) ? override : null
  return chromiumCandidates(platform, env).find(exists) ?? null
}

export function chromiumMissingMessage(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): string {
  const override = env['CONLAB_CHROMIUM']
  const where = override ? `CONLAB_CHROMIUM points to ${override}, which does not exist` : `looked in ${chromiumCandidates(platform, env).join(', ')}`
  return (
    `PDF export needs Chromium or Google Chrome, which was not found (${where}). ` +
    'Install one (Debian/Ubuntu: apt-get install chromium) or set CONLAB_CHROMIUM to its path; ' +
    'or export HTML and print it to PDF from any browser.'
  )
}

export interface ChromiumPdfOptions {
  signal?: AbortSignal
  executablePath?: string
  /** Printing a report takes a second or two; this only stops a Chromium that hangs. */
  timeoutMs?: number
}

const STDERR_KEEP = 4000

function killGroup(pid: number | undefined): void {
  if (pid === undefined) return
  try {
    // Negative pid: the whole group (Chromium's zygote, GPU and renderer processes too).
    process.kill(process.platform === 'win32' ? pid : -pid, 'SIGKILL')
  } catch {
    // Already gone.
  }
}

function runChromium(executable: string, args: string[], signal: AbortSignal | undefined, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    signal?.throwIfAborted()
    const child = spawn(executable, args, { stdio: ['ignore', 'ignore', 'pipe'], detached: process.platform !== 'win32' })
    let stderr = ''
    child.stderr.setEncoding('utf8')
    child.stderr.on('data', (chunk: string) => {
      stderr = (stderr + chunk).slice(-STDERR_KEEP)
    })
    let failure: Error | undefined
    const stop = (error: Error) => {
      failure ??= error
      killGroup(child.pid)
    }
    const onAbort = () => stop(signal?.reason instanceof Error ? signal.reason : new DOMException('PDF export cancelled', 'AbortError'))
    signal?.addEventListener('abort', onAbort, { once: true })
    const timer = setTimeout(() => stop(new Error(`Chromium did not finish printing within ${timeoutMs} ms`)), timeoutMs)
    child.on('error', (error) => stop(new PdfUnavailableError(`Could not start ${executable}: ${error.message}`)))
    child.on('close', (code, sig) => {
      clearTimeout(timer)
      signal?.removeEventListener('abort', onAbort)
      // The browser may leave helpers behind when it exits on its own: clear the group either way.
      killGroup(child.pid)
      if (failure) reject(failure)
      else if (code !== 0) reject(new Error(`Chromium failed to print (exit ${code ?? sig}): ${stderr.trim().slice(-1000)}`))
      else resolve()
    })
  })
}

export async function chromiumPrintToPdf(html: string, opts: ChromiumPdfOptions = {}): Promise<Uint8Array> {
  const executable = opts.executablePath ?? findChromium()
  if (!executable || !existsSync(executable)) throw new PdfUnavailableError(chromiumMissingMessage())
  opts.signal?.throwIfAborted()
  const dir = await mkdtemp(join(tmpdir(), 'conlab-pdf-'))
  try {
    const page = join(dir, 'report.html')
    const out = join(dir, 'report.pdf')
    await writeFile(page, html, 'utf8')
    const args = [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-extensions',
      '--disable-sync',
      '--no-first-run',
      '--no-default-browser-check',
      `--user-data-dir=${join(dir, 'profile')}`,
      '--no-pdf-header-footer',
      `--print-to-pdf=${out}`,
      pathToFileURL(page).href,
    ]
    await runChromium(executable, args, opts.signal, opts.timeoutMs ?? 60_000)
    const bytes = await readFile(out).catch(() => {
      throw new Error('Chromium exited without writing the PDF')
    })
    return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}
