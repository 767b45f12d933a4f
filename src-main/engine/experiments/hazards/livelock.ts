/**
 * Livelock (issue 17, README "Livelock"): two polite workers (src-workers/kernels/hazards/
 * livelock.ts) back off in step and retry, busy and making no progress; the `random` variant draws
 * each back-off at random and the pairs complete. A point per variant: each worker's completions,
 * retries, busy-loop iterations and thread CPU time over R repetitions, then one traced repetition
 * (the live lanes; counted in no figure). On processes, the locks are held by the engine's lock
 * server (lock-server.ts) and each worker's CPU time is its process's; no trace rings there, so no
 * traced repetition.
 */
import type { LivelockOptions, LivelockVariant } from '../../../../src-shared/workloads/livelock'
import type { LivelockResult, LivelockTask, RemoteLivelockTask } from '../../../../src-shared/protocol-hazards'
import type { Point } from '../../../../src-shared/report'
import { translateEn } from '../../../../src-shared/i18n/translate'
import { livelockLaneLabel } from '../../../../src-shared/hazards-labels'
import type { TaskExecutor } from '../../executor'
import { deriveSeed } from '../../stats/random'
import { summarizeTimes } from '../../stats/summary'
import type { Experiment, ExperimentContext } from '../experiment'
import type { MicroRun } from '../micro/micro-run'
import { tracedRepetition } from '../shared-state/traced-repetition'
import { meanCpuPerWorker } from './deadlock-figures'
import { type HazardRepetition, hazardRepetition } from './hazard-repetition'
import { lockHazard } from './hazard-frame'
import type { LockServer } from './lock-server'
import { processRepetition } from './process-repetition'

const WORKERS = 2
/** Bound of the one blocking wait (a worker's own lock): far above any hold, so only a stuck partner reaches it. */
const MAX_WAIT_MS = 30_000

type Rep = HazardRepetition<LivelockResult>

function remoteTaskOf(options: LivelockOptions, variant: LivelockVariant, seed: number) {
  return (worker: number): RemoteLivelockTask => ({
    kind: 'livelock',
    worker,
    variant,
    holdUs: options.holdUs,
    backoffUs: options.backoffUs,
    durationMs: options.durationMs,
    completions: options.completions,
    timeoutMs: MAX_WAIT_MS,
    seed: deriveSeed(seed, `${variant}/${worker}`) >>> 0,
  })
}

function taskOf(options: LivelockOptions, variant: LivelockVariant, seed: number, trace?: readonly { buffer: SharedArrayBuffer; offset: number }[]) {
  return (buffer: SharedArrayBuffer, worker: number): LivelockTask => ({
    ...remoteTaskOf(options, variant, seed)(worker),
    buffer,
    ...(trace?.[worker] ? { trace: trace[worker] } : {}),
  })
}

const perWorker = (reps: readonly Rep[], pick: (r: LivelockResult) => number): number[] =>
  Array.from({ length: WORKERS }, (_, w) => reps.reduce((a, rep) => a + (rep.results[w] ? pick(rep.results[w]) : 0), 0))

export function livelockPoint(reps: readonly Rep[], variant: LivelockVariant, ctx: Pick<ExperimentContext, 'logicalCores'>, seed: number): Point {
  const samplesMs = reps.map((r) => Math.max(0, Math.max(...r.results.map((x) => x.endUs)) - Math.min(...r.results.map((x) => x.startUs))) / 1000)
  const completionsPerWorker = perWorker(reps, (r) => r.completions)
  const retriesPerWorker = perWorker(reps, (r) => r.retries)
  const completions = completionsPerWorker[0]! + completionsPerWorker[1]!
  return {
    workers: WORKERS,
    oversubscribed: WORKERS > ctx.logicalCores,
    samplesMs,
    stats: summarizeTimes(samplesMs, deriveSeed(seed, variant)),
    speedup: null,
    efficiency: null,
    // Nothing to check against: the counts are the finding, whatever they are.
    check: { expected: null, actual: completions, ok: true, source: 'none' },
    variant,
    samplesKind: 'repetition',
    ...(completions > 0 ? { operations: completions } : {}),
    livelock: {
      variant,
      repetitions: reps.length,
      completionsPerWorker,
      retriesPerWorker,
      spinsPerWorker: perWorker(reps, (r) => r.spins),
      cpuMsPerWorker: meanCpuPerWorker(reps, WORKERS),
      retriesPerCompletion: completions > 0 ? (retriesPerWorker[0]! + retriesPerWorker[1]!) / completions : null,
    },
  }
}

async function onThreads(ctx: ExperimentContext, run: MicroRun, pool: TaskExecutor, options: LivelockOptions, seed: number): Promise<void> {
  for (const variant of options.variants) {
    const reps: Rep[] = []
    for (let i = 0; i < ctx.config.warmup + ctx.config.repeat; i++) {
      ctx.signal.throwIfAborted()
      const rep = await hazardRepetition(pool, { workers: WORKERS, timeoutMs: MAX_WAIT_MS, task: taskOf(options, variant, deriveSeed(seed, String(i))) }, ctx.signal)
      if (i >= ctx.config.warmup) reps.push(rep)
    }
    run.addPoint(livelockPoint(reps, variant, ctx, seed))
    const label = livelockLaneLabel(translateEn, { variant })
    await tracedRepetition(ctx, run, { workers: WORKERS, label }, (rings) =>
      hazardRepetition(pool, { workers: WORKERS, timeoutMs: MAX_WAIT_MS, task: taskOf(options, variant, deriveSeed(seed, 'traced'), rings) }, ctx.signal),
    )
    run.step('measure', WORKERS)
  }
}

async function onProcesses(ctx: ExperimentContext, run: MicroRun, server: LockServer, options: LivelockOptions, seed: number): Promise<void> {
  // The backstop: the loop ends after durationMs; each wait inside is bounded by MAX_WAIT_MS.
  const boundMs = options.durationMs + 2 * MAX_WAIT_MS
  for (const variant of options.variants) {
    const reps: Rep[] = []
    for (let i = 0; i < ctx.config.warmup + ctx.config.repeat; i++) {
      ctx.signal.throwIfAborted()
      const rep = await processRepetition(server, { workers: WORKERS, boundMs, task: remoteTaskOf(options, variant, deriveSeed(seed, String(i))) }, ctx.signal)
      if (i >= ctx.config.warmup) reps.push(rep)
    }
    run.addPoint(livelockPoint(reps, variant, ctx, seed))
    run.step('measure', WORKERS)
  }
}

export function livelockExperiment(options: LivelockOptions): Experiment {
  return lockHazard({ options, workers: WORKERS, onThreads, onProcesses })
}
