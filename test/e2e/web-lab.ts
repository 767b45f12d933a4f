/**
 * The e2e fixture: the built web server (out/main/web.js) as a child process on a free port with
 * a temporary history folder, and Debian Chromium driven by playwright-core at 1280x800. The
 * server prints its URL (with the token) on stdout; we read it from there, as a user would.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type Browser, type BrowserContext, type Page, chromium } from 'playwright-core'

const ROOT = join(import.meta.dirname, '..', '..')
const SERVER = join(ROOT, 'out', 'main', 'web.js')
export const ARTIFACTS = join(ROOT, 'test-artifacts')
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

export interface WebLab {
  url: string
  historyDir: string
  page: Page
  /** Uncaught exceptions in the page; a test ends by expecting none. */
  pageErrors: string[]
  /** Stops the server process (SIGTERM), as a user pressing Ctrl-C in its terminal; the page stays open. */
  stopServer(): Promise<void>
  /** Starts it again on the same port with the same token and history, so the page can reconnect. */
  restartServer(): Promise<void>
  close(): Promise<void>
}

function readUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = ''
    let err = ''
    const onExit = (code: number | null) => reject(new Error(`web server exited (${code}) before printing its URL:\n${out}\n${err}`))
    child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()))
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      const match = /http:\/\/127\.0\.0\.1:\d+\/\S+/.exec(out)
      if (match) {
        child.off('exit', onExit)
        resolve(match[0])
      }
    })
    child.once('exit', onExit)
  })
}

async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  child.kill('SIGTERM')
  // The server cancels what runs and closes sockets on SIGTERM; do not wait forever for it.
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000)
  await exited
  clearTimeout(timer)
}

export interface WebLabOptions {
  /**
   * The browser's language (Chromium's `--lang` and the context's `navigator.languages`). English
   * unless a test picks another, so the English tests do not depend on the machine's LANG.
   */
  locale?: string
}

export async function startWebLab({ locale = 'en-US' }: WebLabOptions = {}): Promise<WebLab> {
  if (!existsSync(SERVER)) throw new Error(`${SERVER} is missing: run "npx electron-vite build" before the e2e tests`)
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (or set CHROMIUM_PATH)`)
  const historyDir = await mkdtemp(join(tmpdir(), 'conlab-e2e-history-'))
  // A token of our own (CONLAB_WEB_TOKEN), so that a restarted server serves the same page address.
  const env = { ...process.env, CONLAB_WEB_TOKEN: randomBytes(16).toString('base64url') }
  const launch = (port: string) => spawn(process.execPath, [SERVER, '--port', port, '--history', historyDir], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] })
  let child = launch('0')
  let browser: Browser | undefined
  try {
    const url = await readUrl(child)
    const port = new URL(url).port
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', `--lang=${locale}`] })
    // Reduced motion turns chart animations off, so a screenshot shows the final figure.
    const context: BrowserContext = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce', acceptDownloads: true, locale })
    const page = await context.newPage()
    const pageErrors: string[] = []
    page.on('pageerror', (error) => pageErrors.push(error.message))
    await page.goto(url)
    // The app mounts after the load event (start-up runs in steps, src-renderer/main.ts): a test
    // starts once the window is drawn in its language.
    await page.getByTestId('connection').waitFor()
    const opened = browser
    return {
      url,
      historyDir,
      page,
      pageErrors,
      stopServer: () => stopServer(child),
      async restartServer() {
        await stopServer(child)
        child = launch(port)
        await readUrl(child)
      },
      async close() {
        await opened.close()
        await stopServer(child)
        await rm(historyDir, { recursive: true, force: true })
      },
    }
  } catch (error) {
    await browser?.close()
    await stopServer(child)
    await rm(historyDir, { recursive: true, force: true })
    throw error
  }
}

export async function screenshot(page: Page, name: string, alsoTo?: string): Promise<void> {
  await mkdir(ARTIFACTS, { recursive: true })
  const path = join(ARTIFACTS, `${name}.png`)
  await page.screenshot({ path })
  if (alsoTo) {
    await mkdir(join(ROOT, alsoTo, '..'), { recursive: true })
    await copyFile(path, join(ROOT, alsoTo))
  }
}
