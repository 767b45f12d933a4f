/**
 * English texts of the hazard experiments (issue 17): deadlock and livelock, their CLI tables,
 * views, wait-for graph and "What this shows", and their form fields (merged into `fields` and
 * `options` by en.ts). Part of the root catalogue under `hazards`.
 * vue-i18n reserves braces, at, pipe and dollar signs: only {placeholders} use them.
 */

export const hazardFields = {
  deadlock: {
    workers: { label: 'Workers in the ring', help: 'Each takes its own lock, then its neighbour’s: 2 is the textbook pair.' },
    variants: { label: 'Variants' },
    pairs: { label: 'Pairs per worker', help: 'How many times each worker takes both locks in a repetition that does not deadlock.' },
    pauseMs: { label: 'Pause between the two locks (ms)', help: 'The window in which the others take their first lock: it makes the deadlock near certain.' },
    tryTimeoutMs: { label: 'Try for (ms)', help: 'Try-lock with back-off: how long the second lock is tried before the first is given back.' },
    backoffMs: { label: 'Back-off (ms)', help: 'After giving up, a random wait of up to twice this.' },
    pollMs: { label: 'Graph read every (ms)', help: 'How often the lab reads the wait-for graph.' },
    detectBoundMs: { label: 'Wait bound (ms)', help: 'Every lock wait ends by then: a deadlock the graph missed would be counted as found by timeout.' },
  },
  livelock: {
    variants: { label: 'Variants' },
    holdUs: { label: 'Hold (µs)', help: 'How long a worker holds its own lock before trying the other, and again after a failed try.' },
    backoffUs: { label: 'Back-off (µs)', help: 'Fixed: exactly this. Random: between 0 and twice this.' },
    durationMs: { label: 'Repetition length (ms)' },
    completions: { label: 'Stop after completions', help: 'A repetition also ends once both workers together completed this many pairs.' },
  },
}

const deadlockVariants = { naive: 'Opposite order (naive)', ordered: 'One global lock order', 'try-backoff': 'Try-lock, back off' }
const livelockVariants = { fixed: 'Fixed back-off', random: 'Random back-off' }

export const hazardOptions = {
  deadlock: { variants: deadlockVariants },
  livelock: { variants: livelockVariants },
}

export default {
  hazards: {
    cli: {
      noCpu: 'not measured here',
      cycleStep: 'worker {worker} waits for lock {lock}',
      interval: '{median} µs [{lo}, {hi}]',
      notMeasured: '{runtime}: not measured. {reason}',
    },
    deadlock: {
      variants: deadlockVariants,
      lanes: {
        label: '{variant}, {workers} workers',
        caption: 'Traced repetition: {label}',
        what: 'Each lane is a worker: waiting for a lock, holding one, or running. In a deadlock every lane waits at once, and stays waiting until the lab ends it.',
      },
      cli: {
        title: 'Deadlock — workers take two locks each, in a ring',
        columns: { variant: 'variant', runtime: 'runtime', deadlocked: 'deadlocked', found: 'found by', pairs: 'pairs done', perPair: 'per pair', cpu: 'CPU ms per worker' },
        outOf: '{count} of {repetitions}',
        foundBy: 'graph {graph}, timeout {timeout}',
        cycle: '{variant}, {runtime}: cycle {cycle}, back to the start',
        checked: 'the fixed variants never deadlocked',
      },
      what: {
        coffman: 'A deadlock needs all four Coffman conditions at once: mutual exclusion (a lock has one holder), hold and wait (a worker keeps one lock while it waits for another), no preemption (nobody takes a lock away) and circular wait (each waits for the next, round the ring).',
        circular: 'Opposite order: each worker holds its own lock and waits for its neighbour’s; the lab sees the circle in the wait-for graph, reports it and ends the run.',
        ordered: 'One global lock order breaks circular wait: everyone takes the lower-numbered lock first, so no circle can close. It costs nothing but discipline.',
        tryBackoff: 'Try-lock with back-off breaks hold and wait: a worker that cannot get the second lock in time gives the first back. It costs retries and back-off time.',
        idle: 'A deadlocked worker sleeps: its CPU time stays near zero while it waits for ever. Compare the livelock, where the workers are busy and still get nowhere.',
        processes: 'Processes share no memory, so their locks are held by the lab itself, a lock server like Python’s multiprocessing.Manager: every acquire and release is a message to it, so it knows who holds and who waits, and finds the circle in the same wait-for graph.',
      },
      view: {
        graphTitle: 'Wait-for graph',
        graphEmpty: 'The graph appears while the traced repetition runs.',
        worker: 'W{n}',
        lock: 'Lock {name}',
        holds: 'holds',
        waits: 'waits for',
        tries: 'tries',
        cycleFound: 'Deadlock: {cycle}',
        noCycle: 'No cycle: nobody waits for ever.',
        figuresTitle: 'How often each variant deadlocked',
        notMeasured: '{runtime}: {reason}',
      },
    },
    livelock: {
      variants: livelockVariants,
      lanes: {
        label: 'two polite workers, {variant}',
        caption: 'Traced repetition: {label}',
        what: 'Each lane is a worker. In a livelock both hold, give way and run again in step: always busy, rarely both locks.',
      },
      cli: {
        title: 'Livelock — two polite workers, each holding one lock and trying the other',
        columns: { variant: 'variant', runtime: 'runtime', completions: 'completions', retries: 'retries', ratio: 'retries per completion', spins: 'busy iterations per worker', cpu: 'CPU ms per worker' },
        noProgress: 'no progress',
        note: 'CPU time is each thread’s own (/proc/thread-self/stat, 10 ms ticks) or each process’s own (its CPU usage); busy iterations count the spinning itself. Processes take the lab’s lock server’s locks by message.',
      },
      what: {
        livelock: 'Fixed back-off: both workers give way at the same moment and come back together, so each finds the other’s lock taken again. They burn CPU and make almost no progress: a livelock, unlike the deadlock’s idle wait.',
        random: 'Random back-off breaks the step: one comes back first and takes both locks. Completions rise; the retries fall.',
      },
      view: {
        figuresTitle: 'Work against progress',
        perWorker: 'Worker {n}: {completions} completions, {retries} retries, {spins} busy iterations, CPU {cpu}',
        cpuUnknown: 'not measured',
        cpuMs: '{ms} ms',
        notMeasured: '{runtime}: {reason}',
      },
    },
  },
}
