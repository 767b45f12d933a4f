/**
 * PDF export: through real headless Chromium when installed, through an injected printer as the
 * desktop shell does (Electron's printToPDF), and a clear message when no Chromium exists.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { PdfUnavailableError, chromiumMissingMessage, chromiumPrintToPdf, findChromium } from '../../../../src-main/engine/report/exporters/chromium'
import { reportToHtml } from '../../../../src-main/engine/report/exporters/html'
import { htmlToPdf, reportToPdf } from '../../../../src-main/engine/report/exporters/pdf'
import { isAlive, survivors } from '../../../helpers/processes'
import zhReport from '../../../../src-shared/i18n/zh-CN-report'
import { suiteReport } from '../report-samples'

const CHROMIUM = '/usr/bin/chromium'
/** poppler-utils: reads the text back out of a PDF, as a reader's copy-and-paste would. */
const PDFTOTEXT = '/usr/bin/pdftotext'
/** Processes started for a PDF export: their command line names the temp profile folder. */
function printingProcesses(): number[] {
  return readdirSync('/proc')
    .filter((e) => /^\d+$/.test(e))
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('conlab-pdf-')
      } catch {
        return false
      }
    })
    .map(Number)
    .filter(isAlive)
}

const pdfTemps = async () => (await readdir(tmpdir())).filter((n) => n.startsWith('conlab-pdf-'))

describe('PDF through headless Chromium', () => {
  it.skipIf(!existsSync(CHROMIUM))('prints the HTML export to a real PDF and leaves no temp files', async () => {
    const before = await pdfTemps()
    const bytes = await reportToPdf(suiteReport(), { printToPdf: (html, opts) => chromiumPrintToPdf(html, { executablePath: CHROMIUM, ...opts }) })
    const text = Buffer.from(bytes).toString('latin1')
    expect(text.startsWith('%PDF-')).toBe(true)
    expect(text.trimEnd().endsWith('%%EOF')).toBe(true)
    expect(Number(/\/Count (\d+)/.exec(text)?.[1])).toBeGreaterThanOrEqual(2)
    expect(await pdfTemps()).toEqual(before)
  })

  it.skipIf(!existsSync(CHROMIUM) || !existsSync(PDFTOTEXT))('prints a zh-CN report with its Chinese text (CJK fonts installed)', async () => {
    const bytes = await reportToPdf(suiteReport(), {
      locale: 'zh-CN',
      printToPdf: (html, opts) => chromiumPrintToPdf(html, { executablePath: CHROMIUM, ...opts }),
    })
    const dir = await mkdtemp(join(tmpdir(), 'conlab-pdf-text-'))
    try {
      await writeFile(join(dir, 'report.pdf'), bytes)
      const text = execFileSync(PDFTOTEXT, ['-enc', 'UTF-8', join(dir, 'report.pdf'), '-'], { encoding: 'utf8', timeout: 30_000 })
      // A glyph missing from every font would come out as nothing or as boxes, not as these words.
      for (const heading of [zhReport.sections.machine, zhReport.sections.warnings, zhReport.sections.howToRead, zhReport.explain.speedup.term]) {
        expect(text).toContain(heading)
      }
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })

  it.skipIf(!existsSync(CHROMIUM))('kills every Chromium process and cleans up when cancelled mid-print', async () => {
    const before = await pdfTemps()
    const controller = new AbortController()
    const printing = chromiumPrintToPdf(reportToHtml(suiteReport()), { executablePath: CHROMIUM, signal: controller.signal })
    printing.catch(() => undefined)
    // Cancel once Chromium is really running (its profile folder is in its command line).
    let started: number[] = []
    for (let i = 0; i < 200 && started.length === 0; i++) {
      await new Promise((resolve) => setTimeout(resolve, 10))
      started = printingProcesses()
    }
    expect(started.length).toBeGreaterThan(0)
    controller.abort()
    await expect(printing).rejects.toMatchObject({ name: 'AbortError' })
    expect(await survivors(printingProcesses())).toEqual([])
    expect(await pdfTemps()).toEqual(before)
  })

  it('says clearly that Chromium is missing, where it looked and what to do', async () => {
    await expect(chromiumPrintToPdf('<p>x</p>', { executablePath: '/nonexistent/chromium' })).rejects.toBeInstanceOf(PdfUnavailableError)
    const message = chromiumMissingMessage('linux', {})
    expect(message).toMatch(/^PDF export needs Chromium or Google Chrome, which was not found \(looked in \/usr\/bin\/chromium, /)
    expect(message).toMatch(/apt-get install chromium/)
    expect(message).toMatch(/CONLAB_CHROMIUM/)
    expect(chromiumMissingMessage('linux', { CONLAB_CHROMIUM: '/opt/x' })).toMatch(/CONLAB_CHROMIUM points to \/opt\/x, which does not exist/)
  })

  it('finds Chromium by platform, and honours CONLAB_CHROMIUM', () => {
    const exists = (path: string) => path === '/usr/bin/google-chrome' || path === '/opt/my-chrome'
    expect(findChromium({}, 'linux', exists)).toBe('/usr/bin/google-chrome')
    expect(findChromium({ CONLAB_CHROMIUM: '/opt/my-chrome' }, 'linux', exists)).toBe('/opt/my-chrome')
    expect(findChromium({ CONLAB_CHROMIUM: '/opt/other' }, 'linux', exists)).toBeNull()
    expect(findChromium({}, 'darwin', (p) => p.includes('Google Chrome.app'))).toMatch(/Google Chrome\.app/)
    expect(findChromium({ PROGRAMFILES: 'C:\\Program Files' }, 'win32', (p) => p.endsWith('chrome.exe'))).toMatch(/chrome\.exe$/)
  })
})

describe('PDF through an injected printer (the desktop shell passes Electron\'s printToPDF)', () => {
  it('hands the printer the HTML export and returns its bytes', async () => {
    const seen: string[] = []
    const bytes = await htmlToPdf('<p>hello</p>', {
      printToPdf: async (html) => {
        seen.push(html)
        return new TextEncoder().encode('%PDF-1.4\n...')
      },
    })
    expect(seen).toEqual(['<p>hello</p>'])
    expect(new TextDecoder().decode(bytes)).toBe('%PDF-1.4\n...')
  })

  it('does not call the printer once cancelled', async () => {
    const controller = new AbortController()
    controller.abort()
    let called = false
    await expect(
      htmlToPdf('<p/>', {
        signal: controller.signal,
        printToPdf: async () => {
          called = true
          return new Uint8Array()
        },
      }),
    ).rejects.toMatchObject({ name: 'AbortError' })
    expect(called).toBe(false)
  })
})
