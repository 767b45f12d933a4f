/**
 * English texts of the crash-isolation workload (issue 17): the CLI table, the view, "What this
 * shows", and the form's field labels (merged into `fields`/`options` by en.ts). Part of the root
 * catalogue under `crash`.
 * vue-i18n reserves braces, at, pipe and dollar signs: only {placeholders} use them.
 */

export const crashFields = {
  faults: { label: 'Faults', help: 'Each is raised once in a worker thread and once in a child process.' },
  siblings: { label: 'Sibling workers', help: 'Workers beside the faulty one, busy while it faults: do they finish?' },
  siblingMs: { label: 'Sibling task (ms)', help: 'How long each sibling’s task lasts; the fault hits while they are in it.' },
  heapLimitMb: { label: 'Worker heap limit (MB)', help: 'A thread’s resourceLimits and a process’s --max-old-space-size: where the out-of-memory fault stops.' },
  caseTimeoutMs: { label: 'Bound per case (ms)', help: 'A case still running by then is ended and reported as inconclusive.' },
}

export const crashOptions = {
  faults: {
    throw: 'Task throws (caught)',
    uncaught: 'Uncaught exception',
    exit: 'process.exit(3)',
    oom: 'Out of memory',
    abort: 'process.abort()',
  },
}

export default {
  crash: {
    faults: crashOptions.faults,
    kinds: { thread: 'worker thread', process: 'child process' },
    verdicts: {
      'took-host-down': 'a crashing {kind} took its process down',
      'harmed-siblings': 'a crashing {kind} harmed its siblings or the pool',
      'harmed-no-one': 'a crashing {kind} harmed no one',
      inconclusive: 'inconclusive: the case did not run to an end within its bound',
    },
    worker: {
      ended: 'ended ({how})',
      'task-error': 'task failed, worker lived on',
      'task-returned': 'task returned, worker lived on',
      'no-end': 'no end seen',
      unknown: 'not seen',
    },
    yes: 'yes',
    no: 'no',
    exitCode: 'code {code}',
    exitSignal: 'signal {signal}',
    cli: {
      title: 'Crash isolation — a fault in one worker; what survived?',
      columns: { fault: 'fault', runtime: 'runtime', worker: 'faulty worker', host: 'host process', siblings: 'siblings done', pool: 'pool went on', verdict: 'verdict' },
      hostDied: 'no ({how})',
      replaced: 'yes (replaced)',
      note: 'Each case runs in a sacrificial host process with a pool of {workers} workers; the lab itself is never the one that crashes. The verdict is read from what happened, not assumed.',
      noHost: 'the crash host runs plain Node workers (threads or forked processes); this runtime cannot be started there',
      notMeasured: '{runtime}: not measured: {reason}',
    },
    view: {
      none: 'No crash case yet.',
      tableTitle: 'What survived each fault',
    },
    explain: {
      title: 'What this shows',
      lead: 'The tutorials claim that a crashing thread takes its whole process down while a crashing process harms no one. Here each fault really happens, inside a host process the lab can afford to lose, and the table says what survived.',
      thread: 'A worker thread shares its process: process.abort() in a thread ends the whole process, host and siblings included. Node keeps some faults in the thread: an uncaught exception, process.exit or running out of its resourceLimits end only that thread, and its pool can start another.',
      process: 'A child process has its own address space: whatever it does to itself, the parent and the other children go on; the parent sees an exit code or a signal and the pool replaces it.',
      python: 'In Python the same holds for threading.Thread (a segfault or os.abort() ends the interpreter) against multiprocessing.Process (the pool sees the exitcode; a ProcessPoolExecutor reports BrokenProcessPool).',
    },
  },
}
