/**
 * Colours for charts, chosen per theme so lines keep their contrast on both backgrounds. One
 * colour per runtime everywhere in the app, so "orange = process" holds from chart to chart.
 */
export interface ChartPalette {
  text: string
  grid: string
  ideal: string
  series: string[]
  runtime: Record<string, string>
}

export const LIGHT: ChartPalette = {
  text: '#1f2328',
  grid: 'rgba(31, 35, 40, 0.12)',
  ideal: '#6e7781',
  series: ['#0969da', '#bc4c00', '#1a7f37', '#8250df', '#bf3989', '#116329', '#953800', '#0550ae'],
  runtime: { main: '#57606a', thread: '#0969da', process: '#bc4c00', utility: '#8250df' },
}

export const DARK: ChartPalette = {
  text: '#e6edf3',
  grid: 'rgba(230, 237, 243, 0.14)',
  ideal: '#8b949e',
  series: ['#58a6ff', '#ffa657', '#3fb950', '#d2a8ff', '#ff7b72', '#56d364', '#f0883e', '#79c0ff'],
  runtime: { main: '#b1bac4', thread: '#58a6ff', process: '#ffa657', utility: '#d2a8ff' },
}

export function runtimeColor(palette: ChartPalette, runtime: string, index = 0): string {
  return palette.runtime[runtime] ?? palette.series[index % palette.series.length]!
}
