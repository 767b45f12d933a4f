/**
 * The CPython side of a suite, settled before anything is measured: which interpreter the py-*
 * runtimes of each run configuration use (its `python` path, else the first usable one found),
 * and which py-* runtimes are left out, with a report warning saying why: no interpreter here
 * (the suite runs everything else), or no Python kernel for that workload (not applicable).
 * Discovery runs only when a configuration asks for a py-* runtime.
 */
import type { RunConfig, RuntimeName } from '../../src-shared/config'
import { englishText, message } from '../../src-shared/engine-message'
import { MIN_PYTHON, type PythonInterpreter, isPythonRuntime, pythonRuns } from '../../src-shared/python'
import type { ReportWarning } from '../../src-shared/report'
import type { PythonDeps } from './executors'
import { chosenInterpreter, discoverPythons } from './runtimes/python/discover'
import { workerProgramPath } from './runtimes/python/worker-program'
import { programWatchdogEntry } from './runtimes/run-program'

export interface PythonPlan {
  /** Every interpreter found, for the report's machine section (empty when none was looked for). */
  interpreters: PythonInterpreter[]
  warnings: ReportWarning[]
  runtimesFor(config: RunConfig, runtimes: RuntimeName[]): RuntimeName[]
  depsFor(config: RunConfig): PythonDeps | undefined
}

export async function planPython(configs: readonly RunConfig[], signal?: AbortSignal): Promise<PythonPlan> {
  const wanted = configs.filter((c) => c.runtimes.some(isPythonRuntime))
  const chosen = new Map<string | undefined, PythonInterpreter | undefined>()
  const interpreters = new Map<string, PythonInterpreter>()
  const warnings: ReportWarning[] = []
  for (const flag of new Set(wanted.map((c) => c.python))) {
    try {
      const found = await discoverPythons({ ...(flag === undefined ? {} : { python: flag }), ...(signal ? { signal } : {}) })
      for (const p of found) if (!interpreters.has(p.executable)) interpreters.set(p.executable, p)
      chosen.set(flag, chosenInterpreter(found))
    } catch (error) {
      if (signal?.aborted) throw error
      // A bad --python reaches here only from the app or web mode (the CLI refuses it first).
      warnings.push({ code: 'python-not-found', message: error instanceof Error ? error.message : String(error) })
      chosen.set(flag, undefined)
    }
  }
  if (wanted.some((c) => chosen.get(c.python) === undefined) && !warnings.some((w) => w.code === 'python-not-found')) {
    warnings.push({ code: 'python-not-found', message: englishText(message('pythonNotFound', { min: MIN_PYTHON.join('.') })) })
  }
  let program: string | undefined
  return {
    interpreters: [...interpreters.values()],
    warnings,
    runtimesFor(config, runtimes) {
      return runtimes.filter((runtime) => {
        if (!isPythonRuntime(runtime)) return true
        if (chosen.get(config.python) === undefined) return false
        if (pythonRuns(runtime, config.workload)) return true
        warnings.push({ code: 'python-not-applicable', message: `${runtime}: no Python kernel for ${config.workload.workload} yet; not applicable, left out` })
        return false
      })
    },
    depsFor(config) {
      const interpreter = chosen.get(config.python)
      if (!interpreter) return undefined
      program ??= workerProgramPath()
      return { interpreter, workerProgram: program, watchdogEntry: programWatchdogEntry }
    },
  }
}
