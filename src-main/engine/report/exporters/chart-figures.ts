/**
 * Finding what to draw in points whose extra fields no exporter knows by name. A figure is found
 * by shape: a number, a summary (`median` + `ci95`), a `{ value, unit }`, or an object of numbers
 * (latency percentiles, CPU times), split by unit so one axis never mixes ms with bytes. Counts
 * (`count`, `operations`...) and case fields (variant, payload size) are not figures.
 * Then `buildSeries` decides what the x axis is: worker counts, payload sizes, or nothing (bars).
 */
import { runName, seriesKey } from '../../../../src-shared/python-label'
import type { Point, Run } from '../../../../src-shared/report'
import { CASE_POINT_KEYS, CORE_POINT_KEYS, caseLabel, commonCaseLeaves, describeName, pointCaseLeaves, stableStringify } from './figures'
import { EN, type ExportLocale } from './locale'

export interface FigureValue {
  y: number
  lo?: number
  hi?: number
}

export interface ExtraFigure {
  /** Where the figure sits in a point, e.g. ['latencyUs'] or ['latencyByOpUs', 'write']. */
  path: string[]
  kind: 'scalar' | 'group'
  /** Leaf names inside the figure for groups (`p50`, `userMs`); empty for scalars. */
  parts: string[]
  unit: string
}

const MAX_PARTS = 8
const MAX_FIGURES = 24
/** Counts and flags are facts, not quantities to plot next to times. */
const NOT_A_FIGURE = /^(n|count|samples|operations|cores|available)$|Count$|Measured$/

type Obj = Record<string, unknown>
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v)
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v)
const child = (v: unknown, key: string): unknown => (isObject(v) ? Object.entries(v).find(([k]) => k === key)?.[1] : undefined)

function isSummaryLike(v: unknown): boolean {
  const ci = child(v, 'ci95')
  return isNumber(child(v, 'median')) && Array.isArray(ci) && ci.length === 2 && ci.every(isNumber)
}
const isValueWithUnit = (v: unknown): boolean => isNumber(child(v, 'value')) && typeof child(v, 'unit') === 'string'

export function figureName(figure: ExtraFigure): string {
  return figure.path.join('.')
}

/** The figures one field holds, by unit (a unit given by the data wins over the field's name). */
function figuresOf(path: string[], value: unknown, depth: number): ExtraFigure[] {
  const name = path[path.length - 1] ?? ''
  const nameUnit = describeName(path[0] ?? '').unit || describeName(name).unit
  if (isNumber(value)) return NOT_A_FIGURE.test(name) ? [] : [{ path, kind: 'scalar', parts: [], unit: nameUnit }]
  if (isSummaryLike(value)) return [{ path, kind: 'scalar', parts: [], unit: nameUnit }]
  if (isValueWithUnit(value)) return [{ path, kind: 'scalar', parts: [], unit: String(child(value, 'unit')).slice(0, 20) }]
  if (!isObject(value)) return []
  const numeric = Object.entries(value).filter(([k, v]) => isNumber(v) && !NOT_A_FIGURE.test(k))
  if (numeric.length === 0) {
    if (depth >= 1) return []
    return Object.entries(value).flatMap(([k, v]) => figuresOf([...path, k], v, depth + 1))
  }
  const byUnit = new Map<string, string[]>()
  for (const [k] of numeric) {
    const unit = describeName(k).unit || nameUnit
    byUnit.set(unit, [...(byUnit.get(unit) ?? []), k].slice(0, MAX_PARTS))
  }
  return [...byUnit].map(([unit, parts]) => ({ path, kind: 'group' as const, parts, unit }))
}

const figureId = (f: ExtraFigure) => `${figureName(f)}|${f.unit}|${f.kind}`

/** Every chartable extra in these runs, in first-seen order, parts merged across points. */
export function extraFigures(runs: readonly Run[]): ExtraFigure[] {
  const found = new Map<string, ExtraFigure>()
  for (const point of runs.flatMap((r) => r.points)) {
    for (const [key, value] of Object.entries(point)) {
      if (CORE_POINT_KEYS.has(key) || CASE_POINT_KEYS.has(key)) continue
      for (const figure of figuresOf([key], value, 0)) {
        const known = found.get(figureId(figure))
        if (!known) {
          if (found.size < MAX_FIGURES) found.set(figureId(figure), figure)
          continue
        }
        for (const part of figure.parts) if (!known.parts.includes(part) && known.parts.length < MAX_PARTS) known.parts.push(part)
      }
    }
  }
  return [...found.values()]
}

/** The figure's value at a point (the part's, for groups), or null when the point lacks it. */
export function figureValue(point: Point, figure: ExtraFigure, part?: string): FigureValue | null {
  let value: unknown = point
  for (const key of figure.path) value = child(value, key)
  if (figure.kind === 'group') {
    const v = part === undefined ? undefined : child(value, part)
    return isNumber(v) ? { y: v } : null
  }
  if (isNumber(value)) return { y: value }
  const valueField = child(value, 'value')
  if (isNumber(valueField)) return { y: valueField }
  const median = child(value, 'median')
  const ci = child(value, 'ci95')
  if (isNumber(median) && Array.isArray(ci) && isNumber(ci[0]) && isNumber(ci[1])) return { y: median, lo: ci[0], hi: ci[1] }
  return null
}

export type XKind = 'workers' | 'payloadBytes' | 'none'

export interface SeriesPoint extends FigureValue {
  x: number
  workers: number
  /** What this point is when there is no x axis: its worker count. */
  label: string
  /** The point the value was read from, for charts that read more from it. */
  source: Point
}

export interface FigureSeries {
  name: string
  runtime: string
  points: SeriesPoint[]
}

interface Entry {
  run: Run
  point: Point
  value: FigureValue
}

function groupEntries(entries: Entry[], exclude: string[]): Map<string, Entry[]> {
  const groups = new Map<string, Entry[]>()
  for (const e of entries) {
    const key = `${e.run.id}\u0000${stableStringify(pointCaseLeaves(e.point, exclude))}`
    groups.set(key, [...(groups.get(key) ?? []), e])
  }
  return groups
}

const varies = (values: (number | undefined)[]) => new Set(values.filter((v) => v !== undefined)).size > 1
const payloadOf = (p: Point): number | undefined => {
  const v = child(p, 'payloadBytes')
  return isNumber(v) ? v : undefined
}

/**
 * Series of a figure: one per run and case. The x axis is the worker count when some series
 * sweeps it, else the payload size when some series sweeps that, else there is none (bars).
 */
export function buildSeries(
  runs: readonly Run[],
  valueOf: (p: Point) => FigureValue | null,
  loc: ExportLocale = EN,
): { xKind: XKind; series: FigureSeries[] } {
  const entries: Entry[] = runs.flatMap((run) =>
    run.points.flatMap((point) => {
      const value = valueOf(point)
      return value ? [{ run, point, value }] : []
    }),
  )
  const byCase = groupEntries(entries, [])
  const byCaseButPayload = groupEntries(entries, ['payloadBytes'])
  const xKind: XKind = [...byCase.values()].some((g) => varies(g.map((e) => e.point.workers)))
    ? 'workers'
    : [...byCaseButPayload.values()].some((g) => varies(g.map((e) => payloadOf(e.point))))
      ? 'payloadBytes'
      : 'none'
  const groups = xKind === 'payloadBytes' ? byCaseButPayload : byCase
  // Case fields equal on every point (e.g. one payload kind) tell no series apart: leave them out of names.
  const constant = new Set(commonCaseLeaves(entries.map((e) => e.point)).map(([k]) => k))
  // One runtime only (micro experiments): the case alone names a series, keeping labels short.
  const oneRuntime = new Set(runs.map(seriesKey)).size === 1
  const series = [...groups.values()].map((group) => {
    const first = group[0]!
    const exclude = xKind === 'payloadBytes' ? ['payloadBytes'] : []
    const label = caseLabel(pointCaseLeaves(first.point, exclude).filter(([k]) => !constant.has(k)), loc)
    return {
      // A py run's version is part of its name: two interpreters' runs of one runtime never read alike.
      name: label === '' ? runName(first.run.runtime, first.run, loc.t) : oneRuntime ? label : `${runName(first.run.runtime, first.run, loc.t)} · ${label}`,
      runtime: first.run.runtime,
      points: group.map((e) => ({
        ...e.value,
        x: xKind === 'payloadBytes' ? (payloadOf(e.point) ?? 0) : e.point.workers,
        workers: e.point.workers,
        label: `${e.point.workers}w`,
        source: e.point,
      })),
    }
  })
  return { xKind, series }
}
