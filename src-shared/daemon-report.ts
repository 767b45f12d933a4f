/**
 * Report fields of the daemon workload (issue 18, part 0): for one kind of thread or child and one
 * way its host ended, in how many of R rounds it was still alive after the host had gone, how
 * many of those the lab then ended itself, and how long the host took to exit after its main code
 * was done (a non-daemon thread or process holds it). Counts, not times, are the finding; the
 * delays are kept as the verdict rules' material. Optional on Point, so older reports still parse.
 * The host <-> engine messages are here too (one newline-JSON line each, from Node and CPython).
 */
import { z } from 'zod'
import { nonNegative } from './numbers'

/** What a host starts, by the runtime whose host it is (DAEMON_HOSTS_OF). */
export const DAEMON_KINDS = ['worker-thread', 'fork-child', 'detached-child', 'py-daemon-thread', 'py-thread', 'py-daemon-process', 'py-process'] as const
export type DaemonKind = (typeof DAEMON_KINDS)[number]

/** How the host ends: its main code returns (Node: process.exit), or it is SIGKILLed mid-way. */
export const DAEMON_EXITS = ['normal', 'sigkill'] as const
export type DaemonExit = (typeof DAEMON_EXITS)[number]

/**
 * The runtimes that have a host, and the hosts of one round: what each starts. CPython's daemon
 * and non-daemon kinds get a host each, so that a held exit is the non-daemon one's alone; Node's
 * kinds hold nothing (process.exit) and share one.
 */
export const DAEMON_HOSTS_OF = {
  thread: [['worker-thread']],
  process: [['fork-child', 'detached-child']],
  'py-thread': [['py-daemon-thread'], ['py-thread']],
  'py-process': [['py-daemon-process'], ['py-process']],
} as const satisfies Record<string, ReadonlyArray<readonly DaemonKind[]>>
export type DaemonRuntime = keyof typeof DAEMON_HOSTS_OF

/** Threads live in their host's process: they cannot outlive it (the finding checks it anyway). */
export const DAEMON_THREAD_KINDS: readonly DaemonKind[] = ['worker-thread', 'py-daemon-thread', 'py-thread']

/** Why a kind was not observed in a round (the host did not start it, or did not say so in time). */
export const DAEMON_MISSED = ['host-not-started', 'host-timed-out'] as const

/** Why a runtime is not (fully) measured: the `what` of its run's unavailable entry, keyed `daemon.cli.<what>`. */
export const DAEMON_UNAVAILABLE = ['noHost', 'noPython', 'noGroups'] as const
export type DaemonUnavailable = (typeof DAEMON_UNAVAILABLE)[number]

const count = z.number().int().min(0).max(100)

export const DaemonFiguresSchema = z.object({
  kind: z.enum(DAEMON_KINDS),
  exit: z.enum(DAEMON_EXITS),
  /** Rounds asked for (R). */
  rounds: count,
  /** Rounds in which the host started this kind and then ended as asked: the denominator. */
  observed: count,
  /** Of those, rounds in which it was still alive `observeMs` after its host had ended. */
  survived: count,
  /** Survivors the lab then killed itself (every one it found: the lab's guarantee). */
  endedByLab: count,
  /**
   * Normal exits in which this kind got to the end of its work, its host's exit waiting for it:
   * counted from the kind's own last word (CPython), never from a duration. A daemon thread is
   * dropped at exit and never says it; Node's kinds never do.
   */
  heldExit: count,
  /** Per observed round: host exit after its main code was done (ms); noise on a loaded machine. */
  exitDelaysMs: z.array(nonNegative).max(100),
  holdMs: nonNegative,
  observeMs: nonNegative,
  /** Rounds not observed, and why. */
  missed: z.array(z.enum(DAEMON_MISSED)).max(100),
})
export type DaemonFigures = z.infer<typeof DaemonFiguresSchema>

/** The optional Point fields, spread into PointSchema. */
export const DAEMON_POINT_FIELDS = {
  daemon: DaemonFiguresSchema.optional(),
}

type Words = (key: string, params?: Record<string, string | number>) => string

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length === 0 ? 0 : s.length % 2 === 1 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2
}

/** One row of figures in words, the same for the CLI table and the view (`daemon.*` keys). */
export function daemonCells(f: DaemonFigures, t: Words): { kind: string; exit: string; survived: string; endedByLab: string; exitDelay: string } {
  const delay = f.exitDelaysMs.length === 0 ? '-' : t('daemon.cli.delay', { ms: Math.round(median(f.exitDelaysMs)), held: f.heldExit, of: f.observed })
  return {
    kind: t(`daemon.kinds.${f.kind}`),
    exit: t(`daemon.exits.${f.exit}`),
    survived: t('daemon.cli.ofRounds', { k: f.survived, n: f.observed }),
    endedByLab: String(f.endedByLab),
    // Only a normal exit can be held; a SIGKILL's delay is the kill's own latency.
    exitDelay: f.exit === 'normal' ? delay : '-',
  }
}

/** What a host (Node or CPython) prints, one JSON object a line. */
export type DaemonHostLine =
  | { type: 'started'; kind: DaemonKind; pid: number }
  | { type: 'ready'; pid: number }
  | { type: 'failed'; kind: DaemonKind }
  /** A CPython thread or process that got to the end of its work (its last word). */
  | { type: 'ended'; kind: DaemonKind }

/** The host's configuration: its one JSON argument. */
export interface DaemonHostConfig {
  role: 'host'
  kinds: DaemonKind[]
  exit: DaemonExit
  /** Every thread and child ends by itself by then (ms from its start): nothing is ever left. */
  lifetimeMs: number
  /** On a normal exit, a non-daemon thread or process works this long, holding the host's exit. */
  holdMs: number
  /** Children end as soon as this process is gone (checked every 50-100 ms): the lab is gone. */
  enginePid: number
}

/** A Node child of the host (fork or detached spawn): lives `lifetimeMs` at most. */
export interface DaemonChildConfig {
  role: 'child'
  lifetimeMs: number
  enginePid: number
}
