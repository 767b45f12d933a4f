/**
 * Folds the switch counts of a measurement's participants into the report's figure: per-thread
 * counts summed over the workers that did the work; per-process counts from the engine for
 * threads (they all live in its process, so summing their views would count it several times)
 * and summed over the children for processes.
 */
import type { SwitchCount } from '../../../../src-shared/protocol'
import type { SwitchCountsFigure } from '../../../../src-shared/micro-report'
import { diffCount, readProcessCount, readThreadCount, sumCounts, systemCounterSource, type CounterSource } from '../../../../src-workers/kernels/switch-counters'
import { RUNTIME_TRAITS, type WorkerRuntimeName } from '../../../../src-shared/runtime-traits'

export function combineSwitches(
  runtime: WorkerRuntimeName,
  tasks: { thread: readonly SwitchCount[]; process: readonly SwitchCount[] },
  engineProcess: SwitchCount,
): SwitchCountsFigure {
  return { thread: sumCounts(tasks.thread), process: RUNTIME_TRAITS[runtime].inEngineProcess ? engineProcess : sumCounts(tasks.process) }
}

/** Starts counting the engine's own switches; the returned function gives the deltas so far. */
export function engineCounter(source: CounterSource = systemCounterSource): () => { thread: SwitchCount; process: SwitchCount } {
  const thread = readThreadCount(source)
  const own = readProcessCount(source)
  return () => ({ thread: diffCount(thread, readThreadCount(source)), process: diffCount(own, readProcessCount(source)) })
}
