/**
 * The shape of a machine comparison (several reports side by side, ratios against a baseline
 * machine). Types only, shared by the engine that builds it (src-main/engine/report/compare.ts),
 * the CLI and exporters that print it, and the renderer that draws it through `LabApi`.
 */
import type { RuntimeName, WorkloadName, WorkloadOptions } from './config'
import type { Machine, RunStatus } from './report'
import type { ClaimId } from './claims/claim-ids'
import type { ClaimVerdict } from './claims/claim-verdict'

/** A flattened setting or option value, as it appears in a report (`key = value`). */
export type ComparisonLeaf = string | number | boolean | null

export type BaselineChoice = { index: number } | { label: string }

export interface ComparedMachine {
  index: number
  /** Unique among the compared machines: the report label, else host name, else file name. */
  label: string
  source: string
  machine: Machine
  createdAt: string
  migratedFrom: number | null
}

export interface MachineSignificance {
  verdict: 'faster' | 'slower' | 'no-clear-difference' | 'too-few-repetitions'
  pAdjusted: number
  /** Hodges-Lehmann ratio of this machine's time over the baseline's (below 1: faster). */
  ratio: number
  nA: number
  nB: number
}

export type ComparisonCell =
  | {
      state: 'measured'
      runId: string
      runStatus: RunStatus
      medianMs: number
      ci95: [number, number]
      n: number
      /** The machine's own speedup against its 1-worker point. */
      speedup: number | null
      checkOk: boolean
      /** Baseline time / this time: above 1 this machine was faster. Null on the baseline itself or without a comparable baseline. */
      relative: number | null
      /** Bootstrap interval of the ratio of medians; null below 5 repetitions on either machine. */
      relativeCi95: [number, number] | null
      /** Why `relative` is null, when it is. */
      noRelative?: 'is-baseline' | 'baseline-not-measured' | 'check-failed'
      /**
       * This machine's times against the baseline's at this point: a Mann-Whitney U test, Holm-
       * corrected over every such test of the comparison, and its verdict ("faster" = this
       * machine took less time).
       */
      significance?: MachineSignificance
    }
  /** `no-run`: nothing of this workload on this runtime; `other-settings`: measured, but with different settings (see mismatches); `no-point`: this worker count or case is missing. */
  | { state: 'not-measured'; why: 'no-run' | 'other-settings' | 'no-point' }

export interface ComparisonRow {
  workers: number
  /** The point's case (variant, payload size...), empty for sweep points. */
  caseLabel: string
  cells: ComparisonCell[]
}

/** Runs that measured the same thing on several machines. */
export interface ComparisonGroup {
  key: string
  workload: WorkloadName
  runtime: RuntimeName
  /** A py runtime's interpreter version: runs of two interpreters are two groups, never mixed. */
  python?: string
  config: WorkloadOptions
  /** The settings every run of the group shares, as `key = value` leaves. */
  settings: [string, ComparisonLeaf][]
  /** Case fields every point of the group shares (left out of the rows' case labels). */
  commonCase: string
  rows: ComparisonRow[]
}

/** One workload/runtime measured under different settings on different machines. */
export interface ComparisonMismatch {
  workload: WorkloadName
  runtime: RuntimeName
  python?: string
  /** Each differing field with each machine's value(s); null where the machine did not run it. */
  fields: { field: string; values: (string | null)[] }[]
}

export interface MachineSummary {
  /** Geometric mean of `relative` over the points compared with the baseline; null when none. */
  geomeanRelative: number | null
  comparedPoints: number
}

export interface Comparison {
  machines: ComparedMachine[]
  baselineIndex: number
  groups: ComparisonGroup[]
  mismatches: ComparisonMismatch[]
  summaries: MachineSummary[]
  /** Facts that qualify the whole comparison: lab or Node versions differ, files were migrated... */
  notes: string[]
  /** Claims x machines (issue 18): each machine's verdict, null where it did not settle the claim; absent when no report has claims. */
  claims?: ComparisonClaimRow[]
}

export interface ComparisonClaimRow {
  claim: ClaimId
  /** One per machine, in the machines' order. */
  verdicts: (ClaimVerdict | null)[]
  /** The machines that settled it disagree: a finding worth showing. */
  differs: boolean
}
