/**
 * A suite: one or more run configurations, each swept over its runtimes, folded into one report.
 * The front doors (CLI, Electron shell, web server) all call `runSuite`; cancel is the signal.
 * A cancelled suite still resolves, with what was measured and the interrupted run `aborted`.
 */
import { randomUUID } from 'node:crypto'
import { setMaxListeners } from 'node:events'
import { type RunConfig, type RunConfigInput, RunConfigSchema, type RuntimeName, describeZodError } from '../../src-shared/config'
import type { RunEvent } from '../../src-shared/events'
import { REPORT_SCHEMA_ID, REPORT_VERSION, type Report, type ReportWarning, type Run } from '../../src-shared/report'
import { type RuntimeDeps, executorFactory } from './executors'
import { ProgressTracker } from './experiments/progress'
import { createExperiment } from './experiments/registry'
import { runSweep, sweepUnits } from './experiments/sweep'
import { resolveWorkerCounts } from './experiments/worker-counts'
import type { CustomExperiment, Experiment, SweepWorkload } from './experiments/workload'
import { type Clock, systemClock } from './measure/clock'
import { describeMachine } from './measure/machine'
import { collectWarnings } from './report/warnings'
import { toError } from './runtimes/errors'

export interface SuiteOptions {
  signal?: AbortSignal
  onEvent?: (event: RunEvent) => void
  clock?: Clock
  label?: string
  utilityFork?: RuntimeDeps['utilityFork']
  /** Electron and Chrome versions when the engine runs inside the app. */
  machineExtra?: { electron?: string; chrome?: string }
}

export class ConfigError extends Error {
  override name = 'ConfigError'
}

export function parseRunConfigs(inputs: RunConfigInput[]): RunConfig[] {
  if (!Array.isArray(inputs) || inputs.length === 0) throw new ConfigError('Nothing to run: give at least one run configuration')
  return inputs.map((input, index) => {
    const parsed = RunConfigSchema.safeParse(input)
    if (!parsed.success) throw new ConfigError(`Run ${index + 1}: ${describeZodError(parsed.error)}`)
    return parsed.data
  })
}

/** The main-thread baseline runs first so that every other point can be compared with it. */
function orderRuntimes(runtimes: RuntimeName[]): RuntimeName[] {
  return [...runtimes].sort((a, b) => Number(b === 'main') - Number(a === 'main'))
}

interface Plan {
  config: RunConfig
  experiment: Experiment
  runtimes: RuntimeName[]
  counts: number[]
}

const countsFor = (runtime: RuntimeName, counts: number[]) => (runtime === 'main' ? [1] : counts)

function planUnits(plan: Plan): number {
  if (plan.experiment.kind === 'custom') return plan.experiment.experiment.units(plan.runtimes)
  return plan.runtimes.reduce((sum, runtime) => sum + sweepUnits(plan.config, countsFor(runtime, plan.counts)), 0)
}

export async function runSuite(inputs: RunConfigInput[], options: SuiteOptions = {}): Promise<Report> {
  const configs = parseRunConfigs(inputs)
  const clock = options.clock ?? systemClock
  const signal = options.signal ?? new AbortController().signal
  // Every queued task listens for the cancel; a sweep of many chunks is not a listener leak.
  setMaxListeners(0, signal)
  const emit = options.onEvent ?? (() => undefined)
  const machine = describeMachine(options.machineExtra)
  const cores = machine.availableParallelism
  const suiteId = randomUUID()
  const createdAt = new Date(clock.epochMs()).toISOString()
  const runtimeDeps: RuntimeDeps = { clock, ...(options.utilityFork ? { utilityFork: options.utilityFork } : {}) }

  const plans: Plan[] = configs.map((config) => ({
    config,
    experiment: createExperiment(config.workload),
    runtimes: orderRuntimes(config.runtimes),
    counts: resolveWorkerCounts(config.workers, cores),
  }))
  const totalUnits = plans.reduce((sum, plan) => sum + planUnits(plan), 0)
  emit({ type: 'suite-started', suiteId, totalUnits })
  const progress = new ProgressTracker(totalUnits, clock, (p) => emit({ type: 'progress', progress: p }))
  const newRunId = (workload: string, runtime: RuntimeName) => `${workload}-${runtime}-${randomUUID().slice(0, 8)}`

  const runs: Run[] = []
  for (const plan of plans) {
    if (signal.aborted) break
    const createExecutor = executorFactory(plan.config, runtimeDeps)
    if (plan.experiment.kind === 'custom') {
      const experiment = plan.experiment.experiment
      const done = await runCustomQuietly(experiment, plan, clock, newRunId, {
        config: plan.config,
        runtimes: plan.runtimes,
        workerCounts: plan.counts,
        logicalCores: cores,
        clock,
        signal,
        progress,
        createExecutor,
        runtimeDeps,
        newRunId: (runtime) => newRunId(experiment.name, runtime),
        emit,
      })
      runs.push(...done)
      continue
    }
    const firstRunOfPlan = runs.length
    const workload = plan.experiment.workload
    try {
      const prepareError = await prepareQuietly(workload, signal)
      if (signal.aborted) break
      if (prepareError) {
        // A workload that cannot be prepared (no disk space, server down) fails each of its runs.
        for (const runtime of plan.runtimes) {
          runs.push(failedRun(workload, runtime, plan.config, `Could not prepare the workload: ${prepareError}`, clock, newRunId(workload.name, runtime)))
        }
        continue
      }
      let baselineMedianMs: number | undefined
      for (const runtime of plan.runtimes) {
        if (signal.aborted) break
        const runId = newRunId(workload.name, runtime)
        emit({ type: 'run-started', runId, workload: workload.name, runtime })
        const run = await runSweep(workload, {
          runId,
          runtime,
          workerCounts: countsFor(runtime, plan.counts),
          config: plan.config,
          logicalCores: cores,
          clock,
          signal,
          progress,
          createExecutor,
          onPoint: (point) => emit({ type: 'point', runId, point }),
          baselineMedianMs,
        })
        if (runtime === 'main' && run.points[0]) baselineMedianMs = run.points[0].stats.median
        runs.push(run)
        emit({ type: 'run-finished', run })
      }
    } finally {
      // A cleanup that fails must not throw away what was measured: say so on the plan's runs.
      const cleanupError = await disposeQuietly(workload)
      if (cleanupError) {
        for (const run of runs.slice(firstRunOfPlan)) run.error = [run.error, `Cleanup after the workload failed: ${cleanupError}`].filter(Boolean).join(' ')
      }
    }
  }

  const loadAverage1m = machine.loadAverage?.[0]
  const context = { logicalCores: cores, ...(loadAverage1m !== undefined ? { loadAverage1m } : {}) }
  const report: Report = {
    schema: REPORT_SCHEMA_ID,
    version: REPORT_VERSION,
    createdAt,
    ...(options.label ? { label: options.label } : {}),
    machine,
    runs,
    warnings: onceForMachine(runs.flatMap((run) => collectWarnings(run, context))),
  }
  emit({ type: 'suite-finished', suiteId, report })
  return report
}

/** The machine being busy is one fact about the suite, not one per run: keep the first. */
function onceForMachine(warnings: ReportWarning[]): ReportWarning[] {
  let seen = false
  return warnings.filter((w) => {
    if (w.code !== 'machine-busy') return true
    if (seen) return false
    seen = true
    return true
  })
}

async function disposeQuietly(workload: SweepWorkload): Promise<string | undefined> {
  try {
    await workload.dispose?.()
    return undefined
  } catch (error) {
    return toError(error).message
  }
}

/** A custom experiment that throws fails its runs with the reason, instead of the whole suite. */
async function runCustomQuietly(
  experiment: CustomExperiment,
  plan: Plan,
  clock: Clock,
  newRunId: (workload: string, runtime: RuntimeName) => string,
  context: Parameters<CustomExperiment['run']>[0],
): Promise<Run[]> {
  try {
    return await experiment.run(context)
  } catch (error) {
    const status = context.signal.aborted ? 'aborted' : 'failed'
    const message = context.signal.aborted ? 'Cancelled by the user.' : `The experiment failed: ${toError(error).message}`
    return plan.runtimes.map((runtime) => ({ ...failedRun(experiment, runtime, plan.config, message, clock, newRunId(experiment.name, runtime)), status }))
  }
}

async function prepareQuietly(workload: SweepWorkload, signal: AbortSignal): Promise<string | undefined> {
  try {
    await workload.prepare?.(signal)
    return undefined
  } catch (error) {
    return toError(error).message
  }
}

function failedRun(workload: SweepWorkload | CustomExperiment, runtime: RuntimeName, config: RunConfig, message: string, clock: Clock, id: string): Run {
  const now = new Date(clock.epochMs()).toISOString()
  return {
    id,
    workload: workload.name,
    runtime,
    config: workload.config,
    settings: { serialization: 'none', warmup: config.warmup, repeat: config.repeat, taskTimeoutMs: config.taskTimeoutMs },
    status: 'failed',
    error: message,
    startedAt: now,
    finishedAt: now,
    overhead: null,
    points: [],
    amdahl: null,
  }
}
