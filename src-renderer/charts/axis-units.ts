/**
 * One unit per axis, chosen from the data, and the ticks drawn on it. The data are scaled into
 * that unit before Chart.js sees them, so the axis title ("Latency (ms)") and every tick label
 * ("0.5", "1", "1.5") speak the same unit: no "µs" title over "ms" ticks, and no unit repeated
 * in each tick label, which is what made neighbouring labels run into each other.
 * Pure: unit-tested without a browser.
 */

export type TimeUnit = 'ns' | 'µs' | 'ms' | 's'
export type ByteUnit = 'B' | 'KiB' | 'MiB' | 'GiB'

export interface AxisUnit<U extends string> {
  unit: U
  /** Multiply a value in the base unit (ms, or bytes) by this to get it in `unit`. */
  scale: number
}

const TIME_UNITS: ReadonlyArray<AxisUnit<TimeUnit>> = [
  { unit: 'ns', scale: 1e6 },
  { unit: 'µs', scale: 1e3 },
  { unit: 'ms', scale: 1 },
  { unit: 's', scale: 1e-3 },
]

/**
 * The unit in which the axis's largest value reads between 1 and 1000 (ms-based: 0.25 ms -> µs).
 * The largest value decides, not the smallest: ticks "0.2, 0.4 ... 1.6 ms" beat "200 ... 1,600 µs".
 */
export function timeUnitFor(valuesMs: readonly number[]): AxisUnit<TimeUnit> {
  const max = Math.max(0, ...valuesMs.filter(Number.isFinite).map(Math.abs))
  if (max === 0) return TIME_UNITS[2]!
  for (const u of [...TIME_UNITS].reverse()) if (max * u.scale >= 1) return u
  return TIME_UNITS[0]!
}

const BYTE_UNITS: ReadonlyArray<AxisUnit<ByteUnit>> = [
  { unit: 'B', scale: 1 },
  { unit: 'KiB', scale: 1 / 1024 },
  { unit: 'MiB', scale: 1 / 1024 ** 2 },
  { unit: 'GiB', scale: 1 / 1024 ** 3 },
]

/** The binary unit in which the largest value reads as at least 1 (memory: MiB, not 4.77e6 B). */
export function byteUnitFor(valuesBytes: readonly number[]): AxisUnit<ByteUnit> {
  const max = Math.max(0, ...valuesBytes.filter(Number.isFinite).map(Math.abs))
  for (const u of [...BYTE_UNITS].reverse()) if (max * u.scale >= 1) return u
  return BYTE_UNITS[0]!
}

function niceNumber(range: number, round: boolean): number {
  const exponent = Math.floor(Math.log10(range))
  const fraction = range / 10 ** exponent
  const nice = round ? (fraction < 1.5 ? 1 : fraction < 3 ? 2 : fraction < 7 ? 5 : 10) : fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10
  return nice * 10 ** exponent
}

/** Round ticks (1, 2 or 5 times a power of ten apart) covering [min, max], about `count` of them. */
export function niceLinearTicks(min: number, max: number, count = 6): number[] {
  if (!(Number.isFinite(min) && Number.isFinite(max))) return [0, 1]
  if (max <= min) return max === 0 ? [0, 1] : niceLinearTicks(Math.min(0, min), Math.max(0, max) || 1, count)
  const step = niceNumber(niceNumber(max - min, false) / (count - 1), true)
  const ticks: number[] = []
  for (let t = Math.floor(min / step) * step; t <= Math.ceil(max / step) * step + step / 2; t += step) ticks.push(Number(t.toPrecision(12)))
  return ticks
}

/**
 * Ticks of a log axis: the powers of ten, with 2 and 5 between them when the axis spans fewer
 * than three decades, and at least two ticks (the ends, rounded) when it spans less than one.
 */
export function niceLogTicks(min: number, max: number): number[] {
  if (!(min > 0 && max >= min)) return []
  const decades = Math.log10(max / min)
  const mantissas = decades < 3 ? [1, 2, 5] : [1]
  const ticks: number[] = []
  for (let e = Math.floor(Math.log10(min)); e <= Math.ceil(Math.log10(max)); e++) {
    for (const m of mantissas) {
      const v = Number((m * 10 ** e).toPrecision(12))
      if (v >= min * (1 - 1e-9) && v <= max * (1 + 1e-9)) ticks.push(v)
    }
  }
  if (ticks.length >= 2) return ticks
  const round = (v: number) => Number(v.toPrecision(2))
  return [...new Set([round(min), ...ticks, round(max)])].sort((a, b) => a - b)
}

/**
 * Keeps ticks whose labels do not collide: drops a tick closer than `minGapPx` to the last kept
 * one. `position` maps a tick value to its pixel on the axis.
 */
export function spacedTicks(ticks: readonly number[], position: (v: number) => number, minGapPx: number): number[] {
  const kept: number[] = []
  for (const t of ticks) {
    const last = kept[kept.length - 1]
    if (last === undefined || Math.abs(position(t) - position(last)) >= minGapPx) kept.push(t)
  }
  return kept
}

/** A size on an axis: "64 B", "4 KiB", "1.5 MiB" (no "4.00 KiB": tick labels carry no padding). */
export function sizeLabel(bytes: number, format: (n: number) => string): string {
  const u = byteUnitFor([bytes])
  return `${format(Number((bytes * u.scale).toPrecision(3)))} ${u.unit}`
}
