/**
 * English texts of the forms: field labels and help, option names, presets, and the validation
 * messages in the user's words. Part of the root catalogue (en.ts), kept apart to stay readable.
 * vue-i18n reserves braces, at, pipe and dollar signs: only {placeholders} use them.
 */
import charts from './en-charts'
import { raceFields, raceOptions } from './en-race'

export default {
  presets: {
    quick: { label: 'Quick look', hint: 'Small and fast: a first look in seconds, not a conclusion.' },
    'workshop-cpu': { label: 'Workshop: CPU-bound', hint: 'The full prime sweep: main thread, threads and processes, 5 repetitions.' },
    'workshop-io': { label: 'Workshop: I/O-bound', hint: 'Main thread, event loop, threads and processes on waiting-heavy work.' },
    imbalance: { label: 'Load imbalance', hint: 'Trial division in equal static chunks: watch the timeline.' },
    spin: { label: 'Computing', hint: 'The same times as busy loops: one event loop stops overlapping them, only cores do.' },
    convoy: { label: 'Convoy effect', hint: 'One thread sleeps and wakes while another computes: run it with and without the global lock and compare how late it wakes.' },
    workshop: { label: 'Workshop', hint: 'The settings used in the workshop: enough samples to compare machines.' },
  },
  fields: {
    any: {
      tasks: { label: 'Tasks per repetition', help: 'Handed out to the workers from one queue.' },
      samples: { label: 'Samples' },
      warmup: { label: 'Warm-up rounds', help: 'Run first and thrown away (JIT, caches, page faults).' },
    },
    common: {
      runtimes: { label: 'Runtimes', help: 'Where the work runs: the main thread is the baseline.' },
      workers: { label: 'Worker counts', help: 'A list such as 1, 2, 4 or the automatic sweep.' },
      repeat: { label: 'Repetitions', help: 'Measured repetitions per point: more give tighter intervals.' },
      warmup: { label: 'Warm-up repetitions', help: 'Run before measuring and not counted.' },
      taskTimeoutMs: { label: 'Task timeout (ms)', help: 'A task running longer fails and its worker is replaced.' },
      serialization: { label: 'Child-process serialization', help: 'How messages to child processes are encoded.' },
      uvThreadpoolSize: { label: 'libuv pool size for child processes', help: 'UV_THREADPOOL_SIZE; leave empty for the default (4).' },
      globalLock: { label: 'Global lock (like CPython’s GIL)', help: 'Worker threads compute under one shared lock, handed over every switch interval and released while they wait for I/O; each process has its own. Shows why CPython threads do not speed up CPU-bound work.' },
      switchIntervalMs: { label: 'Switch interval (ms)', help: 'With the global lock: how long a waiting thread waits before asking the holder to hand it over (CPython: 5 ms).' },
      cores: { label: 'Cores', help: 'Limit the run to this many cores (empty: all). On 1 core, CPU-bound work takes turns (concurrency) instead of running at once (parallelism), while waiting still overlaps.' },
      order: { label: 'Order', help: 'Interleaved: every point once per round, rounds shuffled, so a machine that warms up or gets busy hits every point alike. Sequential: one point to the end before the next.' },
      startMethod: { label: 'Start method', help: 'How Python’s multiprocessing starts the py-process pool.', unset: 'The interpreter’s default' },
      seed: { label: 'Seed', help: 'Seeds the schedule’s shuffle and the intervals; empty: a fresh one, recorded with the run.' },
    },
    prime: {
      lo: { label: 'From (lo)' },
      hi: { label: 'Up to (hi)', help: 'Primes are counted in [lo, hi).' },
      method: { label: 'Method' },
      chunking: { label: 'Chunking', help: 'Static: one equal chunk per worker. Dynamic: small chunks from a queue.' },
      chunksPerWorker: { label: 'Chunks per worker (dynamic)' },
    },
    'file-io': {
      files: { label: 'Files per task' },
      fileSize: { label: 'File size (bytes)' },
      blockSize: { label: 'Block size (bytes)', help: 'Bytes per write or read call.' },
      fsync: { label: 'fsync each file', help: 'Make the data reach the disk, not only the page cache.' },
      fsApi: { label: 'File API', help: 'async runs on libuv’s thread pool; sync blocks the calling thread.' },
      readOnly: { label: 'Read only', help: 'Read files written once before the sweep (mostly cached).' },
      directory: { label: 'Directory', help: 'Where the temporary files go (default: the OS temp folder).' },
    },
    'network-fetch': {
      requests: { label: 'Requests per task' },
      inFlight: { label: 'Requests in flight per task' },
      payloadSize: { label: 'Answer size (bytes)' },
      latencyMs: { label: 'Server delay (ms)', help: 'The loopback server waits this long: the network wait.' },
      jitterMs: { label: 'Jitter (ms)' },
      seed: { label: 'Seed' },
      url: { label: 'URL (optional)', help: 'Fetch this address instead of the loopback server.' },
      requestTimeoutMs: { label: 'Request timeout (ms)' },
    },
    spawn: {
      samples: { label: 'Cold spawns per runtime' },
      warmSamples: { label: 'Warm tasks' },
      memoryWorkers: { label: 'Workers kept alive for memory' },
    },
    'ipc-latency': {
      mechanisms: { label: 'Mechanisms' },
      payloads: { label: 'Payload sizes (bytes)', help: 'Comma-separated, e.g. 64, 1024, 65536.' },
      samples: { label: 'Round trips per point' },
      maxMsPerPoint: { label: 'Time limit per point (ms)' },
    },
    'context-switch': {
      rounds: { label: 'Round trips per ping-pong' },
      oversubscription: { label: 'Busy workers per core', help: 'Comma-separated factors, e.g. 1, 2, 4.' },
      busyIterations: { label: 'Busy loop length (steps)' },
      perf: { label: 'Also run perf bench sched pipe' },
      perfLoops: { label: 'perf loops' },
    },
    race: raceFields,
    sleep: {
      ms: { label: 'Time per task (ms)' },
      mode: { label: 'How to spend it', help: 'Asleep on a timer (the thread is free meanwhile) or computing in a busy loop sized to that time on one core.' },
    },
  },
  options: {
    common: {
      order: { interleaved: 'Interleaved', sequential: 'Sequential' },
      // The form offers json and advanced; the others are what runs record (report.ts SERIALIZATIONS), named in the settings table.
      serialization: { json: 'JSON', advanced: 'advanced (structured clone)', none: 'none (same thread)', 'structured-clone': 'structured clone', 'per-mechanism': 'per mechanism' },
    },
    'ipc-latency': { mechanisms: charts.mechanisms },
    'file-io': { fsApi: { async: 'async (fs.promises, libuv pool)', sync: 'sync (blocks the thread)' } },
    sleep: { mode: { sleep: 'Sleep (timer)', spin: 'Spin (busy loop)', convoy: 'Convoy (one sleeper beside busy loops)' } },
    race: raceOptions,
    prime: {
      method: { sieve: 'Sieve of Eratosthenes', trial: 'Trial division' },
      chunking: { static: 'Static', dynamic: 'Dynamic' },
    },
  },
  validation: {
    wholeRange: '{field}: enter a whole number from {min} to {max}.',
    range: '{field}: enter a number from {min} to {max}.',
    wholeAtLeast: '{field}: enter a whole number of at least {min}.',
    atLeast: '{field} must be at least {min}.',
    above: '{field} must be greater than {min}.',
    atMost: '{field} must be at most {max}.',
    below: '{field} must be less than {max}.',
    tooLarge: '{field}: that number is too large.',
    whole: '{field} must be a whole number.',
    number: '{field} must be a number.',
    required: '{field}: enter a value.',
    minItems: '{field}: choose at least {min}.',
    maxItems: '{field}: choose at most {max}.',
    tooLong: '{field}: at most {max} characters.',
    choice: '{field}: choose one of {options}.',
    multipleOf: '{field} must be a multiple of {step}.',
    invalid: '{field}: this value is not accepted.',
    custom: {
      primeHiAboveLo: 'hi must be greater than lo',
      primeTrialMax: 'trial division is only offered up to {max} (it would take minutes per repetition); lower hi or use the sieve',
      fileIoMaxFiles: 'tasks × files must stay at or below {max}',
      fetchMaxRequests: 'with a url of your own, tasks × requests must stay at or below {max} per repetition',
      workersOnly: 'this experiment measures workers: choose thread, process or utility (the main thread has nothing to spawn, message or switch to)',
      globalLockNotApplicable: 'the global lock applies to prime, file-io, network-fetch, sleep and the shared-state experiments (race, locks, primitives, shared-vs-messages) only: the other experiments drive their own threads without it',
      convoyNeedsWorkers: 'the convoy mode runs a sleeping worker beside busy ones: choose thread or process (on the main thread the tasks do not run side by side)',
    },
  },
}
