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
import { RUNTIME_TRAITS } from '../../src-shared/runtime-traits'
import { type PythonDeps, type RuntimeDeps, executorFactory } from './executors'
import { type PythonPlan, planPython } from './python-plan'
import { type PythonInterpreter, isPythonRuntime } from '../../src-shared/python'
import { ProgressTracker } from './experiments/progress'
import { message, messageOf } from '../../src-shared/engine-message'
import { type Experiment, type ExperimentContext, failedRun, stopReason } from './experiments/experiment'
import { createExperiment } from './experiments/registry'
import { resolveWorkerCounts } from './experiments/worker-counts'
import { type Clock, systemClock } from './measure/clock'
import { type CpusRequest, describeCpusAllowed } from './measure/cpu-affinity'
import { describeMachine } from './measure/machine'
import { type MachineWatchDeps, systemMachineWatchDeps, watchMachine } from './measure/machine-watch'
import { machineWarnings } from './report/machine-warnings'
import { capTraces } from './report/trace-cap'
import { collectWarnings } from './report/warnings'
import { toError } from './runtimes/errors'
import { coresProblem, coresWarnings, plannedCores, suiteCpusAllowed, withCoreLimit } from './run-cores'

export interface SuiteOptions {
  signal?: AbortSignal
  onEvent?: (event: RunEvent) => void
  clock?: Clock
  label?: string
  utilityFork?: RuntimeDeps['utilityFork']
  /** Electron and Chrome versions when the engine runs inside the app. */
  machineExtra?: { electron?: string; chrome?: string }
  /** `--cpus N` (or the app's core limit): recorded with whether it was applied (measure/cpu-affinity.ts). */
  cpus?: CpusRequest
  /** Where the machine's state is read from (cores, power, busy signal); tests point it at a fake tree. */
  machineWatch?: MachineWatchDeps
}

export class ConfigError extends Error {
  override name = 'ConfigError'
}

export function parseRunConfigs(inputs: RunConfigInput[]): RunConfig[] {
  if (!Array.isArray(inputs) || inputs.length === 0) throw new ConfigError('Nothing to run: give at least one run configuration')
  const configs = inputs.map((input, index) => {
    const parsed = RunConfigSchema.safeParse(input)
    if (!parsed.success) throw new ConfigError(`Run ${index + 1}: ${describeZodError(parsed.error)}`)
    return parsed.data
  })
  const tooManyCores = coresProblem(configs)
  if (tooManyCores !== null) throw new ConfigError(tooManyCores)
  return configs
}

/** The main-thread baseline runs first so that every other point can be compared with it. */
function orderRuntimes(runtimes: RuntimeName[]): RuntimeName[] {
  return [...runtimes].sort((a, b) => Number(RUNTIME_TRAITS[b].baseline) - Number(RUNTIME_TRAITS[a].baseline))
}

interface Plan {
  config: RunConfig
  experiment: Experiment
  runtimes: RuntimeName[]
  counts: number[]
  /** The interpreter this plan's py-* runtimes run on. */
  python?: PythonDeps
}

/**
 * One plan per interpreter a configuration's py-* runtimes use: the first takes the Node runtimes
 * beside it (one interleaved schedule, as before), each further interpreter's py-* runs follow as
 * a plan of their own, so every run records one interpreter and a chart can tell them apart.
 * `auto` workers on a run limited to 1 core sweeps 1 and 2 workers, as `conlab run --cpus 1` does.
 */
function perInterpreter(config: RunConfig, runtimes: RuntimeName[], python: PythonPlan): { config: RunConfig; runtimes: RuntimeName[]; interpreter?: PythonInterpreter }[] {
  const interpreters = runtimes.some(isPythonRuntime) ? python.interpretersFor(config) : []
  if (interpreters.length === 0) return [{ config, runtimes }]
  return interpreters.map((interpreter, i) => ({ config, runtimes: i === 0 ? runtimes : runtimes.filter(isPythonRuntime), interpreter }))
}

export async function runSuite(inputs: RunConfigInput[], options: SuiteOptions = {}): Promise<Report> {
  const configs = parseRunConfigs(inputs)
  const clock = options.clock ?? systemClock
  const signal = options.signal ?? new AbortController().signal
  // Every queued task listens for the cancel; a sweep of many chunks is not a listener leak.
  setMaxListeners(0, signal)
  const emit = options.onEvent ?? (() => undefined)
  const machine = describeMachine(options.machineExtra)
  machine.cpusAllowed = describeCpusAllowed(options.cpus)
  const cores = machine.availableParallelism
  const suiteId = randomUUID()
  const createdAt = new Date(clock.epochMs()).toISOString()
  const runtimeDeps: RuntimeDeps = { clock, ...(options.utilityFork ? { utilityFork: options.utilityFork } : {}) }

  // py-* runtimes without an interpreter, or without a kernel for the workload, are left out.
  const python = await planPython(configs, signal)
  if (python.interpreters.length > 0) machine.pythons = python.interpreters
  const plans: Plan[] = configs
    .flatMap((config) => perInterpreter(config, python.runtimesFor(config, orderRuntimes(config.runtimes)), python))
    .map(({ config, runtimes, interpreter }) => ({
      config,
      experiment: createExperiment(config.workload),
      runtimes,
      counts: resolveWorkerCounts(config.workers, plannedCores(config, cores)),
      ...(interpreter ? { python: python.depsFor(interpreter) } : {}),
    }))
    .filter((plan) => plan.runtimes.length > 0)
  const totalUnits = plans.reduce((sum, plan) => sum + plan.experiment.units(plan.runtimes, plan.counts, plan.config), 0)
  emit({ type: 'suite-started', suiteId, totalUnits })
  const progress = new ProgressTracker(totalUnits, clock, (p) => emit({ type: 'progress', progress: p }))
  const newRunId = (workload: string, runtime: RuntimeName) => `${workload}-${runtime}-${randomUUID().slice(0, 8)}`

  const watch = await watchMachine(options.machineWatch ?? systemMachineWatchDeps(signal), signal)
  const runs: Run[] = []
  try {
    for (const plan of plans) {
      if (signal.aborted) break
      const workload = plan.experiment.options.workload
      runs.push(
        ...(await withCoreLimit(plan.config, () => runQuietly(plan, clock, {
          config: plan.config,
          runtimes: plan.runtimes,
          workerCounts: plan.counts,
          logicalCores: plannedCores(plan.config, cores),
          clock,
          signal,
          progress,
          createExecutor: executorFactory(plan.config, withPython(runtimeDeps, plan.python)),
          runtimeDeps: withPython(runtimeDeps, plan.python),
          newRunId: (runtime) => newRunId(workload, runtime),
          // The live 'run-finished' event shows the run as the report will keep it.
          emit: (event) => emit(event.type === 'run-finished' ? { ...event, run: withClaims(event.run, plan.config) } : event),
        })).then((made) => made.map((run) => withClaims(run, plan.config)))),
      )
    }
  } finally {
    // Also when a run throws past runQuietly: the sampling timer must stop on every way out.
    machine.state = watch.stop()
  }
  // Every run limited alike (the app's one run): the machine line says what they were given.
  if (!options.cpus) machine.cpusAllowed = suiteCpusAllowed(configs, runs) ?? machine.cpusAllowed

  const loadAverage1m = machine.loadAverage?.[0]
  const context = { logicalCores: cores, ...(loadAverage1m !== undefined ? { loadAverage1m } : {}) }
  const report: Report = {
    schema: REPORT_SCHEMA_ID,
    version: REPORT_VERSION,
    createdAt,
    ...(options.label ? { label: options.label } : {}),
    machine,
    // Every repetition's spans are kept for the trace export, up to a bound for the whole report.
    runs: capTraces(runs),
    warnings: [...python.warnings, ...machineWarnings(machine.state, runs), ...coresWarnings(runs), ...onceForMachine(runs.flatMap((run) => collectWarnings(run, { ...context, logicalCores: coresOfRun(run) ?? cores })))],
  }
  emit({ type: 'suite-finished', suiteId, report })
  return report
}

/** A run measured for claims says which (Run.claims): the verdicts cite it, `conlab export` and the Claims screen find it. */
function withClaims(run: Run, config: RunConfig): Run {
  const claims = config.claims
  return claims && claims.length > 0 ? { ...run, claims: [...claims] } : run
}

function withPython(deps: RuntimeDeps, python: PythonDeps | undefined): RuntimeDeps {
  return python ? { ...deps, python } : deps
}

/** A run limited by its `cores`: oversubscription is judged against the cores it was given. */
function coresOfRun(run: Run): number | undefined {
  const c = run.cpusAllowed
  return c?.setBy === 'cores-field' && 'value' in c.cpus ? c.cpus.value.length : undefined
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

/** An experiment that throws fails its runs with the reason, instead of the whole suite. */
async function runQuietly(plan: Plan, clock: Clock, context: ExperimentContext): Promise<Run[]> {
  try {
    return await plan.experiment.run(context)
  } catch (error) {
    const status = context.signal.aborted ? 'aborted' : 'failed'
    const reason = stopReason(context.signal.aborted ? message('cancelled') : message('experimentFailed', {}, messageOf(toError(error))))
    return plan.runtimes.map((runtime) => failedRun(plan.experiment.options, runtime, plan.config, reason, status, clock, context.newRunId(runtime)))
  }
}
