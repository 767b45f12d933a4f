/**
 * The harness's own cost (hyperfine `time_overhead`): the round trip of an empty task through
 * the same kind of executor the workload uses. Reported next to every workload figure, so a
 * reader can tell how much of a small chunk's time is the lab rather than the work.
 */
import type { Summary } from '../../../src-shared/report'
import type { TaskExecutor } from '../executor'
import { summarize } from '../stats/summary'

export const OVERHEAD_WARMUP_TASKS = 20
export const OVERHEAD_SAMPLE_TASKS = 200

/** Sequential empty tasks on one executor; the summary is in microseconds per round trip. */
export async function measureOverhead(executor: TaskExecutor, signal: AbortSignal): Promise<Summary> {
  for (let i = 0; i < OVERHEAD_WARMUP_TASKS; i++) await executor.run({ kind: 'empty' }, signal)
  const samplesUs: number[] = []
  for (let i = 0; i < OVERHEAD_SAMPLE_TASKS; i++) {
    const outcome = await executor.run({ kind: 'empty' }, signal)
    samplesUs.push(outcome.roundTripMs * 1000)
  }
  return summarize(samplesUs)
}
