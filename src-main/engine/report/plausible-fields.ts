/**
 * The bounds of plausible.ts for every field a report holds, beyond the sweep's durations: a
 * generic walk that bounds every string, key and number (so a field added later is never
 * unbounded), then per-field limits in each field's unit (times below a week, counts below what a
 * machine can do). Limits are far above any real measurement: they exist to refuse nonsense.
 */
import { type MachineState, known } from '../../../src-shared/machine-state'
import type { Point, Report } from '../../../src-shared/report'

const WEEK_MS = 7 * 24 * 3600 * 1000

export const FIELD_LIMITS = {
  /** Longest real string: a run's error (the schema's own cap). */
  string: 10_000,
  key: 200,
  /** Above every real number (memory sizes up to 2^60 bytes included). */
  number: 1e19,
  /** An ISO 8601 time as Date#toISOString writes it, with room for an offset or more digits. */
  dateChars: 40,
  weekMs: WEEK_MS,
  weekUs: WEEK_MS * 1000,
  /** Operations, samples, switches: a billion per second for a week is still below this. */
  count: 1e15,
  /** Bytes (payloads, RSS, heaps): 1 EiB. */
  bytes: 2 ** 60,
  /** Throughput in any unit (MB/s, requests/s). */
  perSecond: 1e15,
  /** Repetitions, warm-ups, threads of libuv's pool. */
  setting: 1e6,
  ratio: 1e6,
  /** Logical cores of one machine (plausible.ts allows as many). */
  cores: 65_536,
  /** A CPU clock: 100 GHz is far above any. */
  mhz: 100_000,
  /** Wall-clock times since 1970 in ms: below the year 33658. */
  epochMs: 1e15,
} as const

export interface FieldProblem {
  path: string
  message: string
}
type Found = FieldProblem | null

const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/

function* walk(value: unknown, path: string): Generator<Found> {
  if (typeof value === 'string') {
    if (value.length > FIELD_LIMITS.string) yield { path, message: `a ${value.length}-character text is not plausible (the limit is ${FIELD_LIMITS.string})` }
  } else if (typeof value === 'number') {
    if (Math.abs(value) > FIELD_LIMITS.number) yield { path, message: `${value} is not a plausible number (the limit is ${FIELD_LIMITS.number})` }
  } else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) yield* walk(value[i], `${path}.${i}`)
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      if (key.length > FIELD_LIMITS.key) yield { path, message: `a ${key.length}-character key is not plausible` }
      yield* walk(child, path === '' ? key : `${path}.${key}`)
    }
  }
}

function date(path: string, value: string): Found {
  if (value.length <= FIELD_LIMITS.dateChars && ISO_DATE.test(value) && !Number.isNaN(Date.parse(value))) return null
  return { path, message: `not a date and time (expected ISO 8601 such as 2024-01-31T12:00:00.000Z, ${value.length} characters)` }
}

const over = (path: string, value: number | null | undefined, limit: number, what: string): Found =>
  value !== null && value !== undefined && Math.abs(value) > limit ? { path, message: `${value} is not a plausible ${what} (the limit is ${limit})` } : null

function* pointFields(point: Point, at: string): Generator<Found> {
  const latencies = { latencyUs: point.latencyUs, ...Object.fromEntries(Object.entries(point.latencyByOpUs ?? {}).map(([k, v]) => [`latencyByOpUs.${k}`, v])) }
  for (const [name, latency] of Object.entries(latencies)) {
    if (!latency) continue
    for (const key of ['p50', 'p90', 'p99', 'max', 'mean'] as const) yield over(`${at}.${name}.${key}`, latency[key], FIELD_LIMITS.weekUs, 'latency in µs')
    yield over(`${at}.${name}.count`, latency.count, FIELD_LIMITS.count, 'operation count')
  }
  yield over(`${at}.throughput.value`, point.throughput?.value, FIELD_LIMITS.perSecond, 'throughput')
  yield over(`${at}.cpu.userMs`, point.cpu?.userMs, FIELD_LIMITS.weekMs * 1000, 'CPU time in ms')
  yield over(`${at}.cpu.systemMs`, point.cpu?.systemMs, FIELD_LIMITS.weekMs * 1000, 'CPU time in ms')
  yield over(`${at}.karpFlatt`, point.karpFlatt, FIELD_LIMITS.ratio, 'serial fraction')
  yield over(`${at}.uvThreadpoolSize`, point.uvThreadpoolSize, FIELD_LIMITS.setting, 'thread-pool size')
  yield over(`${at}.payloadBytes`, point.payloadBytes, FIELD_LIMITS.bytes, 'payload size')
  yield over(`${at}.operations`, point.operations, FIELD_LIMITS.count, 'operation count')
  yield over(`${at}.stats.n`, point.stats.n, FIELD_LIMITS.count, 'sample count')
  for (const key of ['rssBytes', 'heapUsedBytes', 'heapTotalBytes'] as const) yield over(`${at}.memory.${key}`, point.memory?.[key], FIELD_LIMITS.bytes, 'memory size')
  yield over(`${at}.memory.workersMeasured`, point.memory?.workersMeasured, FIELD_LIMITS.count, 'worker count')
  for (const kind of ['thread', 'process'] as const) {
    const counts = point.switches?.[kind]
    if (counts?.available !== true) continue
    yield over(`${at}.switches.${kind}.voluntary`, counts.voluntary, FIELD_LIMITS.count, 'switch count')
    yield over(`${at}.switches.${kind}.involuntary`, counts.involuntary, FIELD_LIMITS.count, 'switch count')
  }
  yield* statisticsFields(point, at)
  const o = point.oversubscription
  if (o) {
    yield over(`${at}.oversubscription.idealMs`, o.idealMs, FIELD_LIMITS.weekMs, 'duration in ms')
    yield over(`${at}.oversubscription.excessMs`, o.excessMs, FIELD_LIMITS.weekMs, 'duration in ms')
    yield over(`${at}.oversubscription.excessShare`, o.excessShare, FIELD_LIMITS.ratio, 'ratio')
    yield over(`${at}.oversubscription.excessPerSwitchUs`, o.excessPerSwitchUs, FIELD_LIMITS.weekUs, 'time per switch in µs')
  }
}

function* machineStateFields(state: MachineState): Generator<Found> {
  const at = 'machine.state'
  const cores = known(state.cores)
  yield over(`${at}.cores.value.physical`, cores?.physical, FIELD_LIMITS.cores, 'core count')
  yield over(`${at}.cores.value.logical`, cores?.logical, FIELD_LIMITS.cores, 'core count')
  yield over(`${at}.cores.value.packages`, cores?.packages, FIELD_LIMITS.cores, 'package count')
  const types = known(state.coreTypes)
  for (const kind of ['performance', 'efficiency'] as const) {
    yield over(`${at}.coreTypes.value.${kind}.physical`, types?.[kind]?.physical, FIELD_LIMITS.cores, 'core count')
    yield over(`${at}.coreTypes.value.${kind}.logical`, types?.[kind]?.logical, FIELD_LIMITS.cores, 'core count')
  }
  const frequency = known(state.frequency)
  yield over(`${at}.frequency.value.currentMHz.min`, frequency?.currentMHz.min, FIELD_LIMITS.mhz, 'frequency in MHz')
  yield over(`${at}.frequency.value.currentMHz.max`, frequency?.currentMHz.max, FIELD_LIMITS.mhz, 'frequency in MHz')
  yield over(`${at}.frequency.value.maxMHz`, frequency?.maxMHz, FIELD_LIMITS.mhz, 'frequency in MHz')
  const busy = known(state.busy)
  yield over(`${at}.busy.value.intervalMs`, busy?.intervalMs, FIELD_LIMITS.weekMs, 'interval in ms')
  yield over(`${at}.busy.value.before.value.windowMs`, busy && known(busy.before)?.windowMs, FIELD_LIMITS.weekMs, 'window in ms')
  const during = busy && known(busy.during)
  yield over(`${at}.busy.value.during.value.intervals`, during?.intervals, FIELD_LIMITS.count, 'interval count')
  yield over(`${at}.busy.value.during.value.skipped`, during?.skipped, FIELD_LIMITS.count, 'interval count')
}

const outside = (path: string, value: number, lo: number, hi: number, what: string): Found =>
  value < lo || value > hi ? { path, message: `${value} is not a plausible ${what} (it must lie between ${lo} and ${hi})` } : null

/** Every repetition's spans (the trace export): each starts before it ends, within a week, at a plausible time. */
function* traceFields(point: Point, at: string): Generator<Found> {
  for (const [r, rep] of (point.traces ?? []).entries()) {
    const rAt = `${at}.traces.${r}`
    yield over(`${rAt}.startedAtMs`, rep.startedAtMs, FIELD_LIMITS.epochMs, 'time since 1970 in ms')
    yield over(`${rAt}.repetition`, rep.repetition, FIELD_LIMITS.setting, 'repetition index')
    yield over(`${rAt}.round`, rep.round, FIELD_LIMITS.setting, 'schedule round')
    const bad = rep.spans.findIndex((s) => s.endMs < s.startMs || s.endMs > FIELD_LIMITS.weekMs || s.worker > FIELD_LIMITS.setting)
    if (bad >= 0) yield { path: `${rAt}.spans.${bad}`, message: 'a span must end after it starts, within a plausible time, on a plausible worker' }
  }
}

/** Issue 14's fields: sample start times and rounds, ratio intervals, significance tests. */
function* statisticsFields(point: Point, at: string): Generator<Found> {
  yield* traceFields(point, at)
  for (const [i, t] of (point.samplesStartedAtMs ?? []).entries()) yield over(`${at}.samplesStartedAtMs.${i}`, t, FIELD_LIMITS.epochMs, 'time since 1970 in ms')
  for (const [i, r] of (point.samplesRound ?? []).entries()) yield over(`${at}.samplesRound.${i}`, r, FIELD_LIMITS.setting, 'schedule round')
  yield over(`${at}.stats.ciResamples`, point.stats.ciResamples, FIELD_LIMITS.setting, 'resample count')
  for (const k of [0, 1] as const) {
    yield over(`${at}.speedupVsBaselineCi95.${k}`, point.speedupVsBaselineCi95?.[k], FIELD_LIMITS.ratio, 'speedup')
    yield over(`${at}.speedupCi95.${k}`, point.speedupCi95?.[k], FIELD_LIMITS.ratio, 'speedup')
  }
  for (const [i, c] of (point.comparisons ?? []).entries()) {
    const cAt = `${at}.comparisons.${i}`
    for (const key of ['pValue', 'pAdjusted', 'alpha', 'minAchievableP'] as const) yield outside(`${cAt}.${key}`, c[key], 0, 1, 'probability')
    yield outside(`${cAt}.cliffsDelta`, c.cliffsDelta, -1, 1, "Cliff's delta")
    yield over(`${cAt}.ratio`, c.ratio, FIELD_LIMITS.ratio, 'time ratio')
    yield over(`${cAt}.against.workers`, c.against.workers, FIELD_LIMITS.setting, 'worker count')
    for (const key of ['nA', 'nB'] as const) yield over(`${cAt}.${key}`, c[key], FIELD_LIMITS.count, 'sample count')
    yield over(`${cAt}.u`, c.u, c.nA * c.nB, 'U statistic (at most nA x nB)')
  }
}

function* scheduleFields(run: Report['runs'][number], at: string): Generator<Found> {
  const schedule = run.schedule
  if (!schedule) return
  yield over(`${at}.schedule.seed`, schedule.seed, 2 ** 32 - 1, 'seed')
  yield over(`${at}.schedule.warmups`, schedule.warmups, FIELD_LIMITS.setting, 'warm-up count')
  yield over(`${at}.schedule.repeats`, schedule.repeats, FIELD_LIMITS.setting, 'repetition count')
  for (const [r, round] of (schedule.rounds ?? []).entries()) {
    const bad = round.findIndex((i) => i >= schedule.points.length)
    if (bad >= 0) yield { path: `${at}.schedule.rounds.${r}.${bad}`, message: `point ${round[bad]} is not one of the schedule's ${schedule.points.length} points` }
  }
}

/** The first field of a schema-valid report outside its bounds, or null. */
export function* fieldChecks(report: Report): Generator<Found> {
  yield* walk(report, '')
  yield date('createdAt', report.createdAt)
  if (report.machine.state) yield* machineStateFields(report.machine.state)
  for (const [i, load] of (report.machine.loadAverage ?? []).entries()) yield over(`machine.loadAverage.${i}`, load, FIELD_LIMITS.setting, 'load average')
  if (report.host) {
    for (const key of ['p50', 'p99', 'max'] as const) yield over(`host.eventLoopDelayMs.${key}`, report.host.eventLoopDelayMs[key], FIELD_LIMITS.weekMs, 'delay in ms')
    yield over('host.resolutionMs', report.host.resolutionMs, FIELD_LIMITS.weekMs, 'duration in ms')
    yield over('host.samples', report.host.samples, FIELD_LIMITS.count, 'sample count')
  }
  for (const [r, run] of report.runs.entries()) {
    const at = `runs.${r}`
    yield date(`${at}.startedAt`, run.startedAt)
    yield date(`${at}.finishedAt`, run.finishedAt)
    yield over(`${at}.settings.warmup`, run.settings.warmup, FIELD_LIMITS.setting, 'warm-up count')
    yield over(`${at}.settings.repeat`, run.settings.repeat, FIELD_LIMITS.setting, 'repetition count')
    yield over(`${at}.settings.taskTimeoutMs`, run.settings.taskTimeoutMs, FIELD_LIMITS.weekMs, 'timeout in ms')
    yield over(`${at}.settings.uvThreadpoolSize`, run.settings.uvThreadpoolSize, FIELD_LIMITS.setting, 'thread-pool size')
    const overhead = run.overhead?.emptyTaskRoundTripUs
    if (overhead) for (const key of ['median', 'mean', 'stddev', 'min', 'max'] as const) yield over(`${at}.overhead.emptyTaskRoundTripUs.${key}`, overhead[key], FIELD_LIMITS.weekUs, 'round trip in µs')
    yield over(`${at}.overhead.shareOfChunk`, run.overhead?.shareOfChunk, FIELD_LIMITS.ratio, 'ratio')
    if (run.amdahl) {
      yield over(`${at}.amdahl.serialFraction`, run.amdahl.serialFraction, FIELD_LIMITS.ratio, 'serial fraction')
      yield over(`${at}.amdahl.maxSpeedup`, run.amdahl.maxSpeedup, FIELD_LIMITS.ratio, 'speedup')
      yield over(`${at}.amdahl.rmse`, run.amdahl.rmse, FIELD_LIMITS.ratio, 'fit error')
    }
    for (const [i, ref] of (run.references ?? []).entries()) {
      if (!ref.available) continue
      yield over(`${at}.references.${i}.usPerOp`, ref.usPerOp, FIELD_LIMITS.weekUs, 'time per operation in µs')
      yield over(`${at}.references.${i}.opsPerSec`, ref.opsPerSec, FIELD_LIMITS.perSecond, 'rate')
    }
    yield* scheduleFields(run, at)
    for (const [p, point] of run.points.entries()) yield* pointFields(point, `${at}.points.${p}`)
  }
}
