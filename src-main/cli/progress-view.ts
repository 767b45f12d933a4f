/**
 * Shows a suite's progress on stderr (stdout stays clean for --json): a live bar on a terminal,
 * one line per finished point otherwise (CI logs, pipes).
 */
import cliProgress from 'cli-progress'
import type { RunEvent } from '../../src-shared/events'
import { assertNever } from '../../src-shared/protocol'
import { formatMs, formatRatio } from '../engine/report/text/columns'
import { microPointLine } from '../engine/report/text/micro-sections'

export function createProgressView(stream: NodeJS.WriteStream, quiet: boolean): { onEvent(event: RunEvent): void; stop(): void } {
  if (quiet) return { onEvent: () => undefined, stop: () => undefined }
  const live = stream.isTTY === true
  const bar = live
    ? new cliProgress.SingleBar(
        { stream, format: ' {bar} {percentage}% | {phase} | ETA {eta_formatted}', hideCursor: true, clearOnComplete: true },
        cliProgress.Presets.shades_classic,
      )
    : undefined
  const runtimes = new Map<string, string>()
  const log = (line: string) => (bar ? bar.update({ phase: line }) : stream.write(`${line}\n`))
  return {
    onEvent(event) {
      switch (event.type) {
        case 'suite-started':
          bar?.start(event.totalUnits, 0, { phase: 'starting' })
          return
        case 'run-started':
          runtimes.set(event.runId, `${event.workload}/${event.runtime}`)
          if (!bar) log(`▶ ${event.workload} on ${event.runtime}`)
          return
        case 'progress': {
          const p = event.progress
          bar?.update(p.done, { phase: `${p.workload}/${p.runtime} ${p.workers}w ${p.phase} ${p.repetition}/${p.repetitions}` })
          return
        }
        case 'point':
          if (!bar) log(`  ${runtimes.get(event.runId)} ${microPointLine(event.point) ?? `${event.point.workers} worker(s): median ${formatMs(event.point.stats.median)}, speedup ${formatRatio(event.point.speedup)}`}`)
          return
        case 'run-finished':
          if (!bar && event.run.status !== 'completed') log(`  ${event.run.runtime}: ${event.run.status} ${event.run.error ?? ''}`)
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
