/**
 * English texts of every workload: its title, heading, introduction and one-line description.
 * Typed against the workload list, so a new workload without them is a compile error.
 * vue-i18n reserves braces, at, pipe and dollar signs: only {placeholders} use them.
 */
import type { WorkloadName } from '../workloads'
import { daemonWorkload } from './en-daemon'
import { lockReentryWorkload } from './en-lock-reentry'
import { poolReuseWorkload } from './en-pool-reuse'

/** What every workload must say about itself. `describe` gets the options as placeholders. */
interface WorkloadTexts {
  /** Its name in the navigation and forms. */
  title: string
  /** Its heading in tables and exports: the name and what bounds it. */
  heading: string
  intro: string
  describe: string
}

const workloads = {
  prime: {
    title: 'Prime search',
    heading: 'Prime search (CPU-bound)',
    intro: 'CPU-bound: count primes in a range, split into chunks across workers.',
    describe: 'range [{lo}, {hi}), {method}, {chunking} chunking',
    /** The option values as the describe line names them. */
    'method-sieve': 'sieve',
    'method-trial': 'trial division',
    'chunking-static': 'static',
    'chunking-dynamic': 'dynamic',
  },
  'file-io': {
    title: 'File I/O',
    heading: 'File I/O (I/O-bound: disk and page cache)',
    intro: 'I/O-bound: write and read back temporary files, split into tasks across workers.',
    describe: '{tasks} tasks × {files} files of {fileSize}, blocks of {blockSize}, {fsApi} fs API, {mode}{fsync}',
    readOnly: 'read only',
    writeRead: 'write + read back',
    withFsync: ', fsync',
    'fsApi-async': 'async',
    'fsApi-sync': 'sync',
  },
  'network-fetch': {
    title: 'Network fetch',
    heading: 'Network fetch (I/O-bound: waiting on a server)',
    intro: 'I/O-bound: fetch from a loopback server that answers after a set delay.',
    describe: '{tasks} tasks × {requests} requests, {inFlight} in flight per task, {target}',
    loopback: 'loopback server, {size} answers after {latencyMs} ms{jitter}',
    jitter: ' + 0–{jitterMs} ms jitter',
  },
  spawn: {
    title: 'Spawn cost',
    heading: 'Spawn cost',
    intro: 'What a worker costs to start and to keep: time to first answer, and memory.',
    describe: '{samples} cold spawns, {warmSamples} warm tasks, memory of {memoryWorkers} workers',
  },
  'ipc-latency': {
    title: 'IPC latency',
    heading: 'IPC latency',
    intro: 'How long a message takes to go to the other side and back, by mechanism and size.',
    describe: '{mechanisms}; {payloads} payload sizes, {samples} round trips each',
  },
  'context-switch': {
    title: 'Context switch',
    heading: 'Context switches',
    intro: 'What it costs the operating system to switch between threads and between processes.',
    describe: '{rounds} round trips per ping-pong, busy workers per core {oversubscription}, perf reference {perf}',
  },
  sleep: {
    title: 'Sleep vs spin',
    heading: 'Sleep vs spin (waiting against computing)',
    intro: 'Each task takes a set time, asleep on a timer (no core used) or computing in a busy loop sized to that time (a core held): what overlaps, and where.',
    describe: '{tasks} tasks of {ms} ms each, {mode}',
    checked: 'all {expected} tasks verified (a sleep lasted its full time; a busy loop returned the checksum of a single-thread run)',
  },
  'shared-vs-messages': {
    title: 'Shared memory vs messages',
    heading: 'Shared memory vs message passing (cost of one update)',
    intro: 'N workers each add 1 to one value K times, the value held in shared memory (Atomics), by an owner worker reached by messages, or by the main process reached over a socket: what one update costs each way.',
    describe: '{updaters} workers × {updates} updates each, ways: {ways}',
  },
  locks: {
    title: 'Locks',
    heading: 'Locks (cost per acquire+release, fairness)',
    intro: 'What one acquire+release of a mutex costs, alone and with threads competing for it: spin, block or both, FIFO or barging, over the length of the critical section; and who gets the lock how often.',
    describe: 'threads {threads}; waits {waits}; orders {orders}; critical work {critical}, outside {outside}; {acquisitions} acquisitions per repetition',
  },
  primitives: {
    title: 'Sync primitives',
    heading: 'Synchronisation primitives (Semaphore, Event, Condition, Barrier, Queue)',
    intro: 'The primitives Python’s threading and multiprocessing modules teach, at work between threads: how many get in, how fast waiters wake, who waits for whom, and what a bounded queue costs.',
    describe: 'parts: {parts}; {threads} threads, {waiters} waiters, {items} items, queue capacities {capacities}',
  },
  race: {
    title: 'Race',
    heading: 'Race (lost updates on a shared counter)',
    intro: 'Several workers add 1 to one counter at once: without protection updates are lost; Atomics.add, a lock or one message to the counter’s owner keep them all.',
    describe: '{workers} workers, {increments} increments each ({messageIncrements} through the owner), gap {gap} steps, variants {variants}',
    checked: 'every exact variant reached its expected total; no variant exceeded it',
  },
  deadlock: {
    title: 'Deadlock',
    heading: 'Deadlock (two locks in opposite order, detected from the wait-for graph)',
    intro: 'Workers in a ring each take their own lock, pause, then take their neighbour’s: each ends up waiting for the next. The lab sees the cycle in the wait-for graph, ends the run, and shows the two fixes beside it.',
    describe: '{workers} workers in a ring, {pairs} pairs each, pause {pause} ms, variants {variants}',
  },
  livelock: {
    title: 'Livelock',
    heading: 'Livelock (polite workers backing off in step)',
    intro: 'Two polite workers each hold one lock and try the other; on failure both give way for the same time and try again, in step: busy, and no progress. A random back-off breaks the step.',
    describe: 'hold {hold} µs, back-off {backoff} µs, {duration} ms per repetition, variants {variants}',
  },
  'crash-isolation': {
    title: 'Crash isolation',
    heading: 'Crash isolation (a fault in a thread vs in a process)',
    intro: 'A fault raised inside a worker thread and inside a child process, each in a host process the lab can afford to lose: what survives, the host, the other workers, the pool?',
    describe: 'faults {faults}; {siblings} sibling workers busy {siblingMs} ms; heap limit {heapLimitMb} MB',
  },
  starvation: {
    title: 'Starvation',
    heading: 'Starvation (who gets a contended lock: barging vs FIFO)',
    intro: 'Threads hammer one lock: a barging lock lets some win again and again while others wait; a FIFO lock serves them in turn. Each thread’s share and longest wait.',
    describe: '{threads} threads, {wait} wait; work {critical} steps inside, {outside} outside; {acquisitions} acquisitions per repetition',
  },
  'priority-inversion': {
    title: 'Priority inversion',
    heading: 'Priority inversion (low holds the lock, medium works, high waits)',
    intro: 'Three processes at low, medium and high priority on one core: the low one holds a lock the high one needs while the medium one works. How much of the medium’s work gets done while the high one waits, and the fix: priority inheritance.',
    describe: 'variants {variants}; work unit {unitSteps} steps; the holder does {holdUnits} units',
  },
  'pool-reuse': poolReuseWorkload,
  'lock-reentry': lockReentryWorkload,
  daemon: daemonWorkload,
} satisfies Record<WorkloadName, WorkloadTexts & Record<string, string>>
export default workloads
