/**
 * `LabApi`: everything the renderer may ask of the engine, whatever carries it (Electron IPC
 * through the preload in the app, a WebSocket in web mode). Defined once, in `LAB_API` below:
 * each method's argument schema and wire budget, with its result type in `LabApiResults`. The
 * preload client, the WebSocket client (both built by `labCallsOver`, lab-client.ts), the
 * engine's dispatcher and the IPC allow-list are all derived from that table, so adding a
 * method is one entry here (plus the service that answers it), and forgetting its schema or
 * result type does not compile.
 */
import { z } from 'zod'
import type { BaselineChoice, Comparison } from './comparison'
import type { RunConfigInput } from './config'
import type { RunEvent } from './events'
import { type Machine, type Report, ReportSchema } from './report'

/** A suite waiting in or taken from the engine's run queue. */
export interface QueuedSuite {
  suiteId: string
  label: string
  state: 'queued' | 'running' | 'completed' | 'aborted' | 'failed'
  /** The validated configurations, as the engine will run them. */
  configs: RunConfigInput[]
}

/** Every event carries the suite it belongs to, so several views can follow several suites. */
export interface SuiteEvent {
  suiteId: string
  event: RunEvent
}

/** One saved report in the history folder, as listed (without loading the whole file). */
export type HistoryEntry =
  | { id: string; fileName: string; state: 'ok'; title: string; createdAt: string; sizeBytes: number; runs: number; aborted: boolean }
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

/** The most reports one comparison takes (a workshop room's worth; keeps a call's size bounded). */
export const MAX_COMPARED_REPORTS = 50
/** The largest report the lab reads, as a file or an import. Far above any real report (timelines are capped at 10k spans a point); stops a stray huge file. */
export const MAX_REPORT_BYTES = 50 * 1024 * 1024
/** The most run configurations one suite takes. */
export const MAX_SUITE_RUNS = 100

/*
 * Wire budgets: the most bytes one call may take as a WebSocket message (web mode). The server
 * sizes its message cap from the largest, and refuses a call over its own method's budget.
 * Electron IPC comes from our own window only and carries structured clones; it has no budget.
 */
/** Ids, names and titles only: a few strings of at most 1000 characters, even JSON-escaped (6 bytes a character). */
const SMALL_CALL_BYTES = 16 * 1024
/** Run configurations: a few hundred bytes each in practice; their paths and URLs are at most 4 KiB. */
const SUITE_CALL_BYTES = MAX_SUITE_RUNS * 8 * 1024 + SMALL_CALL_BYTES
/** Reports, as text or objects: all the reports of one call together are no larger than one report may be. */
const REPORT_CALL_BYTES = MAX_REPORT_BYTES + SMALL_CALL_BYTES

const id = z.string().min(1).max(200)
const none = z.tuple([])
/** Which machine the ratios are against: by position or by label (as the comparison names machines). */
const baselineChoice = z.union([
  z.strictObject({ index: z.number().int().min(0).max(MAX_COMPARED_REPORTS - 1) }),
  z.strictObject({ label: z.string().min(1).max(200) }),
]) satisfies z.ZodType<BaselineChoice>
/** Each config is judged by parseRunConfigs inside enqueueSuite, whose messages name the run. */
const configInput = z.custom<RunConfigInput>((value) => typeof value === 'object' && value !== null, 'each run configuration must be an object')

/** One method as every transport sees it: its arguments (checked by the engine) and its wire budget. */
interface LabMethodSpec {
  readonly args: z.ZodType<readonly unknown[]>
  readonly maxBytes: number
}

/**
 * What each method answers. A type only: replies come from our own engine, so the transports
 * hand them on unchecked. Same keys as `LAB_API` (the `satisfies` below checks both ways).
 */
export interface LabApiResults {
  getMachine: Machine
  getRuntimes: string[]
  enqueueSuite: Outcome<QueuedSuite>
  cancelSuite: void
  listQueue: QueuedSuite[]
  listHistory: HistoryEntry[]
  openHistory: Outcome<Report>
  renameHistory: Outcome<HistoryEntry>
  deleteHistory: Outcome<null>
  importReport: Outcome<Report>
  exportReport: Outcome<ExportedFile>
  compareReports: Outcome<Comparison>
}

/** Every `LabApi` call, by name. The doc comment of an entry is the method's. */
export const LAB_API = {
  /** The machine the engine runs on, for the machine panel. */
  getMachine: { args: none, maxBytes: SMALL_CALL_BYTES },
  /** Which runtimes this front door offers (`utility` only in the desktop app). */
  getRuntimes: { args: none, maxBytes: SMALL_CALL_BYTES },
  /** Validates and queues a suite (configs, label?); a bad config comes back as `{ ok: false, message }`. */
  enqueueSuite: { args: z.tuple([z.array(configInput).max(MAX_SUITE_RUNS), z.string().max(200).optional()]), maxBytes: SUITE_CALL_BYTES },
  /** Cancels a queued or running suite (suiteId); a running one stops within a second, keeping its partial results. */
  cancelSuite: { args: z.tuple([id]), maxBytes: SMALL_CALL_BYTES },
  listQueue: { args: none, maxBytes: SMALL_CALL_BYTES },
  listHistory: { args: none, maxBytes: SMALL_CALL_BYTES },
  /** (id) */
  openHistory: { args: z.tuple([id]), maxBytes: SMALL_CALL_BYTES },
  /** (id, title) */
  renameHistory: { args: z.tuple([id, z.string().trim().min(1).max(200)]), maxBytes: SMALL_CALL_BYTES },
  /** (id) */
  deleteHistory: { args: z.tuple([id]), maxBytes: SMALL_CALL_BYTES },
  /** Parses a report file's text the user picked or dropped (fileName, text), with the shared schema and migrations. */
  importReport: { args: z.tuple([z.string().max(1000), z.string().max(MAX_REPORT_BYTES)]), maxBytes: REPORT_CALL_BYTES },
  /** (report, format) */
  exportReport: { args: z.tuple([ReportSchema, z.enum(EXPORT_FORMATS)]), maxBytes: REPORT_CALL_BYTES },
  /**
   * Machines side by side (reports, baseline?): one column per report, ratios against the
   * baseline (the first report unless chosen), compared only where the settings match; the
   * mismatches come back listed.
   */
  compareReports: { args: z.tuple([z.array(ReportSchema).max(MAX_COMPARED_REPORTS), baselineChoice.optional()]), maxBytes: REPORT_CALL_BYTES },
} satisfies { [M in keyof LabApiResults]: LabMethodSpec }

export type LabApiMethod = keyof typeof LAB_API
/** The method names, for transports that route calls by name (IPC allow-list, WebSocket RPC). */
export const LAB_API_METHODS = Object.keys(LAB_API) as readonly LabApiMethod[]
/** The largest message any call may need: the web server's cap on one socket message. */
export const MAX_CALL_BYTES = Math.max(...LAB_API_METHODS.map((method) => LAB_API[method].maxBytes))

/** Each method's arguments, as the engine receives them once checked. */
export type LabApiArgs = { [M in keyof typeof LAB_API]: z.output<(typeof LAB_API)[M]['args']> }
/** Every method a call can reach: what both transports carry and the engine's dispatcher routes. */
export type LabCalls = { [M in keyof typeof LAB_API]: (...args: LabApiArgs[M]) => Promise<LabApiResults[M]> }

export type LabApi = LabCalls & {
  /** Subscribes to the events of every suite; returns the unsubscribe function. Events flow engine -> renderer, so this is no call. */
  onSuiteEvent(listener: (event: SuiteEvent) => void): () => void
}
