/**
 * The shared-vs-messages experiment's texts (issue 15): its CLI table, chart, not-applicable
 * reason and "What this shows", naming the Python APIs each way stands for. Plain words; no
 * vue-i18n special characters except for placeholders.
 */
const ways = {
  'shared-memory': 'Shared memory (Atomics)',
  'owner-messages': 'Owner worker, by messages',
  'main-owner': 'Main process owner, over a socket',
}

export default {
  ways,
  /** The run form's labels and the CLI's flag help (merged into `fields.shared-vs-messages` / `options.shared-vs-messages` by en.ts). */
  fields: {
    updaters: { label: 'Updating workers', help: 'Comma-separated counts, e.g. 1, 2, 4: workers updating the one value at once (N); each count is a point.' },
    updates: { label: 'Updates per worker', help: 'Each worker adds 1 this many times per repetition (K), each acknowledged before the next.' },
    ways: { label: 'Ways to hold the value', help: 'Shared memory with Atomics, an owner worker changed by messages, or the main process reached over a socket.' },
  },
  options: { ways },
  python: {
    'shared-memory': 'multiprocessing.Value / Array',
    'owner-messages': 'queue.Queue / multiprocessing.Queue',
    'main-owner': 'multiprocessing.Manager',
  },
  notApplicable: {
    managerThreads: 'A multiprocessing.Manager serves other processes; threads of one interpreter reach the value directly (the shared-memory way: an int behind a threading.Lock).',
    sharedMemory:
      'Node processes cannot share memory without native code, so multiprocessing.Value and Array exist only between threads here; see the main-owner way (the Manager) for a value processes share through the main process.',
  },
  cli: {
    title: 'Shared memory vs message passing: the cost of one update',
    columns: {
      way: 'Way',
      python: 'Python',
      runtime: 'Runtime',
      workers: 'Workers',
      perUpdate: 'Time per update',
      interval: '95% interval',
      rate: 'Updates/s',
      total: 'Final value',
    },
    note: 'Time per update = a repetition’s wall time over all its updates (N workers × {updates} each); the final value is checked exactly.',
    notApplicable: '{runtime}: {way} not applicable. {reason}',
    checked: 'every final value exactly N × K',
  },
  chart: {
    title: 'Cost of one update, by way of holding the value',
    y: 'Time per update ({unit})',
    explain:
      'Each bar is one update’s share of a repetition: N workers each add 1 to one value K times, every update finished before the next. Log scale: the ways differ by orders of magnitude.',
    workers: '{workers} workers',
  },
  lanes: {
    label: '{workers} threads · {way}',
    caption: 'Traced point: {label}. One extra repetition per point and way runs with tracing and counts in no figure; after the run the screen keeps the last one with the most threads.',
    processes: 'Processes: no timeline. Each process has its own memory, so there is no trace ring it could share with the engine.',
    what: 'Each row is one client thread of the traced repetition. These ways use no lock, so the client records its own waits: with an owner worker or the main process, each update is a request and a wait for the answer (Python: a put() then a get() on a Queue, or a call through a Manager proxy), shown as waiting on the queue; between answers the client runs. With shared memory a client never waits (one Atomics.add, like v.value += 1 under v.get_lock()), so its row runs from start to end.',
  },
  whatTitle: 'What this shows',
  what: {
    sharedMemory:
      'Shared memory (Python: multiprocessing.Value / Array, or a plain variable between threads): every worker changes the value itself with an atomic add. Expect tens of nanoseconds per update, more when workers contend for the same cache line. Threads only: Node processes share no memory.',
    ownerMessages:
      'Owner by messages (Python: queue.Queue between threads, multiprocessing.Queue between processes): one worker alone holds the value and the others send it requests and wait for the answer. Expect microseconds per update: each one is a message there and back, and the owner serves one request at a time.',
    mainOwner:
      'Owner in the main process (Python: multiprocessing.Manager, a server process reached over a socket): the engine’s main process holds the value and workers reach it over a local socket. Expect the slowest figures: a round trip through the operating system, served by a process that is also busy running the lab.',
    expect: 'Messages cost one to three orders of magnitude more than shared memory, but need no lock and work between processes; the totals are exact every way, because each update is one atomic step at one place.',
  },
}
