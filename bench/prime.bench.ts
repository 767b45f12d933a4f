/**
 * Issue 14's benchmark: the prime kernel's pi(10^9) on one thread against `primesieve` (Debian
 * package `primesieve`, the state of the art) when it is installed, and against the kernel as it
 * was before the wheel sieve (bench/baselines/prime-v1.ts), in the same run. Goal: at most 5x
 * primesieve's time.
 */
import { spawnSync } from 'node:child_process'
import { loadavg } from 'node:os'
import { median } from 'simple-statistics'
import { expect, it } from 'vitest'
import { countPrimes } from '../src-workers/kernels/prime'
import { countPrimes as countPrimesV1 } from './baselines/prime-v1'

const HI = 1e9
const PI_HI = 50_847_534
const ROUNDS = 7

const load = () => loadavg().map((x) => x.toFixed(2)).join(' ')

function timeMs(run: () => unknown): number {
  const t0 = performance.now()
  run()
  return performance.now() - t0
}

/** Runs primesieve on one thread; its count, or null when it is not installed or fails. */
function primesieve(stop: number): { count: number; ms: number } | null {
  const t0 = performance.now()
  const child = spawnSync('primesieve', [String(stop), '--count', '--threads=1', '--quiet'], { encoding: 'utf8', timeout: 60_000 })
  const ms = performance.now() - t0
  if (child.status !== 0) return null
  return { count: Number(child.stdout.trim()), ms }
}

/** Alternates the two sides over rounds (who goes first swaps), after one warm-up each. */
function alternate(lab: () => number, baseline: () => number): { lab: number[]; baseline: number[] } {
  lab()
  baseline()
  const times = { lab: [] as number[], baseline: [] as number[] }
  for (let round = 0; round < ROUNDS; round++) {
    if (round % 2 === 0) {
      times.lab.push(lab())
      times.baseline.push(baseline())
    } else {
      times.baseline.push(baseline())
      times.lab.push(lab())
    }
  }
  return times
}

/** Prints the medians (ms: these runs take 0.1-2 s) and their ratio, kernel / baseline. */
function printRatio(title: string, name: string, labMs: number[], baselineMs: number[], goal: number, startupMs = 0): void {
  const lab = median(labMs)
  const baseline = median(baselineMs) - startupMs
  const ratio = lab / baseline
  const verdict = ratio <= goal ? '✓' : `(above the ${goal} goal)`
  console.log(`\n${title}\n  ${name.padEnd(34)} kernel ${lab.toFixed(0).padStart(6)} ms   baseline ${baseline.toFixed(0).padStart(6)} ms   ratio ${ratio.toFixed(2)} ${verdict}\n`)
}

const kernel = () => timeMs(() => expect(countPrimes(0, HI, 'sieve')).toBe(PI_HI))

it('prime kernel pi(1e9) on one thread vs primesieve and vs the previous kernel', () => {
  console.log(`\nLoad average at start: ${load()} (1, 5, 15 min)`)
  if (primesieve(10) === null) {
    console.log('primesieve is not installed (Debian: apt-get install primesieve): comparing with the previous kernel only.')
  } else {
    // Process start-up, measured the same way and subtracted: primesieve's own work is the figure.
    const startup = median(Array.from({ length: 2 * ROUNDS }, () => primesieve(10)!.ms))
    const times = alternate(kernel, () => {
      const run = primesieve(HI)
      if (run === null || run.count !== PI_HI) throw new Error(`primesieve counted ${run?.count} primes below 1e9, not ${PI_HI}`)
      return run.ms
    })
    printRatio(
      `Prime kernel vs primesieve, ${ROUNDS} rounds, medians, primesieve minus its ${startup.toFixed(1)} ms process start-up (goal: ratio <= 5)`,
      'pi(1e9): kernel / primesieve -t1',
      times.lab,
      times.baseline,
      5,
      startup,
    )
  }
  const times = alternate(kernel, () => timeMs(() => expect(countPrimesV1(0, HI, 'sieve')).toBe(PI_HI)))
  printRatio(`Prime kernel vs the previous kernel (bench/baselines/prime-v1.ts), ${ROUNDS} rounds, medians (goal: faster)`, 'pi(1e9): kernel / previous kernel', times.lab, times.baseline, 1)
  console.log(`Load average at end: ${load()}`)
})
