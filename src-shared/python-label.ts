/**
 * How a run on a Python interpreter is named and told apart from the same runtime on another
 * interpreter: its series key (runtime + interpreter), its name with the version ("CPython threads
 * 3.11.2"), and the interpreter line beside its figures (version, build, start method). Used by the
 * text table, every exporter, the app's charts and the comparison, so none of them mixes runs
 * of two interpreters. Pure functions over the catalogue's `t`.
 */
import type { PythonInterpreter, PythonRunInfo } from './python'
import type { Translate } from './workloads/define'

/** The part of a run these functions read. */
export interface PythonTagged {
  runtime: string
  settings: { python?: PythonRunInfo | undefined }
}

export type PythonBuild = 'gil' | 'freeThreaded' | 'freeThreadedGil'

/** A GIL build, a free-threaded one running without it, or a free-threaded one with it turned back on. */
export function pythonBuild(info: Pick<PythonRunInfo, 'freeThreaded' | 'gilEnabled'>): PythonBuild {
  if (!info.freeThreaded) return 'gil'
  return info.gilEnabled ? 'freeThreadedGil' : 'freeThreaded'
}

/** What tells a run's series apart: the runtime, and for a py run the interpreter that ran it. */
export function seriesKey(run: PythonTagged): string {
  const python = run.settings.python
  return python ? `${run.runtime}@${python.executable}` : run.runtime
}

/** The run's name: the runtime's display name, with the interpreter's version for a py run. */
export function runName(runtimeName: string, run: PythonTagged, t: Translate): string {
  const version = run.settings.python?.version
  return version === undefined ? runtimeName : t('python.runName', { runtime: runtimeName, version })
}

/**
 * Per run, the rank of its interpreter among the interpreters its runtime ran on here (0 = the
 * first): the lightness step its series takes (runtime-style.ts shadeOf), so one colour per
 * runtime holds and each interpreter is a shade of it.
 */
export function interpreterRanks(runs: readonly PythonTagged[]): number[] {
  const seen = new Map<string, string[]>()
  return runs.map((run) => {
    const keys = seen.get(run.runtime) ?? []
    const key = seriesKey(run)
    if (!keys.includes(key)) keys.push(key)
    seen.set(run.runtime, keys)
    return keys.indexOf(key)
  })
}

/** `CPython 3.11.2, GIL, start method spawn`: what stands beside a py run's figures. */
export function pythonInfoText(info: PythonRunInfo, t: Translate): string {
  const params = { implementation: info.implementation, version: info.version, build: t(`python.build.${pythonBuild(info)}`) }
  return info.startMethod ? t('python.infoStart', { ...params, method: info.startMethod }) : t('python.info', params)
}

/** `Interpreters: CPython threads 3.11.2: CPython 3.11.2, GIL; ...`, or null without py runs. */
export function pythonRunsLine(runs: readonly PythonTagged[], name: (run: PythonTagged) => string, t: Translate, separator: string): string | null {
  const items = runs.flatMap((run) => (run.settings.python ? [t('python.runItem', { run: name(run), info: pythonInfoText(run.settings.python, t) })] : []))
  return items.length === 0 ? null : t('python.runsLine', { list: items.join(separator) })
}

/** One row of the app's interpreter list (MachinePanel), worded. */
export interface InterpreterRow {
  key: string
  version: string
  implementation: string
  build: string
  startMethods: string
  path: string
  source: string
  /** null: usable; else why not, worded. */
  problem: string | null
}

export type InterpreterPanel = { kind: 'none'; line: string } | { kind: 'list'; rows: InterpreterRow[] }

/** The app's list of interpreters found, or the one line saying how to get one. */
export function interpreterPanel(found: readonly PythonInterpreter[] | undefined, t: Translate, min: readonly [number, number]): InterpreterPanel {
  const minText = min.join('.')
  if (!found || found.length === 0) return { kind: 'none', line: t('python.panel.none', { min: minText }) }
  return {
    kind: 'list',
    rows: found.map((p) => ({
      key: p.executable,
      version: p.version,
      implementation: p.implementation,
      build: t(`python.build.${pythonBuild(p)}`),
      startMethods: p.startMethods.join(', '),
      path: p.args.length > 0 ? `${p.command} ${p.args.join(' ')} (${p.executable})` : p.executable,
      source: t(`python.panel.sources.${p.source}`),
      problem: p.unsupported === 'too-old' ? t('python.panel.tooOld', { min: minText }) : null,
    })),
  }
}
