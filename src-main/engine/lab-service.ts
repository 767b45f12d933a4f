/**
 * LabService: the meaning of `LabApi`, written once for every front door (Electron IPC, the web
 * server's WebSocket). It owns the run queue (one suite at a time, first in first out), cancel,
 * the fan-out of events to subscribers, and the hand-off of every finished or aborted report to
 * the history folder. No transport and no Electron here: the shell injects what only it has.
 */
import { type PythonInterpreter, isSupported } from '../../src-shared/python'
import { discoverPythons } from './runtimes/python/discover'
import { randomUUID } from 'node:crypto'
import { type ComparisonExportFormat, type ExportFormat, type ExportedFile, type HistoryEntry, type LabApi, MAX_COMPARED_REPORTS, type MachineClaimVerdict, type Outcome, type QueuedSuite, type SuiteEvent } from '../../src-shared/api'
import type { BaselineChoice, Comparison } from '../../src-shared/comparison'
import type { ClaimId } from '../../src-shared/claims/claim-ids'
import { RUNTIME_NAMES, type RunConfig, type RunConfigInput, type RuntimeName } from '../../src-shared/config'
import { CLAIMS_SUITE_LABEL, ClaimVerdictsReader, claimsToRun, planClaimsSuite, withVerdicts } from './claims-service'
import { type AdmitConfigs, admitSuite } from './suite-admission'
import type { RunEvent } from '../../src-shared/events'
import type { Locale } from '../../src-shared/i18n/locales'
import { record, withSuiteId } from './queue-events'
import type { Machine, Report } from '../../src-shared/report'
import { RUNTIME_TRAITS } from '../../src-shared/runtime-traits'
import { suiteOutcome } from '../../src-shared/suite-outcome'
import type { LabServiceOptions } from './lab-ports'
import { startLoopDelayMonitor } from './measure/event-loop'
import { compareReports } from './report/compare'
import { comparisonFile } from './report/exporters/compare-file'
import { describeMachine } from './measure/machine'
import { coreControl } from './measure/process-affinity'
import { toError } from './runtimes/errors'
import { fail, ok, settle } from './outcomes'
import { runSuite } from './session'

interface Job {
  suite: QueuedSuite
  /** The finished report's `createdAt`: a rename in the history finds the suite by it. */
  reportCreatedAt?: string
  configs: RunConfig[]
  /** The label the user typed, if any: only that goes into the report. */
  userLabel: string | undefined
  /** A claims suite: the claims whose verdicts its report gets. */
  claims?: ClaimId[]
  controller: AbortController
}

/** A copy, so that callers (and structured clone over IPC) never hold our live state. */
const snapshot = (suite: QueuedSuite): QueuedSuite => structuredClone(suite)
const FINISHED: readonly QueuedSuite['state'][] = ['completed', 'aborted', 'failed']

export class LabService implements LabApi {
  private readonly jobs: Job[] = []
  private readonly listeners = new Set<(event: SuiteEvent) => void>()
  private running: { job: Job; done: Promise<void> } | undefined
  private closed = false
  private counter = 0
  private pythonsFound: Promise<PythonInterpreter[]> | undefined
  private readonly verdicts: ClaimVerdictsReader

  constructor(private readonly options: LabServiceOptions) {
    this.verdicts = new ClaimVerdictsReader(options.history)
  }

  async getMachine(): Promise<Machine> {
    // With the run form's question: can a run's cores be limited here, and to at most how many;
    // and the Python interpreters found (usable or not), which the app lists with their versions.
    return { ...describeMachine(this.options.machineExtra), coreControl: coreControl(), pythons: await this.pythons() }
  }

  async getRuntimes(): Promise<RuntimeName[]> {
    const python = (await this.pythons()).some(isSupported)
    return RUNTIME_NAMES.filter((name) => (!RUNTIME_TRAITS[name].desktopOnly || this.options.utilityFork !== undefined) && (python || !RUNTIME_TRAITS[name].python))
  }

  /** Looked for once per lab: probing a dozen interpreters takes seconds, and they rarely change. */
  private pythons(): Promise<PythonInterpreter[]> {
    this.pythonsFound ??= discoverPythons().catch(() => [])
    return this.pythonsFound
  }

  async enqueueSuite(configs: RunConfigInput[], label?: string): Promise<Outcome<QueuedSuite>> {
    return this.enqueue(configs, label)
  }

  /** The suite settling `claims` here, queued like any other; `admit`: web mode's policy over the planned configs. */
  async enqueueClaims(claims: ClaimId[] | 'all', label?: string, admit?: AdmitConfigs): Promise<Outcome<QueuedSuite>> {
    const ids = claimsToRun(claims)
    if (ids.length === 0) return { ok: false, message: 'No claim to run' }
    return this.enqueue(planClaimsSuite(ids, await this.pythons()), label, { claims: ids, admit })
  }

  async getClaimVerdicts(): Promise<MachineClaimVerdict[]> {
    return this.verdicts.newest()
  }

  private async enqueue(configs: RunConfigInput[], label: string | undefined, extra: { claims?: ClaimId[]; admit?: AdmitConfigs | undefined } = {}): Promise<Outcome<QueuedSuite>> {
    if (this.closed) return { ok: false, message: 'The lab is shutting down; nothing new can start' }
    const admitted = await admitSuite(configs, await this.getRuntimes(), extra.admit)
    if (!admitted.ok) return admitted
    const parsed = admitted.configs
    const userLabel = label?.trim() || undefined
    this.counter += 1
    const fallback = extra.claims ? CLAIMS_SUITE_LABEL : `Suite ${this.counter}`
    const job: Job = {
      suite: { suiteId: randomUUID(), label: userLabel ?? fallback, state: 'queued', configs: parsed, progress: null, runs: [], cancelRequested: false },
      configs: parsed,
      userLabel,
      ...(extra.claims ? { claims: extra.claims } : {}),
      controller: new AbortController(),
    }
    this.jobs.push(job)
    this.pump()
    return ok(snapshot(job.suite))
  }

  async cancelSuite(suiteId: string): Promise<void> {
    const job = this.jobs.find((j) => j.suite.suiteId === suiteId)
    if (!job) return
    if (job.suite.state === 'queued' || job.suite.state === 'running') job.suite.cancelRequested = true
    if (job.suite.state === 'queued') {
      // Out of the queue for good; it stays listed as aborted (like a finished suite) and sends
      // no event, since it never started (RunEvent has no "cancelled before start").
      job.suite.state = 'aborted'
      this.prune()
    } else if (job.suite.state === 'running') {
      // The pool kills its workers on abort; runSuite then resolves with the partial report.
      job.controller.abort(new Error('Cancelled by the user'))
    }
  }

  async listQueue(): Promise<QueuedSuite[]> {
    return this.jobs.map((job) => snapshot(job.suite))
  }

  async clearFinished(): Promise<void> {
    for (const job of this.jobs.filter((j) => FINISHED.includes(j.suite.state))) this.jobs.splice(this.jobs.indexOf(job), 1)
  }

  onSuiteEvent(listener: (event: SuiteEvent) => void): () => void {
    this.listeners.add(listener)
    return () => void this.listeners.delete(listener)
  }

  async listHistory(): Promise<HistoryEntry[]> {
    return this.options.history.list()
  }

  async openHistory(id: string): Promise<Outcome<Report>> {
    return settle(this.options.history.open(id))
  }

  async renameHistory(id: string, title: string): Promise<Outcome<HistoryEntry>> {
    const outcome = await settle(this.options.history.rename(id, title))
    // The queue shows the same report under its label: a page listing it later sees the new title.
    if (outcome.ok && outcome.value.state === 'ok') {
      const { createdAt, title: renamed } = outcome.value
      for (const job of this.jobs) if (job.reportCreatedAt === createdAt) job.suite.label = renamed
    }
    return outcome
  }

  async deleteHistory(id: string): Promise<Outcome<null>> {
    return settle(this.options.history.remove(id).then(() => null))
  }

  async importReport(fileName: string, text: string): Promise<Outcome<Report>> {
    try {
      return ok(await this.options.codec.importText(fileName, text))
    } catch (error) {
      return fail(error)
    }
  }

  /** The host name stays out of the file unless the user asked for it (`includeHostname`). */
  async exportReport(report: Report, format: ExportFormat, locale: Locale = 'en', includeHostname = false): Promise<Outcome<ExportedFile>> {
    try {
      const { printToPdf } = this.options
      const file = await this.options.codec.exportFile(report, format, printToPdf ? { printToPdf, locale, includeHostname } : { locale, includeHostname })
      if (!this.options.saveExport) return ok(file)
      const savedPath = await this.options.saveExport(file)
      return savedPath === null ? { ok: false, message: 'Export cancelled' } : ok({ ...file, savedPath })
    } catch (error) {
      return fail(error)
    }
  }

  async compareReports(reports: Report[], baseline?: BaselineChoice): Promise<Outcome<Comparison>> {
    try {
      return ok(this.compare(reports, baseline))
    } catch (error) {
      return fail(error)
    }
  }

  async exportComparison(reports: Report[], format: ComparisonExportFormat, baseline?: BaselineChoice, locale: Locale = 'en'): Promise<Outcome<ExportedFile>> {
    try {
      const file = comparisonFile(this.compare(reports, baseline), format, locale)
      if (!this.options.saveExport) return ok(file)
      const savedPath = await this.options.saveExport(file)
      return savedPath === null ? { ok: false, message: 'Export cancelled' } : ok({ ...file, savedPath })
    } catch (error) {
      return fail(error)
    }
  }

  private compare(reports: Report[], baseline: BaselineChoice | undefined): Comparison {
    if (reports.length > MAX_COMPARED_REPORTS) throw new Error(`At most ${MAX_COMPARED_REPORTS} reports can be compared at once, got ${reports.length}`)
    // The renderer's reports have no file name: a report without label or host name is "report N".
    return compareReports(reports.map((report, i) => ({ source: `report ${i + 1}`, report })), baseline ? { baseline } : {})
  }

  /** Resolves once nothing is queued or running (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.running) await this.running.done
  }

  /** Shutdown: drops the queue, aborts the running suite and waits until its workers are gone. */
  async dispose(): Promise<void> {
    this.closed = true
    for (const job of this.jobs) if (job.suite.state === 'queued') job.suite.state = 'aborted'
    this.running?.job.controller.abort(new Error('The lab is shutting down'))
    await this.idle()
  }

  private pump(): void {
    if (this.running || this.closed) return
    const job = this.jobs.find((j) => j.suite.state === 'queued')
    if (!job) return
    const done = this.runJob(job).finally(() => {
      this.running = undefined
      this.prune()
      this.pump()
    })
    this.running = { job, done }
  }

  private async runJob(job: Job): Promise<void> {
    const { suiteId } = job.suite
    const signal = job.controller.signal
    job.suite.state = 'running'
    const monitor = startLoopDelayMonitor()
    try {
      const report = await runSuite(job.configs, {
        signal,
        ...(job.userLabel ? { label: job.userLabel } : {}),
        ...(this.options.utilityFork ? { utilityFork: this.options.utilityFork } : {}),
        ...(this.options.machineExtra ? { machineExtra: this.options.machineExtra } : {}),
        // suite-finished is held back: it goes out below, with the host figures and once saved,
        // so a view that reloads the history on it finds the new entry.
        onEvent: (event) => {
          if (event.type === 'suite-finished') return
          record(job.suite, event)
          this.emit(suiteId, withSuiteId(event, suiteId))
        },
      })
      // The verdicts are part of the report: in it before it is saved and before suite-finished.
      const final: Report = withVerdicts({ ...report, host: monitor.stop() }, job.claims, signal.aborted)
      const outcome = suiteOutcome(final.runs, { cancelled: signal.aborted })
      job.suite.outcome = outcome
      // The queue's coarse state: partly failed is failed; the outcome keeps the difference.
      job.suite.state = outcome === 'partly-failed' ? 'failed' : outcome
      job.reportCreatedAt = final.createdAt
      // The report (points included) goes to the history; the queue keeps how each run ended.
      job.suite.runs = final.runs.map((run) => ({ ...run, points: [] }))
      await this.save(final)
      this.emit(suiteId, { type: 'suite-finished', suiteId, report: final })
    } catch (error) {
      monitor.stop()
      job.suite.state = 'failed'
      this.emit(suiteId, { type: 'suite-failed', suiteId, message: toError(error).message })
    }
  }

  /** A full disk must not turn a finished measurement into a failed one: the report still goes out. */
  private async save(report: Report): Promise<void> {
    try {
      await this.options.history.save(report)
    } catch (error) {
      console.error(`Could not save the report to the history folder: ${toError(error).message}`)
    }
  }

  private emit(suiteId: string, event: RunEvent): void {
    for (const listener of [...this.listeners]) {
      try {
        listener({ suiteId, event })
      } catch (error) {
        // One broken subscriber (a closed socket) must not stop the run or the others.
        console.error(`A suite event listener failed: ${toError(error).message}`)
      }
    }
  }

  /** Finished suites stay listed for a while so a view can show how they ended. */
  private prune(): void {
    const keep = this.options.keepFinished ?? 20
    const finished = this.jobs.filter((j) => j.suite.state !== 'queued' && j.suite.state !== 'running')
    for (const job of finished.slice(0, Math.max(0, finished.length - keep))) this.jobs.splice(this.jobs.indexOf(job), 1)
  }
}
