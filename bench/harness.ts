/**
 * Interleaved A/B timing of the lab's code against a hand-written baseline; the ratio of the
 * medians of single-operation times is the figure.
 */
import { median } from 'simple-statistics'

export interface Comparison {
  name: string
  labMedianUs: number
  baselineMedianUs: number
  ratio: number
}

/**
 * Alternates single operations (lab, baseline, lab, baseline…) and times each one, so both see
 * the same machine from one microsecond to the next. On a shared VM a round trip's cost swings by
 * 2-3x from one second to the next (wake-up latency of an idle core); alternating whole batches
 * measured those swings, not the harness.
 */
export async function compare(
  name: string,
  lab: () => Promise<unknown>,
  baseline: () => Promise<unknown>,
  { operations = 4000, warmup = 300 } = {},
): Promise<Comparison> {
  const labTimes: number[] = []
  const baseTimes: number[] = []
  for (let i = 0; i < operations + warmup; i++) {
    // Swap which goes first each time so neither always follows the other.
    const labFirst = i % 2 === 0
    const first = labFirst ? lab : baseline
    const second = labFirst ? baseline : lab
    const t0 = performance.now()
    await first()
    const t1 = performance.now()
    await second()
    const t2 = performance.now()
    if (i < warmup) continue
    labTimes.push(((labFirst ? t1 - t0 : t2 - t1) * 1000))
    baseTimes.push(((labFirst ? t2 - t1 : t1 - t0) * 1000))
  }
  const labMedianUs = median(labTimes)
  const baselineMedianUs = median(baseTimes)
  return { name, labMedianUs, baselineMedianUs, ratio: labMedianUs / baselineMedianUs }
}

export function printComparisons(title: string, rows: Comparison[], goal = 1.1): void {
  const lines = rows.map(
    (r) =>
      `  ${r.name.padEnd(34)} lab ${r.labMedianUs.toFixed(1).padStart(9)} µs   baseline ${r.baselineMedianUs.toFixed(1).padStart(9)} µs   ratio ${r.ratio.toFixed(3)} ${r.ratio <= goal ? '✓' : `(above the ${goal.toFixed(2)} goal)`}`,
  )
  console.log(`\n${title}\n${lines.join('\n')}\n`)
}
