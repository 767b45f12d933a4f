/**
 * The CPython side of a suite, settled before anything is measured: which interpreters the py-*
 * runtimes of each run configuration use (its `python` path, its `pythons` list or `all`, else the
 * first usable one found), and which py-* runtimes are left out, with a report warning saying why:
 * no interpreter here (the suite runs everything else), or no Python kernel for that workload (not
 * applicable). Discovery runs once, and only when a configuration asks for a py-* runtime.
 */
import type { RunConfig, RuntimeName } from '../../src-shared/config'
import { englishText, message } from '../../src-shared/engine-message'
import { MIN_PYTHON, type PythonInterpreter, isPythonRuntime, isSupported, pythonRuns } from '../../src-shared/python'
import type { ReportWarning } from '../../src-shared/report'
import type { PythonDeps } from './executors'
import { discoverPythons, flagInterpreter } from './runtimes/python/discover'
import { workerProgramPath } from './runtimes/python/worker-program'
import { programWatchdogEntry } from './runtimes/run-program'

export interface PythonPlan {
  /** Every interpreter found or named, for the report's machine section (empty when none was looked for). */
  interpreters: PythonInterpreter[]
  warnings: ReportWarning[]
  /** The interpreters a configuration's py-* runtimes run on, one run each; empty: none usable. */
  interpretersFor(config: RunConfig): PythonInterpreter[]
  runtimesFor(config: RunConfig, runtimes: RuntimeName[]): RuntimeName[]
  depsFor(interpreter: PythonInterpreter): PythonDeps
}

/** What a configuration asks for: paths it names, every usable interpreter, or the first one. */
type Ask = { kind: 'first' } | { kind: 'all' } | { kind: 'path'; path: string }

export function asksOf(config: { python?: string | undefined; pythons?: RunConfig['pythons'] | undefined }): Ask[] {
  if (config.pythons === 'all') return [{ kind: 'all' }]
  if (config.pythons !== undefined) return config.pythons.map((path) => ({ kind: 'path', path }))
  if (config.python !== undefined) return [{ kind: 'path', path: config.python }]
  return [{ kind: 'first' }]
}

export async function planPython(configs: readonly RunConfig[], signal?: AbortSignal): Promise<PythonPlan> {
  const wanted = configs.filter((c) => c.runtimes.some(isPythonRuntime))
  const warnings: ReportWarning[] = []
  const asks = wanted.flatMap(asksOf)
  const found = asks.some((a) => a.kind !== 'path') ? await discoverPythons(signal ? { signal } : {}) : []
  const named = new Map<string, PythonInterpreter | undefined>()
  for (const ask of asks) {
    if (ask.kind !== 'path' || named.has(ask.path)) continue
    try {
      named.set(ask.path, await flagInterpreter(ask.path, process.env, signal))
    } catch (error) {
      if (signal?.aborted) throw error
      // A bad path reaches here only from the app or web mode (the CLI refuses it first).
      warnings.push({ code: 'python-not-found', message: error instanceof Error ? error.message : String(error) })
      named.set(ask.path, undefined)
    }
  }
  const resolve = (config: RunConfig): PythonInterpreter[] => {
    const list = asksOf(config).flatMap((ask): PythonInterpreter[] => {
      switch (ask.kind) {
        case 'first': {
          const first = found.find(isSupported)
          return first ? [first] : []
        }
        case 'all':
          return found.filter(isSupported)
        case 'path': {
          const one = named.get(ask.path)
          return one ? [one] : []
        }
      }
    })
    // Two names of one interpreter (a shim and its version) run once.
    return list.filter((p, i) => list.findIndex((q) => q.executable === p.executable) === i)
  }
  if (wanted.some((c) => resolve(c).length === 0) && !warnings.some((w) => w.code === 'python-not-found')) {
    warnings.push({ code: 'python-not-found', message: englishText(message('pythonNotFound', { min: MIN_PYTHON.join('.') })) })
  }
  const interpreters = new Map<string, PythonInterpreter>()
  for (const p of [...named.values(), ...found]) if (p && !interpreters.has(p.executable)) interpreters.set(p.executable, p)
  let program: string | undefined
  return {
    interpreters: [...interpreters.values()],
    warnings,
    interpretersFor: resolve,
    runtimesFor(config, runtimes) {
      const usable = resolve(config).length > 0
      return runtimes.filter((runtime) => {
        if (!isPythonRuntime(runtime)) return true
        if (!usable) return false
        if (pythonRuns(runtime, config.workload)) return true
        warnings.push({ code: 'python-not-applicable', message: `${runtime}: no Python kernel for ${config.workload.workload} yet; not applicable, left out` })
        return false
      })
    },
    depsFor(interpreter) {
      program ??= workerProgramPath()
      return { interpreter, workerProgram: program, watchdogEntry: programWatchdogEntry }
    },
  }
}
