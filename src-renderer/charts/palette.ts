/**
 * Colours for charts, chosen per theme so lines keep their contrast on both backgrounds. Each
 * runtime's colour, marker and dash come from src-shared/runtime-style.ts, the table the SVG
 * exporter reads too: "orange squares = child processes" holds from chart to chart and from
 * the app to an exported report.
 */
import { OTHER_COLORS, runtimeStyle, type RuntimeMarker } from '../../src-shared/runtime-style'

export interface ChartPalette {
  dark: boolean
  text: string
  grid: string
  ideal: string
  /** Colours of series that are not runtimes (machines on Compare, parts of a figure). */
  series: readonly string[]
}

export const LIGHT: ChartPalette = {
  dark: false,
  text: '#1f2328',
  grid: 'rgba(31, 35, 40, 0.12)',
  ideal: '#6e7781',
  series: OTHER_COLORS,
}

export const DARK: ChartPalette = {
  dark: true,
  text: '#e6edf3',
  grid: 'rgba(230, 237, 243, 0.14)',
  ideal: '#8b949e',
  series: ['#f2b84b', '#7fcdf5', '#d36b9b', '#6cc7b8', '#8f84d9', '#c9c86a', '#e6edf3', '#d27fc8'],
}

/** A runtime's colour in this theme; a name that is not a runtime gets the index-th other colour. */
export function runtimeColor(palette: ChartPalette, runtime: string, index = 0): string {
  const style = runtimeStyle(runtime)
  if (style) return palette.dark ? style.dark : style.light
  return palette.series[index % palette.series.length]!
}

export interface RuntimeLook {
  borderColor: string
  backgroundColor: string
  pointStyle: RuntimeMarker
  borderDash: number[]
}

/** The Chart.js dataset fields that make a runtime's line look the same on every chart. */
export function runtimeLook(palette: ChartPalette, runtime: string, index = 0): RuntimeLook {
  const color = runtimeColor(palette, runtime, index)
  const style = runtimeStyle(runtime)
  return { borderColor: color, backgroundColor: color, pointStyle: style?.marker ?? 'circle', borderDash: [...(style?.dash ?? [])] }
}
