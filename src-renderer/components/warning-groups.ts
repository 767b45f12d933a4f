/**
 * A report's warnings as the app lists them: one entry per kind, its explanation once, then the
 * places it applies (which runtime, at how many workers), like the CLI's warning section
 * (src-main/engine/report/text/warnings-text.ts). Repeating the same paragraph for every run
 * buries the figures under text nobody reads, and a warning that names no runtime says nothing.
 */
import type { ReportWarning } from '../../src-shared/report'

export interface WarningPlace {
  /** Null for a warning about the whole suite (or the machine). */
  runtime: string | null
  workers: number | null
}

export interface WarningGroup {
  code: string
  /** The first warning of its kind: its message is the explanation shown. */
  first: ReportWarning
  places: WarningPlace[]
}

export function groupWarnings(warnings: readonly ReportWarning[], runs: readonly { id: string; runtime: string }[]): WarningGroup[] {
  const groups = new Map<string, WarningGroup>()
  for (const warning of warnings) {
    const runtime = runs.find((r) => r.id === warning.runId)?.runtime ?? null
    const place = { runtime, workers: warning.workers ?? null }
    const group = groups.get(warning.code)
    if (!group) groups.set(warning.code, { code: warning.code, first: warning, places: [place] })
    else if (!group.places.some((p) => p.runtime === place.runtime && p.workers === place.workers)) group.places.push(place)
  }
  return [...groups.values()]
}
