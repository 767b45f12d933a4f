/**
 * English texts of the `primitives` experiment (issue 15): its text table, chart titles and axes,
 * the "what this shows" of each part naming the Python API it stands for, and the reason a process
 * run measures only the queue. The roots import it under the top-level key `primitives`.
 * vue-i18n reserves braces, at, pipe and dollar signs: only {placeholders} use them.
 */
const parts = {
  semaphore: 'Semaphore',
  event: 'Event',
  condition: 'Condition',
  barrier: 'Barrier',
  queue: 'Bounded queue',
}

export default {
  parts,
  /** The run form's labels and the CLI's flag help (merged into `fields.primitives` / `options.primitives` by en.ts). */
  fields: {
    parts: { label: 'Parts', help: 'Which primitives to run: Semaphore, Event, Condition, Barrier and the bounded queue.' },
    threads: { label: 'Threads', help: 'Threads of the semaphore and barrier parts; the semaphore limit goes from 1 to this count.' },
    acquiresPerThread: { label: 'Acquires per thread', help: 'Acquire and release cycles each thread makes at each semaphore limit.' },
    sectionSpins: { label: 'Work inside the semaphore (busy steps)', help: 'Done while holding a permit.' },
    waiters: { label: 'Event waiters', help: 'Comma-separated counts, e.g. 1, 2, 4: threads waiting on one Event; each count is a point.' },
    items: { label: 'Items', help: 'Passed through the condition buffer and through each queue.' },
    capacities: { label: 'Queue capacities', help: 'Comma-separated, e.g. 1, 16, 256 (maxsize); the condition buffer holds the smallest.' },
    barrierPhases: { label: 'Barrier phases', help: 'Phases each thread goes through; at the end of each, all wait for the slowest.' },
    phaseSpins: { label: 'Work per phase (busy steps)', help: 'The lightest share of a phase; the other threads do up to that many times the thread count, so the work is uneven.' },
    waitTimeoutMs: { label: 'Longest wait (ms)', help: 'A wait blocked longer fails the part with a timeout: nothing hangs.' },
  },
  options: { parts },
  mechanisms: {
    'shared-queue': 'shared-memory queue (threads)',
    'message-port': 'MessagePort (engine to a thread)',
    ipc: 'IPC (engine to a process)',
  },
  /** Stored in a process run's `unavailable` list, and shown translated by the view and the table. */
  threadsOnly: 'threads only: Node processes cannot share memory without native code, so there is no {part} between processes here (only the queue has a process counterpart, messages over IPC)',
  table: {
    title: 'Synchronisation primitives',
    semaphore: 'Semaphore: at most limit threads inside',
    semaphoreColumns: { limit: 'limit', threads: 'threads', maxInFlight: 'max inside', median: 'median time', perSecond: 'acquires/s' },
    event: 'Event: time from set() to each waiter awake',
    eventColumns: { waiters: 'waiters', p50: 'wake p50', p99: 'wake p99', max: 'wake max', median: 'median time' },
    condition: 'Condition: one producer, one consumer, a bounded buffer',
    conditionColumns: { capacity: 'buffer', items: 'items', perSecond: 'items/s', producerWaits: 'producer waits', consumerWaits: 'consumer waits', once: 'taken once' },
    barrier: 'Barrier: each phase waits for the slowest thread',
    barrierColumns: { phase: 'phase', phaseMs: 'phase time', slowest: 'slowest thread', waits: 'wait per thread (ms)' },
    queue: 'Bounded queue: items per second by capacity',
    queueColumns: { mechanism: 'mechanism', capacity: 'capacity', perSecond: 'items/s', median: 'median time', once: 'received once' },
    notMeasured: '{runtime}: {part} not measured ({reason})',
    checked: 'the semaphore never let more than its limit in, every waiter woke, every item was taken exactly once, no barrier generation mixed',
    belowLimit: 'note: at limit {limit}, at most {max} threads were inside at once (the threads did not overlap enough to fill it)',
  },
  charts: {
    semaphore: { title: 'Most threads inside the semaphore, by limit', x: 'limit (Semaphore value)', y: 'most threads inside at once', limitLine: 'limit' },
    event: { title: 'Wake-up latency after set(), by number of waiters', x: 'waiters', p50: 'median', p99: 'p99', y: 'latency (µs)' },
    barrier: { title: 'Wait at the barrier, per thread and phase', x: 'phase', y: 'wait (ms)', thread: 'thread {n}' },
    queue: { title: 'Queue throughput by capacity', x: 'capacity (maxsize)', y: 'items per second' },
    condition: { title: 'Producer and consumer over a Condition', perSecond: '{value} items/s', waits: 'producer waited {producer} times, consumer {consumer} times' },
  },
  /** What each part shows, with the Python API it stands for and what to expect. */
  whatThisShows: {
    semaphore:
      'threading.Semaphore(value) and BoundedSemaphore: at most value threads hold a permit at once; the others block in acquire() until one releases. The lab counts the threads inside with an atomic counter: the most seen at once must equal the limit, and above it the run fails. Expect throughput to grow with the limit until it reaches the number of cores, then to flatten.',
    event:
      'threading.Event: wait() blocks until another thread calls set(), and then every waiter wakes. The setter notes when it set the flag, each waiter when it woke. Expect tens of microseconds for one waiter, and the last of many waiters to wake later: the operating system wakes them one after another, and only as many run at once as there are cores.',
    condition:
      'threading.Condition: wait() releases its lock and sleeps until notify(); the classic use is a producer and a consumer sharing a bounded buffer, each waiting while it is full or empty. Every item must be taken exactly once (checked). Expect many waits with a small buffer, and more items per second as the buffer grows.',
    barrier:
      'threading.Barrier(parties): each thread waits at the barrier until all have arrived, then all go on together into the next phase (a generation). With uneven work, the slowest thread sets the pace: it waits least, the others wait for it. No thread may pass into a phase before all have finished the previous one (checked).',
    queue:
      'queue.Queue(maxsize) between threads, multiprocessing.Queue / JoinableQueue between processes: put() blocks while the queue is full. Compared here: a queue in shared memory between two threads, a MessagePort to a thread, and IPC to a process, each with at most capacity items waiting. Expect capacity 1 to be slowest (every item a hand-over), and IPC to be slowest of the three. Every item is received exactly once (checked).',
  },
  /** The traced round's label per part (src-shared/lane-labels.ts) and the timeline's texts. */
  lanes: {
    semaphore: '{part} · {threads} threads · limit {limit}',
    event: '{part} · {threads} threads · {waiters} waiters',
    condition: '{part} · producer and consumer · buffer {capacity}',
    barrier: '{part} · {threads} threads · {phases} phases',
    queue: '{part} · {mechanism} · capacity {capacity}',
    caption: 'Traced point: {label}. Each part traces one extra round of one point (the semaphore just below its top limit, the event with the most waiters, the queue in shared memory at its smallest capacity), counted in no figure; while the run goes the chart follows each part, and after it the screen keeps one timeline per part.',
    what: 'Each row is one thread of a traced round. Semaphore: holding a permit or blocked in acquire(), at most limit rows hold one at once. Event: waiters sit in wait() until set() wakes them all. Condition: the consumer waits while the buffer is empty, the producer while it is full, each holding the Condition’s lock in between. Barrier: every row waits at the barrier until the slowest arrives, then all run on together. Queue: the producer blocks in put() while the queue is full, the consumer in get() while it is empty. The MessagePort and IPC queues use no shared primitive and are not traced.',
  },
  view: {
    intro: 'Each part runs on worker threads sharing memory; a process run measures only the queue, over IPC.',
    noFigures: 'Not measured in these results.',
    threadsOnlyPart: '{part}: threads only. Node processes cannot share memory without native code.',
  },
}
