/**
 * The built CLI as users run it (`node bin/conlab.js`), each case in its own folder: its own cwd,
 * history folder and TMPDIR (so "no temp file left" is a look at one folder), and a hard timeout
 * after which the whole tree is killed and the case fails as a hang.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { WORKLOAD_NAMES as SHARED_WORKLOAD_NAMES, type WorkloadName } from '../../src-shared/workloads'
import { repoRoot } from '../helpers/built-cli'
import { descendantsOf } from './checks'

export const conlabBin = join(repoRoot, 'bin', 'conlab.js')

export interface CaseFolders {
  root: string
  cwd: string
  tmp: string
  history: string
  out: string
}

/** A fresh folder per case; `cleanup` removes it. */
export async function caseFolders(prefix: string): Promise<CaseFolders & { cleanup(): Promise<void> }> {
  const root = await mkdtemp(join(tmpdir(), prefix))
  const folders = { root, cwd: join(root, 'cwd'), tmp: join(root, 'tmp'), history: join(root, 'history'), out: join(root, 'out') }
  await Promise.all([folders.cwd, folders.tmp, folders.history, folders.out].map((dir) => mkdir(dir)))
  return { ...folders, cleanup: () => rm(root, { recursive: true, force: true }) }
}

export interface CliOutcome {
  code: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
  /** The CLI had to be killed after the timeout. */
  hung: boolean
}

export function startConlab(args: string[], folders: CaseFolders, timeoutMs = 45_000): { child: ChildProcess; done: Promise<CliOutcome> } {
  const env: NodeJS.ProcessEnv = { ...process.env, TMPDIR: folders.tmp, CONLAB_HISTORY_DIR: folders.history }
  // CONLAB_DEBUG prints stacks on purpose; the cases check what users see.
  delete env.CONLAB_DEBUG
  const child = spawn(process.execPath, [conlabBin, ...args], { cwd: folders.cwd, env, stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  let hung = false
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const timer = setTimeout(() => {
    hung = true
    for (const id of descendantsOf(child.pid!)) process.kill(id.pid, 'SIGKILL')
    child.kill('SIGKILL')
  }, timeoutMs)
  const done = new Promise<CliOutcome>((resolve) =>
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      resolve({ code, signal, stdout, stderr, hung })
    }),
  )
  return { child, done }
}

export function runConlab(args: string[], folders: CaseFolders, timeoutMs?: number): Promise<CliOutcome> {
  return startConlab(args, folders, timeoutMs).done
}

/**
 * A short run of each workload: a second or two on two cores, long enough to be cancelled in.
 * Keyed by every workload name, so a workload added later cannot be left out of the suite.
 */
export const TINY_WORKLOADS = {
  prime: ['--prime-hi', '3e6'],
  'file-io': ['--tasks', '6', '--files', '3', '--file-size', '64k'],
  'network-fetch': ['--tasks', '4', '--requests', '8', '--latency-ms', '2'],
  spawn: ['--samples', '4', '--warm-samples', '20', '--memory-workers', '2'],
  'ipc-latency': ['--samples', '10', '--payloads', '64,1k', '--ipc-warmup', '5', '--max-ms-per-point', '150'],
  'context-switch': ['--rounds', '2000', '--oversubscription', '1', '--busy-iterations', '2000000', '--perf-loops', '40000'],
  sleep: ['--tasks', '6', '--sleep-ms', '40'],
  'shared-vs-messages': ['--updaters', '2', '--updates', '5000'],
  locks: ['--lock-threads', '1,2', '--lock-waits', 'spin,block', '--critical-work', '0', '--acquisitions', '500', '--max-repetition-ms', '200'],
  primitives: ['--threads', '3', '--acquires-per-thread', '20', '--waiters', '1,2', '--items', '200', '--capacities', '1,8', '--barrier-phases', '2'],
  race: ['--race-workers', '2', '--race-increments', '200000', '--race-message-increments', '400'],
  deadlock: ['--deadlock-pairs', '3', '--deadlock-bound-ms', '2000'],
  livelock: ['--livelock-duration-ms', '60'],
  'crash-isolation': ['--crash-faults', 'throw,abort', '--crash-siblings', '1', '--crash-sibling-ms', '100'],
  starvation: ['--starve-threads', '3', '--starve-acquisitions', '500', '--starve-max-repetition-ms', '200'],
  'priority-inversion': ['--priority-hold-units', '5', '--priority-unit-steps', '20000'],
  'pool-reuse': ['--pool-tasks', '3'],
  'lock-reentry': ['--reentry-repetitions', '2', '--reentry-timeout-ms', '10'],
  daemon: ['--daemon-rounds', '1', '--daemon-lifetime-ms', '1000', '--daemon-hold-ms', '100', '--daemon-observe-ms', '100'],
} as const satisfies Record<WorkloadName, readonly string[]>

export const WORKLOAD_NAMES: readonly WorkloadName[] = SHARED_WORKLOAD_NAMES

export function tinyRun(workload: WorkloadName, runtimes: string): string[] {
  return ['run', '--workload', workload, ...TINY_WORKLOADS[workload], '--runtimes', runtimes, '--workers', '1,2', '--repeat', '2', '--warmup', '0']
}
