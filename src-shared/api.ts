/**
 * `LabApi`: everything the renderer may ask of the engine, whatever carries it (Electron IPC
 * through the preload in the app, a WebSocket in web mode). Both transports implement exactly
 * this interface, and the renderer knows nothing else.
 */
import type { BaselineChoice, Comparison } from './comparison'
import type { RunConfigInput } from './config'
import type { RunEvent } from './events'
import type { Machine, Report } from './report'
import type { SuiteOutcome } from './suite-outcome'

/** A suite waiting in or taken from the engine's run queue. */
export interface QueuedSuite {
  suiteId: string
  label: string
  state: 'queued' | 'running' | 'completed' | 'aborted' | 'failed'
  /**
   * How the finished suite ended, from its runs (suite-outcome.ts). `state` says `failed` for a
   * suite whose runs partly failed, and for one that could not run at all (then no outcome).
   */
  outcome?: SuiteOutcome
  /** The validated configurations, as the engine will run them. */
  configs: RunConfigInput[]
}

/** Every event carries the suite it belongs to, so several views can follow several suites. */
export interface SuiteEvent {
  suiteId: string
  event: RunEvent
}

/**
 * One saved report in the history folder, as listed (without loading the whole file). `outcome`
 * is derived from the runs (suite-outcome.ts); `aborted` is kept for older views and means
 * `outcome === 'aborted'`. `corrupt` also covers a file whose name is not a history id.
 */
export type HistoryEntry =
  | { id: string; fileName: string; state: 'ok'; title: string; createdAt: string; sizeBytes: number; runs: number; outcome: SuiteOutcome; aborted: boolean }
  | { id: string; fileName: string; state: 'corrupt'; problem: string; sizeBytes: number }

export const EXPORT_FORMATS = ['json', 'csv', 'md', 'html', 'pdf'] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

/** A file's content crossing the transport (PDF as base64, the others as UTF-8 text). */
export interface ExportedFile {
  fileName: string
  mimeType: string
  encoding: 'utf8' | 'base64'
  data: string
  /**
   * Set when the engine already wrote the file (the desktop app asks where with a save dialog):
   * the UI says "saved to …" instead of offering a download. Absent in web mode.
   */
  savedPath?: string
}

/** Where a result came from, so the UI can say "saved to …" or show what failed. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; message: string }

export interface LabApi {
  /** The machine the engine runs on, for the machine panel. */
  getMachine(): Promise<Machine>
  /** Which runtimes this front door offers (`utility` only in the desktop app). */
  getRuntimes(): Promise<string[]>
  /** Validates and queues a suite; a bad config comes back as `{ ok: false, message }`. */
  enqueueSuite(configs: RunConfigInput[], label?: string): Promise<Outcome<QueuedSuite>>
  /** Cancels a queued or running suite; a running one stops within a second, keeping its partial results. */
  cancelSuite(suiteId: string): Promise<void>
  listQueue(): Promise<QueuedSuite[]>
  /** Subscribes to the events of every suite; returns the unsubscribe function. */
  onSuiteEvent(listener: (event: SuiteEvent) => void): () => void

  listHistory(): Promise<HistoryEntry[]>
  openHistory(id: string): Promise<Outcome<Report>>
  renameHistory(id: string, title: string): Promise<Outcome<HistoryEntry>>
  deleteHistory(id: string): Promise<Outcome<null>>
  /** Parses a report file's text the user picked or dropped, with the shared schema and migrations. */
  importReport(fileName: string, text: string): Promise<Outcome<Report>>
  exportReport(report: Report, format: ExportFormat): Promise<Outcome<ExportedFile>>
  /**
   * Machines side by side: one column per report, ratios against the baseline (the first report
   * unless chosen), compared only where the settings match; the mismatches come back listed.
   */
  compareReports(reports: Report[], baseline?: BaselineChoice): Promise<Outcome<Comparison>>
}

/** The most reports one comparison takes (a workshop room's worth; keeps a call's size bounded). */
export const MAX_COMPARED_REPORTS = 50

/** The method names, for transports that route calls by name (IPC allow-list, WebSocket RPC). */
export const LAB_API_METHODS = [
  'getMachine',
  'getRuntimes',
  'enqueueSuite',
  'cancelSuite',
  'listQueue',
  'listHistory',
  'openHistory',
  'renameHistory',
  'deleteHistory',
  'importReport',
  'exportReport',
  'compareReports',
] as const satisfies ReadonlyArray<Exclude<keyof LabApi, 'onSuiteEvent'>>
export type LabApiMethod = (typeof LAB_API_METHODS)[number]
