/**
 * PDF = the HTML export, printed. Who prints is injected: the desktop shell passes Electron's
 * `webContents.printToPDF`, the CLI and web mode use headless Chromium when it is installed.
 */
import type { Report } from '../../../../src-shared/report'
import { chromiumPrintToPdf } from './chromium'
import { reportToHtml } from './html'
import type { Exporter, ExportOptions, PrintToPdf } from './types'

const PDF_MAGIC = '%PDF-'

const defaultPrinter: PrintToPdf = (html, opts) => chromiumPrintToPdf(html, opts?.signal ? { signal: opts.signal } : {})

/** Prints any HTML (a report, a comparison) and checks that what came back is a PDF. */
export async function htmlToPdf(html: string, opts: ExportOptions = {}): Promise<Uint8Array> {
  opts.signal?.throwIfAborted()
  const print = opts.printToPdf ?? defaultPrinter
  const bytes = await print(html, opts.signal ? { signal: opts.signal } : {})
  const head = new TextDecoder().decode(bytes.subarray(0, PDF_MAGIC.length))
  if (head !== PDF_MAGIC) throw new Error('The PDF printer returned something that is not a PDF')
  return bytes
}

export async function reportToPdf(report: Report, opts: ExportOptions = {}): Promise<Uint8Array> {
  return htmlToPdf(reportToHtml(report, opts.locale, { includeHostname: opts.includeHostname === true }), opts)
}

export const pdfExporter: Exporter = {
  format: 'pdf',
  extension: 'pdf',
  mimeType: 'application/pdf',
  binary: true,
  export: (report, opts) => reportToPdf(report, opts),
}
