/**
 * How each runtime looks on every chart, in the app and in the exported SVG: one colour, one
 * marker and one line dash, so "orange squares = child processes" holds from chart to chart and
 * from the screen to the HTML report. A runtime is told apart by two cues besides its colour
 * (marker and dash), so a colour-blind reader or a greyscale print still sees which line is which.
 * Colours are Okabe–Ito (light backgrounds) with lighter twins for the dark theme.
 */
import type { RuntimeName } from './runtime-names'

/** The point shapes both Chart.js and our SVG exporter can draw. */
export type RuntimeMarker = 'circle' | 'rect' | 'triangle' | 'rectRot' | 'crossRot'

export interface RuntimeStyle {
  light: string
  dark: string
  marker: RuntimeMarker
  /** Line dash in px (on, off, ...); empty for a solid line. */
  dash: readonly number[]
}

export const RUNTIME_STYLE = {
  main: { light: '#555555', dark: '#b1bac4', marker: 'crossRot', dash: [] },
  'main-async': { light: '#CC79A7', dark: '#e7a6cc', marker: 'rectRot', dash: [3, 3] },
  thread: { light: '#0072B2', dark: '#56B4E9', marker: 'circle', dash: [] },
  process: { light: '#D55E00', dark: '#ff9a4d', marker: 'rect', dash: [8, 4] },
  utility: { light: '#009E73', dark: '#3fd1a6', marker: 'triangle', dash: [12, 3, 2, 3] },
  // CPython: the marker of its Node counterpart (circle = threads, square = processes), a colour
  // of its own and a dotted line, so "dotted = Python" holds on every chart.
  'py-thread': { light: '#117733', dark: '#5cc98a', marker: 'circle', dash: [2, 3] },
  'py-process': { light: '#CC6677', dark: '#eba3af', marker: 'rect', dash: [2, 3] },
  'py-async': { light: '#6B4C9A', dark: '#b9a2dc', marker: 'rectRot', dash: [2, 3] },
} as const satisfies Record<RuntimeName, RuntimeStyle>

/**
 * Colours for series that are not a runtime (machines on Compare, parts of a figure): none of
 * them is a runtime's colour, so blue keeps meaning "worker threads" wherever it appears.
 */
export const OTHER_COLORS = ['#E69F00', '#56B4E9', '#882255', '#44AA99', '#332288', '#999933', '#000000', '#AA4499'] as const

/** Variants of one runtime's colour (its IPC mechanisms): darker and lighter in turn, hue kept. */
export function shadeOf(hex: string, index: number): string {
  if (index === 0) return hex
  const amount = (Math.ceil(index / 2) * 0.28) * (index % 2 === 1 ? -1 : 1)
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16)
    const next = amount < 0 ? c * (1 + amount) : c + (255 - c) * amount
    return Math.round(Math.min(255, Math.max(0, next))).toString(16).padStart(2, '0')
  }
  return `#${channel(0)}${channel(1)}${channel(2)}`
}

export function isStyledRuntime(name: string): name is RuntimeName {
  return Object.hasOwn(RUNTIME_STYLE, name)
}

export function runtimeStyle(name: string): RuntimeStyle | null {
  return isStyledRuntime(name) ? RUNTIME_STYLE[name] : null
}
