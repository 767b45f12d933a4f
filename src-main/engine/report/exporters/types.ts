/**
 * One interface for every export format, as in hyperfine's `src/export/` (`trait Exporter`): an
 * exporter turns a validated report into the bytes of one file. Each lives in its own module and
 * is looked up by `ExportFormat` in `index.ts`.
 */
import type { ExportFormat } from '../../../../src-shared/api'
import type { Locale } from '../../../../src-shared/i18n/locales'
import type { Report } from '../../../../src-shared/report'

/** Renders an HTML document to PDF bytes: Electron's `webContents.printToPDF` or headless Chromium. */
export type PrintToPdf = (html: string, opts?: { signal?: AbortSignal }) => Promise<Uint8Array>

export interface ExportOptions {
  signal?: AbortSignal
  /**
   * The language of the words an export shows (HTML, Markdown, PDF); default English. JSON and
   * CSV are data and machine-readable names, the same in every language.
   */
  locale?: Locale
  /**
   * Show the machine's host name in the Machine table (HTML, Markdown, PDF). Off by default: a
   * shared report should not name a person's computer unless they ask. JSON keeps it (the data).
   */
  includeHostname?: boolean
  /** PDF only: how to print. Default: headless Chromium found on this machine. */
  printToPdf?: PrintToPdf
}

export interface Exporter {
  readonly format: ExportFormat
  /** File extension without the dot. */
  readonly extension: string
  readonly mimeType: string
  /** Text formats return UTF-8 text, binary ones (PDF) bytes. */
  readonly binary: boolean
  export(report: Report, opts: ExportOptions): Promise<string | Uint8Array>
}
