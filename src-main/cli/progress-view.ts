/**
 * Shows a suite's progress on stderr (stdout stays clean for --json): a live bar on a terminal,
 * one line per finished point otherwise (CI logs, pipes). In the command's language.
 */
import cliProgress from 'cli-progress'
import type { RunEvent } from '../../src-shared/events'
import { assertNever } from '../../src-shared/protocol'
import { ENGLISH, type Wording, formatMs, formatRatio } from '../engine/report/text/columns'
import { microPointLine } from '../engine/report/text/micro-sections'
import { runLabel, runtimeName } from '../engine/report/text/run-label'
import { shownText } from '../../src-shared/engine-message'

export function createProgressView(stream: NodeJS.WriteStream, quiet: boolean, w: Wording = ENGLISH): { onEvent(event: RunEvent): void; stop(): void } {
  if (quiet) return { onEvent: () => undefined, stop: () => undefined }
  const { t, locale } = w
  const live = stream.isTTY === true
  const bar = live
    ? new cliProgress.SingleBar(
        // {bar}, {percentage}, {phase} and {eta_formatted} are cli-progress's own placeholders.
        { stream, format: ` {bar} {percentage}% | {phase} | ${t('cli.progress.eta')} {eta_formatted}`, hideCursor: true, clearOnComplete: true },
        cliProgress.Presets.shades_classic,
      )
    : undefined
  const runtimes = new Map<string, string>()
  const workloads = new Map<string, string>()
  const log = (line: string) => (bar ? bar.update({ phase: line }) : stream.write(`${line}\n`))
  return {
    onEvent(event) {
      switch (event.type) {
        case 'suite-started':
          bar?.start(event.totalUnits, 0, { phase: t('cli.progress.starting') })
          return
        case 'run-started': {
          const runtime = runtimeName(event.runtime, w)
          runtimes.set(event.runId, `${event.workload}/${runtime}`)
          workloads.set(event.runId, event.workload)
          if (!bar) log(t('cli.progress.runStarted', { workload: event.workload, title: t(`workloads.${event.workload}.title`), runtime }))
          return
        }
        case 'progress': {
          const p = event.progress
          const phase = t(`cli.progress.phases.${p.phase}`)
          bar?.update(p.done, { phase: t('cli.progress.live', { workload: p.workload, runtime: runtimeName(p.runtime, w), workers: p.workers, phase, repetition: p.repetition, repetitions: p.repetitions }) })
          return
        }
        case 'point': {
          if (bar) return
          const p = event.point
          const line = microPointLine(p, w, workloads.get(event.runId)) ?? t('cli.progress.point', { workers: p.workers, median: formatMs(p.stats.median, locale), speedup: formatRatio(p.speedup, locale) })
          log(`  ${runtimes.get(event.runId)} ${line}`)
          return
        }
        case 'lanes':
          // A terminal has no room for a live timeline: the table after the run says what it found.
          return
        case 'run-finished':
          if (!bar && event.run.status !== 'completed') log(`  ${t('cli.progress.runEnded', { runtime: runLabel(event.run, w), status: t(`cli.outcomes.${event.run.status}`), error: shownText(t, event.run.error ?? '', event.run.errorMessage) })}`)
          return
        case 'suite-finished':
        case 'suite-failed':
          bar?.stop()
          return
        default:
          assertNever(event, 'run event')
      }
    },
    stop: () => bar?.stop(),
  }
}
