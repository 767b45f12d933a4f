/**
 * `LabApi`: everything the renderer may ask of the engine, whatever carries it (Electron IPC
 * through the preload in the app, a WebSocket in web mode). Defined once, in `LAB_API` below:
 * each method's signature and wire budget. The preload client and the WebSocket client (both
 * built by `labCallsOver`, lab-client.ts), the engine's dispatcher and the IPC allow-list are
 * derived from that table; the engine's argument schemas (lab-call-args.ts) are keyed by it
 * and must match each signature exactly. A new method is an entry here and its schema there
 * (plus the service that answers it); leaving either out does not compile.
 *
 * No zod here: the sandboxed preload bundles this file's method list and can load no package
 * but electron.
 */
import type { BaselineChoice, Comparison } from './comparison'
import type { ClaimId } from './claims/claim-ids'
import type { ClaimVerdict } from './claims/claim-verdict'
import type { EngineMessage } from './engine-message'
import type { RunConfigInput } from './config'
import type { Locale } from './i18n/locales'
import type { ProgressInfo, RunEvent } from './events'
import type { Machine, Report, Run, RunStatus } from './report'
import type { SuiteOutcome } from './suite-outcome'

/**
 * A run as the queue holds it: a finished `Run`, or one still being measured whose points arrive
 * one by one (no options, settings or end time yet, status `running`). A finished suite keeps
 * its runs without their points (the report in the history has them).
 */
export type LiveRun = Omit<Run, 'status' | 'error' | 'config' | 'settings' | 'startedAt' | 'finishedAt'> & {
  status: RunStatus | 'running'
  error?: string
  config?: Run['config']
  settings?: Run['settings']
}

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
  /**
   * What the engine last said of its progress, and its runs so far: a page loaded (or reloaded)
   * mid-run picks the suite up where it is, then follows its events.
   */
  progress: ProgressInfo | null
  runs: LiveRun[]
  /** Cancel was asked for (the suite may still be winding down). */
  cancelRequested: boolean
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

/** A claim's newest verdict on this machine, and the saved report it comes from. */
export interface MachineClaimVerdict {
  verdict: ClaimVerdict
  /** The history id of the report (openHistory), and when it was made. */
  reportId: string
  createdAt: string
}

/** `trace`: Chrome Trace Event JSON of every repetition's chunks (Perfetto, chrome://tracing). */
export const EXPORT_FORMATS = ['json', 'csv', 'md', 'html', 'pdf', 'trace'] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]
/** A comparison exports as a page or as text to paste; the other formats are one report's. */
export const COMPARISON_EXPORT_FORMATS = ['html', 'md'] as const
export type ComparisonExportFormat = (typeof COMPARISON_EXPORT_FORMATS)[number]

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

/**
 * Where a result came from, so the UI can say "saved to …" or show what failed. `engineMessage`:
 * the failure as a catalogue code (a report file that cannot be read), for the reader's language.
 */
export type Outcome<T> = { ok: true; value: T } | { ok: false; message: string; engineMessage?: EngineMessage }

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

type AnySignature = (...args: never[]) => unknown

/** One method as every transport sees it: its wire budget, and its signature as a type. */
export interface LabMethod<Signature extends AnySignature> {
  readonly maxBytes: number
  /** Never set: carries the signature to the types derived below (results come from our own engine, unchecked). */
  readonly signature?: Signature
}

const method = <Signature extends AnySignature>(maxBytes: number): LabMethod<Signature> => ({ maxBytes })

/** Every `LabApi` call, by name; an entry's doc comment is the method's. Results are what the promise resolves with. */
export const LAB_API = {
  /** The machine the engine runs on, for the machine panel. */
  getMachine: method<() => Machine>(SMALL_CALL_BYTES),
  /** Which runtimes this front door offers (`utility` only in the desktop app). */
  getRuntimes: method<() => string[]>(SMALL_CALL_BYTES),
  /** Validates and queues a suite; a bad config comes back as `{ ok: false, message }`. */
  enqueueSuite: method<(configs: RunConfigInput[], label?: string) => Outcome<QueuedSuite>>(SUITE_CALL_BYTES),
  /**
   * Queues the suite that settles these claims (issue 18), planned by the engine for this machine
   * (interpreters found, cores); the finished report carries `claims`, the verdicts. `all`: every claim.
   */
  enqueueClaims: method<(claims: ClaimId[] | 'all', label?: string) => Outcome<QueuedSuite>>(SMALL_CALL_BYTES),
  /** The newest verdict of each claim on this machine, from the history (a claim never run is absent). */
  getClaimVerdicts: method<() => MachineClaimVerdict[]>(SMALL_CALL_BYTES),
  /** Cancels a queued or running suite; a running one stops within a second, keeping its partial results. */
  cancelSuite: method<(suiteId: string) => void>(SMALL_CALL_BYTES),
  listQueue: method<() => QueuedSuite[]>(SMALL_CALL_BYTES),
  /** Forgets every finished suite of the queue, for every window (they stay in the history). */
  clearFinished: method<() => void>(SMALL_CALL_BYTES),
  listHistory: method<() => HistoryEntry[]>(SMALL_CALL_BYTES),
  openHistory: method<(id: string) => Outcome<Report>>(SMALL_CALL_BYTES),
  renameHistory: method<(id: string, title: string) => Outcome<HistoryEntry>>(SMALL_CALL_BYTES),
  deleteHistory: method<(id: string) => Outcome<null>>(SMALL_CALL_BYTES),
  /** Parses a report file's text the user picked or dropped, with the shared schema and migrations. */
  importReport: method<(fileName: string, text: string) => Outcome<Report>>(REPORT_CALL_BYTES),
  /** The file of one export; `locale` is the language of its words (HTML, Markdown, PDF), English when left out. */
  exportReport: method<(report: Report, format: ExportFormat, locale?: Locale, includeHostname?: boolean) => Outcome<ExportedFile>>(REPORT_CALL_BYTES),
  /**
   * Machines side by side: one column per report, ratios against the baseline (the first report
   * unless chosen), compared only where the settings match; the mismatches come back listed.
   */
  compareReports: method<(reports: Report[], baseline?: BaselineChoice) => Outcome<Comparison>>(REPORT_CALL_BYTES),
  /** The same comparison as a file, in the page's language: saved by the app, or downloaded. */
  exportComparison: method<(reports: Report[], format: ComparisonExportFormat, baseline?: BaselineChoice, locale?: Locale) => Outcome<ExportedFile>>(REPORT_CALL_BYTES),
}

export type LabApiMethod = keyof typeof LAB_API
/** The method names, for transports that route calls by name (IPC allow-list, WebSocket RPC). */
export const LAB_API_METHODS = Object.keys(LAB_API) as readonly LabApiMethod[]
/** The largest message any call may need: the web server's cap on one socket message. */
export const MAX_CALL_BYTES = Math.max(...LAB_API_METHODS.map((name) => LAB_API[name].maxBytes))

type SignatureOf<M extends LabApiMethod> = NonNullable<(typeof LAB_API)[M]['signature']>
/** Each method's arguments, as the engine receives them once checked. */
export type LabApiArgs = { [M in keyof typeof LAB_API]: Parameters<SignatureOf<M>> }
/** What each method's promise resolves with. */
export type LabApiResults = { [M in keyof typeof LAB_API]: ReturnType<SignatureOf<M>> }
/** Every method a call can reach: what both transports carry and the engine's dispatcher routes. */
export type LabCalls = { [M in keyof typeof LAB_API]: (...args: LabApiArgs[M]) => Promise<LabApiResults[M]> }

export type LabApi = LabCalls & {
  /** Subscribes to the events of every suite; returns the unsubscribe function. Events flow engine -> renderer, so this is no call. */
  onSuiteEvent(listener: (event: SuiteEvent) => void): () => void
}
