/**
 * Interleaved A/B timing: rounds alternate between the lab's code and the hand-written baseline,
 * so drift (thermal, other load) hits both alike; the ratio of medians is the figure.
 */
import { median } from 'simple-statistics'

export interface Comparison {
  name: string
  labMedianUs: number
  baselineMedianUs: number
  ratio: number
}

/** Runs `op` `batch` times sequentially and returns the mean microseconds per operation. */
async function timeBatch(op: () => Promise<unknown>, batch: number): Promise<number> {
  const t0 = performance.now()
  for (let i = 0; i < batch; i++) await op()
  return ((performance.now() - t0) * 1000) / batch
}

export async function compare(
  name: string,
  lab: () => Promise<unknown>,
  baseline: () => Promise<unknown>,
  { rounds = 15, batch = 300, warmup = 2 } = {},
): Promise<Comparison> {
  const labTimes: number[] = []
  const baseTimes: number[] = []
  for (let round = 0; round < rounds + warmup; round++) {
    // Alternate which goes first so neither always follows the other's garbage.
    const order = round % 2 === 0 ? [lab, baseline] : [baseline, lab]
    const [first, second] = [await timeBatch(order[0]!, batch), await timeBatch(order[1]!, batch)]
    if (round < warmup) continue
    labTimes.push(order[0] === lab ? first : second)
    baseTimes.push(order[0] === lab ? second : first)
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
