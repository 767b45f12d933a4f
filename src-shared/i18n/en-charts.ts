/**
 * Chart titles and their "what this shows" paragraphs: each ties a figure to the concept it lets
 * people check for themselves (the README explains each one). Plain words; no vue-i18n special characters
 * (braces, at, pipe, dollar) except for placeholders.
 */
export default {
  showNumbers: 'Show the numbers',
  cols: {
    runtime: 'Runtime',
    workers: 'Workers',
    median: 'Median time',
    speedup: 'Speedup',
    ci: '95% CI',
    vsMain: 'vs main thread',
    efficiency: 'Efficiency',
    check: 'Answer checked',
    worker: 'Worker',
    chunk: 'Chunk',
    start: 'Start',
    end: 'End',
    throughput: 'Throughput',
    p50: 'p50',
    p90: 'p90',
    p99: 'p99',
    max: 'max',
    mechanism: 'Mechanism',
    payload: 'Payload',
    variant: 'Measurement',
    rss: 'RSS',
    heap: 'Heap used',
    perOp: 'Per round trip',
    switches: 'Context switches per round trip (voluntary / involuntary)',
    factor: 'Per core',
    ideal: 'Ideal',
    excess: 'Excess',
    perSwitch: 'Excess per involuntary switch',
    samples: 'Samples',
    settings: 'Recorded settings',
    karpFlatt: 'Karp–Flatt serial share',
    cpu: 'CPU time (user + system)',
    operation: 'Operation',
    allOps: 'all',
    medianCi: 'Median: 95% interval',
    significance: 'Significance (Holm-adjusted p)',
    task: 'Task in flight',
  },
  whatThisShows: 'What this shows',
  noData: 'No measurements yet. Run the experiment, or open a report from History.',
  variants: {
    'cold-ready': 'Cold start: to first message',
    'cold-first-task': 'Cold start: to first task done',
    'warm-pool': 'Warm pool: one more task',
    'futex-pingpong': 'Two threads, futex',
    'futex-one-thread': 'Futex calls on one thread (no switch)',
    'message-pingpong': 'Engine and thread, postMessage',
    'pipe-pingpong': 'Two processes, pipe',
    'pipe-one-thread': 'Pipe calls in one process (no switch)',
    'ipc-pingpong': 'Engine and process, IPC channel',
    oversubscription: 'Oversubscription',
  },
  mechanisms: {
    'thread-clone': 'Thread: structured clone',
    'thread-transfer': 'Thread: transfer ArrayBuffer',
    'message-channel': 'Thread: MessageChannel',
    atomics: 'Thread: SharedArrayBuffer + Atomics',
    'process-json': 'Process: JSON IPC',
    'process-advanced': 'Process: advanced IPC',
    'utility-clone': 'Utility process: clone',
  },
  speedup: {
    title: 'Speedup vs workers',
    x: 'Workers',
    y: 'Speedup (×)',
    modeLabel: 'Compared with',
    modeOwn: "each runtime's 1-worker run",
    modeBaseline: 'the main thread',
    ideal: 'Ideal (linear up to {cores} cores)',
    baseline: 'Main thread (1×)',
    fit: '{runtime}: Amdahl fit, serial share {share}',
    fitMax: 'at most {max}× with unlimited workers',
    oversubscribed: 'more workers than cores',
    marks: 'Beside each point, its test against the main thread: + faster, − slower, ≈ no clear difference, ? too few repetitions to tell. Hollow points: more workers than cores.',
    fitNa: '{runtime}: no Amdahl fit ({why}).',
    explainFor: {
      'file-io':
        'Each line shows how many times more file work (writing files, then reading them back) finished per second as workers were added, against the same runtime with one worker. File I/O mostly waits: on the disk, the page cache and libuv’s thread pool, which runs asynchronous file calls UV_THREADPOOL_SIZE at a time per process. So the line can stop rising long before the cores are busy, and the main thread’s async tasks in flight can keep pace with threads and processes. The dashed grey line is the ideal for CPU-bound work; I/O rarely follows it. Error bars are 95% intervals of the ratio of medians.',
      'network-fetch':
        'Each line shows how many times more requests to the loopback server finished per second as workers were added, against the same runtime with one worker. A request mostly waits for the server to answer, so what limits the speedup is the server, the sockets and the event loops, not the cores; one thread keeping many requests in flight (main-async) often does as well as threads or processes. The dashed grey line is the ideal for CPU-bound work; waiting work rarely follows it. Error bars are 95% intervals of the ratio of medians.',
    },
    explain:
      'Each line shows how many times faster the same amount of work finished as workers were added. The dashed grey line is the ideal: twice the workers, twice as fast, until every core is busy; past that, extra workers only take turns on the same cores. The thin curves are Amdahl’s law fitted to your points: if a share s of the work cannot run in parallel, the speedup can never pass 1/s. Error bars are 95% confidence intervals over the repetitions. Node has no global interpreter lock, so unlike CPython threads, worker threads scale on CPU-bound work just as processes do; where the process line sits lower, that is the cost of separate runtimes and of copying messages between them. Compared with the main thread, a value below 1 means the pool costs more than the parallelism gains.',
  },
  lanes: {
    title: 'What each worker is doing',
    workerColumn: 'Worker',
    worker: 'Worker {n}',
    x: 'Time since the point started: 0 to {end}',
    states: {
      running: 'running (outside any lock)',
      waiting: 'waiting for a lock',
      holding: 'holding the lock',
      barrier: 'waiting at the barrier',
      queue: 'waiting on the queue',
      event: 'waiting for an event or condition',
    },
    dropped: '{n} older events were overwritten in the workers’ trace rings and are not shown.',
    cost: 'Recording one event cost about {ns} ns, measured in this run: traced runs are that much slower.',
    explain:
      'Each row is one worker, drawn as the run goes. Pale: blocked, waiting for a lock someone else holds; warm: inside the critical section. With one lock and many workers, at most one row is warm at any moment: the rest of the time is the price of mutual exclusion.',
  },
  timeline: {
    title: 'Who ran what, when',
    x: 'Time since the repetition started ({unit})',
    worker: 'Worker {n}',
    task: 'Task in flight {n}',
    idle: 'idle, waiting for the slowest worker',
    run: 'Run',
    point: 'Workers',
    spread: 'First worker done at {first}, last at {last}: the others waited {idle} on average.',
    explain:
      'Each row is one worker and each bar one chunk of work, from when the worker started it to when it finished, in the last measured repetition. When the rows end at different times, some workers sat idle while others were still busy (the grey bars): that is load imbalance, and it caps the speedup however many cores there are. With static chunking and trial division, whose cost grows along the range, the worker with the last chunk finishes long after the others; dynamic chunking hands out small chunks from a queue, so everyone finishes at about the same time.',
    explainFor: {
      'file-io':
        'Each row is one worker (for main-async, one task in flight on the single engine thread) and each bar one task: writing its files and reading them back, in the last measured repetition. Rows that end at different times mean some workers waited while others still had file operations queued, usually behind libuv’s thread pool or the disk. Tasks are handed out one by one, so a slow disk operation delays one row rather than a fixed share of the work.',
      'network-fetch':
        'Each row is one worker (for main-async, one task in flight on the single engine thread) and each bar one task: its requests to the loopback server and the answers, in the last measured repetition. Gaps and uneven ends show waiting on the server and the sockets rather than computing: the rows overlap in time even on one core, which is concurrency without parallelism.',
    },
  },
  throughput: {
    title: 'Throughput vs workers',
    x: 'Workers (tasks in flight for main-async)',
    y: 'Throughput ({unit})',
    explain:
      'How much work per second got done as workers were added. I/O-bound work spends most of its time waiting on the disk or the network rather than computing, so one thread that keeps many operations in flight (main-async: the event loop with Promise.all) can keep up with threads and processes. That is concurrency without parallelism, and it settles the claim that threads are for I/O and processes for CPU: measure both on your machine. Where the lines flatten, the limit is the device, the server or libuv’s thread pool (UV_THREADPOOL_SIZE), not the number of cores.',
  },
  ioLatency: {
    title: 'Latency per operation',
    x: 'Workers',
    y: 'Latency ({unit})',
    explain:
      'How long one operation took (a file write or read, one request): the median (p50) and the slowest one in a hundred (p99). Adding workers raises throughput only until they queue for the same resource; from then on each operation waits longer, and the p99 grows first.',
  },
  ipc: {
    title: 'Round-trip latency by payload size',
    x: 'Payload size',
    y: 'Round trip ({unit})',
    percentile: 'Percentile',
    explain:
      'The time for one message to go to the other side and back, by payload size and mechanism, on logarithmic scales. Small payloads show the fixed cost of waking the other side; large ones show the cost of copying and serializing: structured clone and JSON grow with the payload, transferring an ArrayBuffer hands it over without a copy, and Atomics over a SharedArrayBuffer sends no message at all. This is the lab’s version of Python’s Queue and Pipe, and a test of the claim that message passing is slower than shared memory.',
  },
  spawn: {
    title: 'Start-up cost',
    y: 'Time ({unit})',
    explain:
      'How long it takes to start a worker until it answers its first message (cold), next to handing one more task to a worker that is already running (warm pool). A process is a new operating-system process with a runtime of its own; a thread is a new V8 isolate inside the same process. The gap between cold and warm is why pools exist: pay the start-up once and reuse the worker, as Python’s Pool and forkserver do.',
  },
  memory: {
    title: 'Memory per worker',
    y: 'Memory per worker ({unit})',
    rss: 'Resident memory (RSS)',
    heap: 'V8 heap used',
    method: 'How measured',
    measured: 'Workers measured',
    methods: {
      'process-rss-delta': 'growth of the lab’s process per thread',
      'child-rss': 'RSS each child reports',
    },
    explain:
      'How much memory each extra worker adds. For threads it is the growth of the lab’s own process per thread started; for processes, the resident memory each child reports for itself. Shared library pages count in every child, so adding the children up overstates what they cost together. This is where the claim that processes cost more than threads can be checked on your own machine.',
  },
  switches: {
    title: 'Ping-pong: thread vs process',
    y: 'Round trip ({unit})',
    perRoundTrip: 'per round trip',
    /** Switch counts per round trip as the OS counted them: voluntary / involuntary, per scope. */
    scope: { thread: 'thread', process: 'process' },
    counted: '{name} {voluntary} / {involuntary}',
    notCounted: '{name}: {reason}',
    both: '{thread}; {process}',
    categories: {
      pair: 'Ping-pong between two workers',
      self: 'Same calls, one thread (no switch)',
      message: 'Runtime messages (engine and worker)',
      perf: 'perf bench sched pipe',
    },
    reference: 'Outside reference',
    explain:
      'Two workers pass a token back and forth; every round trip makes the operating system stop one and start the other twice (two context switches) plus the cost of the mechanism. Between threads the wait is a futex (Atomics.wait and notify); between processes it is a pipe or the IPC channel, which adds system calls and copying. This tests the claim that switching between processes is much more expensive than between threads. When perf is installed, perf bench sched pipe measures the same ping-pong in C as an outside reference.',
  },
  oversubscription: {
    title: 'Oversubscription: time beyond the ideal',
    x: 'Busy workers per core',
    y: 'Time ({unit})',
    measured: 'Measured',
    ideal: 'Ideal (K × one per core)',
    /** The excess's 95% interval reaches 0: no cost, and never a negative one. */
    withinNoise: 'within noise (±{noise})',
    withinNoiseUnknown: 'within noise',
    explain:
      'Busy workers that each need a whole core, K per core. With one per core every worker has its own core; with more, the operating system time-slices them, so the ideal time is K times the one-per-core time. What the bars add above the ideal is the excess: time lost switching between workers and refilling cold caches after each switch. Where the platform counts involuntary context switches, the table divides the excess by them.',
  },
  stats: {
    interval: '[{lo}–{hi}]',
    range: 'range {lo}–{hi}, n={n} ({why})',
    /** A micro-experiment's median operation with its 95% interval (bootstrap), or its range below 5 operations. */
    p50Ci: '{p50} [{lo}–{hi}]',
    p50Range: '{p50} (range {lo}–{hi}, n={n})',
    na: 'n/a',
    naWhy: 'n/a ({why})',
    against: '{runtime} ×{workers}',
    verdictLine: 'vs {against}: {verdict} (p = {p})',
    verdicts: {
      faster: 'faster',
      slower: 'slower',
      'no-clear-difference': 'no clear difference',
      'too-few-repetitions': 'too few repetitions to tell',
    },
    why: {
      'few-samples': 'fewer than 5 repetitions: no interval, the range of the samples instead',
      'reference-itself': 'this point is the reference',
      'one-worker': 'one worker',
      'no-speedup': 'no speedup',
      superlinear: 'speedup above the worker count',
      oversubscribed: 'more workers than cores',
      'no-reference': 'no 1-worker point',
      'too-few-points': 'too few points between 1 worker and the core count',
      'speedup-out-of-range': 'no speedup between 1 and the worker count',
    },
  },
  compare: {
    title: 'Speed relative to the baseline',
    explain:
      'Each machine is one series: per point, the baseline machine’s time divided by this machine’s time, with its 95% interval. Above 1 the machine was faster than the baseline, below 1 slower; the baseline itself is 1. Only points measured with the same settings are drawn.',
    y: 'Ratio (baseline time / this time)',
  },
}
