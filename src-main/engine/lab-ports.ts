/**
 * What LabService needs from the rest of the house, as narrow interfaces: the report modules
 * (history folder, import, exporters) and the few things only a front door can do (a save
 * dialog, printing a PDF). The Electron shell and the web server each fill these in; tests use
 * real implementations on temp folders.
 */
import type { ExportFormat, ExportedFile, HistoryEntry } from '../../src-shared/api'
import type { Locale } from '../../src-shared/i18n/locales'
import type { Report } from '../../src-shared/report'
import type { MachineExtra } from './measure/machine'
import type { PrintToPdf } from './report/exporters/types'
import type { UtilityForkFn } from './runtimes/utility-runtime'

/** The saved reports. Every method throws an Error whose message a user can read. */
export interface HistoryPort {
  list(): Promise<HistoryEntry[]>
  open(id: string): Promise<Report>
  rename(id: string, title: string): Promise<HistoryEntry>
  remove(id: string): Promise<void>
  save(report: Report): Promise<HistoryEntry>
}

export interface ReportCodecPort {
  /** Parses (and migrates) a report file's text; throws a readable Error naming the file. */
  importText(fileName: string, text: string): Report | Promise<Report>
  /** Renders a report in one format; PDF is printed with `printToPdf` when given. */
  exportFile(report: Report, format: ExportFormat, opts: { printToPdf?: PrintToPdf; locale?: Locale; includeHostname?: boolean }): Promise<ExportedFile>
}

export interface LabServiceOptions {
  history: HistoryPort
  codec: ReportCodecPort
  /** Electron's `utilityProcess.fork`; offers the `utility` runtime when present. */
  utilityFork?: UtilityForkFn
  /** Electron and Chrome versions, when the engine runs inside the app. */
  machineExtra?: MachineExtra
  /** Prints HTML to PDF (Electron `printToPDF`); without it the exporter uses headless Chromium. */
  printToPdf?: PrintToPdf
  /**
   * Asks where to save an export and writes it; resolves to the path, or null when the user
   * cancelled. Without it the file goes back to the renderer, which offers a download.
   */
  saveExport?: (file: ExportedFile) => Promise<string | null>
  /** How many finished suites `listQueue` keeps showing after they end. */
  keepFinished?: number
}
