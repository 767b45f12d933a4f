/**
 * daemon: "a daemon thread or process ends when its main one exits", decided from counts over R
 * rounds per exit way (normal, SIGKILL): in how many a daemon worker was still alive after its
 * host had gone. CPython's `daemon=True` threads and processes where they ran (the claim is about
 * that flag); else the lab's equivalents, Node's worker thread and its children. Threads cannot
 * outlive their process; a daemon process is ended by its parent's exit code (multiprocessing's
 * atexit), so a SIGKILLed parent leaves it running: the expected answer is `depends`.
 */
import type { ClaimVerdict } from '../../../../src-shared/claims/claim-verdict'
import { DAEMON_THREAD_KINDS, type DaemonFigures, type DaemonKind } from '../../../../src-shared/daemon-report'
import type { Run } from '../../../../src-shared/report'
import type { RuntimeName } from '../../../../src-shared/runtime-names'
import { type RuleContext, findRun, pythonOf } from './lookup'
import { type Bar, type Figure, bar, because, figure, verdictOf } from './verdict'

/** Per side, the runtimes whose hosts start the daemon kinds, and the kinds the claim is about. */
const SIDES = {
  cpython: { runtimes: ['py-thread', 'py-process'], daemonKinds: ['py-daemon-thread', 'py-daemon-process'] },
  lab: { runtimes: ['thread', 'process'], daemonKinds: ['worker-thread', 'fork-child', 'detached-child'] },
} as const satisfies Record<string, { runtimes: readonly RuntimeName[]; daemonKinds: readonly DaemonKind[] }>

const isThread = (f: DaemonFigures) => DAEMON_THREAD_KINDS.includes(f.kind)

function cite(f: DaemonFigures): { figure: Figure; bar: Bar } {
  return {
    figure: figure('daemonSurvived', { kind: f.kind, exit: f.exit, k: f.survived, r: f.observed, ended: f.endedByLab }),
    bar: bar('kindExit', { kind: f.kind, exit: f.exit }, f.survived, { of: f.observed }),
  }
}

export function daemon(ctx: RuleContext): ClaimVerdict {
  const onCpython = ctx.report.runs.some((r) => r.workload === 'daemon' && (r.runtime === 'py-thread' || r.runtime === 'py-process'))
  const testedWith = onCpython ? 'cpython' : 'lab'
  const side = SIDES[testedWith]
  const runs: Run[] = []
  for (const runtime of side.runtimes) {
    const found = findRun(ctx, 'daemon', runtime)
    if (!found.ok) return found.verdict
    runs.push(found.value)
  }
  const python = onCpython ? pythonOf(runs[0]!) : undefined
  const tested = { testedWith, ...(python ? { python } : {}) } as const
  const figures = runs.flatMap((r) => r.points.flatMap((p) => (p.daemon ? [p.daemon] : [])))
  const daemons = figures.filter((f) => (side.daemonKinds as readonly DaemonKind[]).includes(f.kind))
  const threads = daemons.filter(isThread)
  const processes = daemons.filter((f) => !isThread(f))
  if (threads.length === 0 || processes.length === 0) return verdictOf(ctx.claim, 'cannot-run', because('notMeasured', { what: `daemon / ${side.runtimes.join(', ')}` }), { runs, ...tested })
  // A bar counts k of R observed rounds; a kind never observed has a figure saying so, no bar.
  const cited = daemons.map(cite)
  // A non-daemon worker holding its host's normal exit: the contrast the daemon flag is for.
  const held = figures.filter((f) => !(side.daemonKinds as readonly DaemonKind[]).includes(f.kind) && f.exit === 'normal').map((f) => figure('daemonHeldExit', { kind: f.kind, k: f.heldExit, r: f.observed }))
  const extras = { ...tested, runs, figures: [...cited.map((c) => c.figure), ...held], evidence: { unit: 'count' as const, bars: cited.filter((_, i) => daemons[i]!.observed > 0).map((c) => c.bar) } }
  const unobserved = daemons.find((f) => f.observed === 0)
  if (unobserved) return verdictOf(ctx.claim, 'inconclusive', because('daemonNotObserved', { kind: unobserved.kind, exit: unobserved.exit }), extras)
  const thread = threads.find((f) => f.survived > 0)
  if (thread) return verdictOf(ctx.claim, 'does-not-hold', because('daemonThreadSurvived', { kind: thread.kind, exit: thread.exit, k: thread.survived, r: thread.observed }), extras)
  const survivors = processes.filter((f) => f.survived > 0)
  if (survivors.length === 0) return verdictOf(ctx.claim, 'holds', because('daemonAllEnded'), extras)
  const afterNormal = survivors.find((f) => f.exit === 'normal')
  if (afterNormal) return verdictOf(ctx.claim, 'depends', because('daemonThreadsOnly', { kind: afterNormal.kind, k: afterNormal.survived, r: afterNormal.observed }), extras)
  const s = survivors[0]!
  return verdictOf(ctx.claim, 'depends', because('daemonProcessesIfParentEnds', { kind: s.kind, exit: s.exit, k: s.survived, r: s.observed }), extras)
}
