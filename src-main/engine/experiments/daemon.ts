/**
 * Daemon (issue 18, part 0; README "Daemon"): what survives when its host exits. Per runtime, a
 * host of that runtime (a Node host for worker threads and child processes, a CPython host for
 * threading.Thread and multiprocessing.Process, daemon or not) is started R times per exit way
 * (daemon-case.ts); a point per kind and way counts in how many rounds the kind was still alive
 * after its host had gone, and how long a normal exit waited for it.
 *
 * A micro-experiment: what happens is the finding, counted over rounds; the exit delays are kept
 * as material (noise on a loaded machine), and nothing is checked against an expectation.
 */
import { dirname, join } from 'node:path'
import { DAEMON_HOSTS_OF, type DaemonUnavailable, type DaemonExit, type DaemonFigures, type DaemonKind, type DaemonRuntime } from '../../../src-shared/daemon-report'
import type { DaemonOptions } from '../../../src-shared/workloads/daemon'
import type { Point, Run } from '../../../src-shared/report'
import { translateEn } from '../../../src-shared/i18n/translate'
import hostEntry from '../../../src-workers/hazards/daemon-host?modulePath'
import { unpackedPath } from '../runtimes/worker-entries'
import { summarizeTimes } from '../stats/summary'
import type { Experiment, ExperimentContext } from './experiment'
import { type MicroRun, type MicroRuntimeName, runMicro, runPerRuntime, workerAndPythonRuntimes } from './micro/micro-run'
import { type DaemonHostCommand, type DaemonRound, runDaemonRound } from './daemon-case'

export const PYTHON_HOST = 'conlab_daemon_host.py'

function isDaemonRuntime(runtime: MicroRuntimeName): runtime is DaemonRuntime {
  return Object.hasOwn(DAEMON_HOSTS_OF, runtime)
}

type Missing = DaemonUnavailable

/** How this runtime's host is started, or why there is none. */
function hostOf(ctx: ExperimentContext, runtime: MicroRuntimeName): DaemonHostCommand | { missing: Missing } {
  if (runtime === 'py-thread' || runtime === 'py-process') {
    const python = ctx.runtimeDeps.python
    if (!python) return { missing: 'noPython' }
    // Beside the lab's worker program, wherever that was found (built bundle or source tree).
    const script = join(dirname(python.workerProgram), PYTHON_HOST)
    return { command: python.interpreter.command, args: [...python.interpreter.args, '-u', script], env: { ...process.env, PYTHONUNBUFFERED: '1' } }
  }
  // Electron's utility process exists only in the app's main process, not in a plain Node host.
  if (!isDaemonRuntime(runtime)) return { missing: 'noHost' }
  return { command: process.execPath, args: [unpackedPath(hostEntry)], env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' } }
}

/** The figures of one kind and exit way from its rounds. */
export function daemonFigures(kind: DaemonKind, exit: DaemonExit, rounds: readonly DaemonRound[], options: Pick<DaemonOptions, 'holdMs' | 'observeMs'>): DaemonFigures {
  const figures: DaemonFigures = { kind, exit, rounds: rounds.length, observed: 0, survived: 0, endedByLab: 0, heldExit: 0, exitDelaysMs: [], holdMs: options.holdMs, observeMs: options.observeMs, missed: [] }
  for (const round of rounds) {
    const seen = round.seen.get(kind)
    if (!round.ready || round.timedOut || seen === undefined || round.exitDelayMs === null) {
      figures.missed.push(round.timedOut ? 'host-timed-out' : 'host-not-started')
      continue
    }
    figures.observed++
    if (seen.survived) figures.survived++
    if (seen.endedByLab) figures.endedByLab++
    if (exit === 'normal' && round.ranToEnd.has(kind)) figures.heldExit++
    figures.exitDelaysMs.push(round.exitDelayMs)
  }
  return figures
}

export function daemonPoint(figures: DaemonFigures): Point {
  const samples = figures.exitDelaysMs.length > 0 ? figures.exitDelaysMs : [0]
  return {
    workers: 1,
    oversubscribed: false,
    samplesMs: samples,
    stats: summarizeTimes(samples, 0),
    speedup: null,
    efficiency: null,
    // Nothing is known in advance: what survived is the finding, not a check.
    check: { expected: null, actual: null, ok: true, source: 'none' },
    variant: `${figures.kind}/${figures.exit}`,
    samplesKind: 'operation',
    daemon: figures,
  }
}

async function onRuntime(ctx: ExperimentContext, run: MicroRun<MicroRuntimeName>, options: DaemonOptions): Promise<void> {
  const host = hostOf(ctx, run.runtime)
  if ('missing' in host || !isDaemonRuntime(run.runtime)) {
    const why = 'missing' in host ? host.missing : 'noHost'
    run.addUnavailable(why, translateEn(`daemon.cli.${why}`))
    run.step('measure', 1, hostsOf(run.runtime) * options.exits.length * options.rounds)
    return
  }
  if (process.platform === 'win32') run.addUnavailable('noGroups', translateEn('daemon.cli.noGroups'))
  const python = ctx.runtimeDeps.python?.interpreter
  if (python && run.runtime.startsWith('py-')) run.recordPython({ executable: python.executable, version: python.version, implementation: python.implementation, gilEnabled: python.gilEnabled, freeThreaded: python.freeThreaded })
  for (const exit of options.exits) {
    for (const kinds of DAEMON_HOSTS_OF[run.runtime]) {
      const rounds: DaemonRound[] = []
      for (let r = 0; r < options.rounds; r++) {
        ctx.signal.throwIfAborted()
        rounds.push(await runDaemonRound({ host, kinds, exit, lifetimeMs: options.lifetimeMs, holdMs: options.holdMs, observeMs: options.observeMs }, ctx.signal))
        run.step('measure', 1)
      }
      for (const kind of kinds) run.addPoint(daemonPoint(daemonFigures(kind, exit, rounds, options)))
    }
  }
}

/** Hosts one round of a runtime starts (progress units): one where it has none, for its one step. */
function hostsOf(runtime: MicroRuntimeName): number {
  return isDaemonRuntime(runtime) ? DAEMON_HOSTS_OF[runtime].length : 1
}

export function daemonExperiment(options: DaemonOptions): Experiment {
  return {
    options,
    units: (runtimes) => workerAndPythonRuntimes(runtimes).reduce((sum, r) => sum + hostsOf(r), 0) * options.exits.length * options.rounds,
    run(ctx): Promise<Run[]> {
      return runPerRuntime(ctx, workerAndPythonRuntimes(ctx.runtimes), (runtime) => runMicro(ctx, { options, runtime, serialization: 'json' }, (run) => onRuntime(ctx, run, options)))
    },
  }
}
