/**
 * CPython as a runtime: which lab runtimes run in a Python interpreter, how, which workloads they
 * have kernels for, and what is recorded about an interpreter (found on the machine, and beside
 * each run's figures). The wire messages are in protocol-python.ts.
 */
import { z } from 'zod'
import type { RuntimeName } from './runtime-names'
import type { WorkloadName } from './workloads'
import { raceVariantsOf } from './workloads/race'
import { IPC_MECHANISM_RUNTIME, type IpcMechanism } from './workloads/ipc-latency'

export const PYTHON_MODES = ['thread', 'process', 'async'] as const
export type PythonMode = (typeof PYTHON_MODES)[number]

export const START_METHODS = ['spawn', 'fork', 'forkserver'] as const
export const StartMethodSchema = z.enum(START_METHODS)
export type StartMethod = z.infer<typeof StartMethodSchema>

/** The lab's Python runtimes and the worker program's `--mode` each one runs. */
export const PYTHON_RUNTIME_MODES = { 'py-thread': 'thread', 'py-process': 'process', 'py-async': 'async' } as const satisfies Partial<Record<RuntimeName, PythonMode>>
export type PythonRuntime = keyof typeof PYTHON_RUNTIME_MODES

export function isPythonRuntime(runtime: string): runtime is PythonRuntime {
  return Object.hasOwn(PYTHON_RUNTIME_MODES, runtime)
}

/**
 * The workloads each Python runtime has kernels for (src-workers/python/conlab_kernels.py and the
 * modules it imports). Any other workload answers "not applicable" for it, with that reason,
 * instead of failing. `py-async` is for I/O: timers, file I/O (through the loop's executor) and
 * HTTP on asyncio streams; prime search on one event loop would only show one core.
 */
export const PYTHON_WORKLOADS = {
  'py-thread': [
    'prime',
    'sleep',
    'file-io',
    'network-fetch',
    'race',
    'shared-vs-messages',
    'pool-reuse',
    'lock-reentry',
    'ipc-latency',
    'spawn',
    'daemon',
  ],
  'py-process': [
    'prime',
    'sleep',
    'file-io',
    'network-fetch',
    'race',
    'shared-vs-messages',
    'pool-reuse',
    'ipc-latency',
    'spawn',
    'daemon',
  ],
  'py-async': ['sleep', 'file-io', 'network-fetch'],
} as const satisfies Record<PythonRuntime, readonly WorkloadName[]>

/**
 * Whether a Python runtime can run these workload options: sleep's `spin` mode needs the Node
 * busy loop's checksum; a race needs one of the runtime's own variants among those chosen; in
 * shared-vs-messages, threads have no Manager way (main-owner) alone; IPC latency needs one of the
 * runtime's own mechanisms (py-thread-queue...) among those chosen.
 */
export function pythonRuns(runtime: PythonRuntime, options: Record<string, unknown>): boolean {
  if (options.workload === 'sleep' && (options.mode === 'spin' || options.mode === 'convoy')) return false
  if (options.workload === 'race' && Array.isArray(options.variants) && !raceVariantsOf(runtime).some((v) => (options.variants as unknown[]).includes(v))) return false
  if (options.workload === 'ipc-latency' && Array.isArray(options.mechanisms) && !options.mechanisms.some((m) => IPC_MECHANISM_RUNTIME[m as IpcMechanism] === runtime)) return false
  if (options.workload === 'shared-vs-messages' && runtime === 'py-thread' && Array.isArray(options.ways) && options.ways.every((w) => w === 'main-owner')) return false
  return (PYTHON_WORKLOADS[runtime] as readonly unknown[]).includes(options.workload)
}

/** The oldest CPython the worker program supports (math.isqrt, time.thread_time, f-string-free code). */
export const MIN_PYTHON: readonly [number, number] = [3, 8]

/** `--python all` / the config's `pythons: 'all'`: every usable interpreter found, side by side. */
export const PYTHON_ALL = 'all'
/** How many interpreters one configuration may name side by side. */
export const MAX_PYTHONS = 16

/** Where discovery found an interpreter. */
export const PYTHON_SOURCES = ['flag', 'path', 'launcher', 'free-threaded', 'pyenv'] as const

export const PythonUnsupportedSchema = z.enum(['too-old'])
export type PythonUnsupported = z.infer<typeof PythonUnsupportedSchema>

/** One interpreter found on the machine, as its own probe described it. */
export const PythonInterpreterSchema = z.object({
  /** How the lab starts it (`python3`, a path, or `py` with `-3.13`-style arguments). */
  command: z.string().max(4096),
  args: z.array(z.string().max(100)).max(4),
  source: z.enum(PYTHON_SOURCES),
  /** sys.executable, resolved to its real path: two names of one interpreter are listed once. */
  executable: z.string().max(4096),
  version: z.string().max(100),
  implementation: z.string().max(100),
  /** `sys._is_gil_enabled()` where it exists (3.13+), else true: every older CPython has the GIL. */
  gilEnabled: z.boolean(),
  /** A free-threaded build (Py_GIL_DISABLED), whether or not the GIL was turned back on. */
  freeThreaded: z.boolean(),
  startMethods: z.array(StartMethodSchema).max(3),
  /** Absent: the lab can run it. */
  unsupported: PythonUnsupportedSchema.optional(),
})
export type PythonInterpreter = z.infer<typeof PythonInterpreterSchema>

/** What a run records beside its figures about the interpreter that produced them. */
export const PythonRunInfoSchema = z.object({
  executable: z.string().max(4096),
  version: z.string().max(100),
  implementation: z.string().max(100),
  gilEnabled: z.boolean(),
  freeThreaded: z.boolean(),
  /** py-process only: how the pool's processes were started. */
  startMethod: StartMethodSchema.optional(),
})
export type PythonRunInfo = z.infer<typeof PythonRunInfoSchema>

export function isSupported(interpreter: PythonInterpreter): boolean {
  return interpreter.unsupported === undefined
}
