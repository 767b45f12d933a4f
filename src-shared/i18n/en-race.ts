/**
 * English texts of the race experiment (issue 15): the CLI table, the result view and its chart,
 * "What this shows", and the field labels of its form (merged into `fields`/`options` by
 * en-forms.ts). Part of the root catalogue (en.ts) under `race`.
 * vue-i18n reserves braces, at, pipe and dollar signs: only {placeholders} use them.
 */

/** Form labels and help, under `fields.race` (en-forms.ts). */
export const raceFields = {
  workerCounts: { label: 'Workers racing', help: 'Comma-separated counts, e.g. 2, 4: one point per count and variant.' },
  increments: { label: 'Increments per worker (shared memory)', help: 'How many times each worker adds 1 in the unsafe, atomic and mutex variants.' },
  messageIncrements: { label: 'Increments per worker (owner)', help: 'The same for the get-set and add variants, where each increment is a socket round trip.' },
  gap: { label: 'Work between read and write (steps)', help: 'Busy-loop steps between reading the counter and writing it back: the wider the gap, the likelier another worker writes in between.' },
  variants: { label: 'Variants' },
}

/** Option names, under `options.race` (en-forms.ts). */
export const raceOptions = {
  variants: {
    unsafe: 'Unsafe (load, work, store)',
    atomic: 'Atomics.add',
    mutex: 'Mutex (lock)',
    'get-set': 'Owner: get then set',
    add: 'Owner: add message',
    'py-plus-equals': 'CPython threads: counter += 1',
    'py-read-call-write': 'CPython threads: read, call, write',
    'py-lock': 'CPython threads: with threading.Lock()',
    'py-value': 'CPython processes: Value += 1',
    'py-value-lock': 'CPython processes: with get_lock()',
  },
}

export default {
  race: {
    variants: raceOptions.variants,
    /** Why a variant may lose updates or must not. */
    kinds: {
      exact: 'exact (checked)',
      mayLose: 'may lose updates',
    },
    cli: {
      title: 'Race — N workers each add 1 to one counter K times',
      columns: {
        variant: 'variant',
        runtime: 'runtime',
        workers: 'workers',
        expected: 'expected',
        actual: 'actual',
        lost: 'lost',
        lostShare: 'lost %',
        overlap: 'overlap',
        perIncrement: 'per increment [95% CI]',
      },
      note: 'Totals over {repeat} measured repetition(s). A lost update in unsafe or get-set is the finding; atomic, mutex and add must be exact and fail the run if not. Overlap: the share of the time all workers were in their loops at once (updates can only be lost then).',
      checked: 'every exact variant reached its expected total; no variant exceeded it',
      notMeasured: '{runtime}: {variants} not measured: Node processes cannot share memory without native code, so only the counter owned by the engine (get-set, add) exists for them.',
      perIncrement: '{median} [{lo}–{hi}]',
      runtimeVersion: '{runtime} ({implementation} {version})',
    },
    view: {
      chartTitle: 'Expected vs actual total, per variant',
      expected: 'Expected',
      actual: 'Actual ({runtime})',
      axis: 'Share of the expected total reached (%)',
      workersLabel: '{n} workers',
      tableTitle: 'Lost updates',
      none: 'No race point yet.',
      notMeasured: '{runtime}: {variants} not measured (no shared memory between processes).',
    },
    /** The traced repetition's label (src-shared/lane-labels.ts) and the timeline's texts. */
    lanes: {
      label: '{workers} threads · {variant}',
      caption: 'Traced point: {label}. One extra repetition per point runs with tracing and counts in no figure; after the run the screen keeps the last one with the most threads.',
      processes: 'Processes: no timeline. Each process has its own memory, so there is no trace ring it could share with the engine.',
      what: 'Each row is one racing thread of the traced repetition. First all wait at the start gate (shown as a barrier), so they race from the same moment. Mutex: a thread waits for the lock or holds it while it reads, works and writes (with lock: counter += 1). Owner variants: each get, set or add is a request and a wait for the owner’s answer, shown as waiting on a queue. Unsafe and Atomics.add take no lock and wait for nothing: after the gate their rows only run, which is exactly why unsafe loses updates.',
    },
    explain: {
      title: 'What this shows',
      lead: 'Each worker adds 1 to one counter K times, so the total should be workers × K. When it is lower, updates were lost: two workers read the same value and both wrote it back plus one.',
      unsafe: 'Unsafe is the tutorials’ `counter += 1` in several `threading.Thread`s without a lock: a read, some work, a write. Node has no GIL, so threads really run at once and the loss is usually large.',
      atomic: 'Atomics.add does the read-modify-write in one indivisible step, the lock-free way; Python has no direct counterpart for plain integers.',
      mutex: 'Mutex is `with lock: counter += 1` with `threading.Lock()` (or `multiprocessing.Value`’s `get_lock()`): exact, at the cost of taking the lock each time.',
      python:
        'On CPython the race runs with the tutorials’ own code, in threads of one interpreter (counter += 1 on a global; v = counter, a call, counter = v + 1; the latter under threading.Lock) and in processes sharing a multiprocessing.Value (value.value += 1, without and with get_lock()). Whether the unlocked shapes lose updates depends on the interpreter, where it lets another thread take the GIL: it differs between versions, so each row names the version that produced it. The locked shapes are checked exact on every interpreter.',
      owner: 'Processes cannot share memory here, so the counter is held by the engine and changed over a local socket, like `multiprocessing.Manager().Value`: `counter.value += 1` on a proxy is a get then a set and loses updates; one add message applied by the owner is exact, and each costs a round trip.',
    },
  },
}
