/**
 * English texts of the lock-reentry workload (claim "RLock is a lock with a timeout"): its
 * workload entry, the form's fields, the CLI table, the view and "What this shows". Part of the
 * root catalogue under `lockReentry` (fields and workload texts merged by en.ts).
 * vue-i18n reserves braces, at, pipe and dollar signs: only {placeholders} use them.
 */

export const lockReentryWorkload = {
  title: 'Lock re-entry',
  heading: 'Lock re-entry (Lock vs RLock: re-entry, timeouts, release by another thread)',
  intro: 'A tutorial says an RLock is “a lock with a timeout added”. Three probes, repeated and counted, show what it really adds: the owner may take it again. Both kinds take a timeout.',
  describe: '{repetitions} repetitions per probe; probing acquire timeout {timeout} ms',
}

export const lockReentryFields = {
  repetitions: { label: 'Repetitions per probe', help: 'Each probe runs this often on each kind of lock; the table counts how each ended.' },
  timeoutMs: { label: 'Acquire timeout (ms)', help: 'The timeout of the probing acquire(timeout=…).' },
  boundMs: { label: 'Bound of other waits (ms)', help: 'Taking the lock first and the two threads meeting: a wait this long fails the run instead of hanging.' },
}

export default {
  lockReentry: {
    locks: {
      cpython: { lock: 'threading.Lock', rlock: 'threading.RLock' },
      lab: { lock: 'Mutex (the lab’s Lock)', rlock: 'RecursiveMutex (the lab’s RLock)' },
    },
    probes: {
      reenter: 'the owner acquires again (timeout {timeout} ms)',
      'other-thread': 'another thread acquires (timeout {timeout} ms)',
      'foreign-release': 'another thread releases it',
    },
    outcomes: {
      acquired: 'acquired {n} of {of}',
      'timed-out': 'timed out {n} of {of}',
      refused: 'release refused {n} of {of}',
      released: 'release allowed {n} of {of}',
    },
    reentered: 're-entry succeeded {n} of {of}',
    apis: {
      cpython: 'Tested with CPython’s own threading.Lock and threading.RLock ({runtime}).',
      lab: 'Tested with the lab’s Mutex and RecursiveMutex in worker threads ({runtime}): no Python interpreter ran these.',
    },
    cli: {
      title: 'Lock re-entry — what an RLock adds to a Lock',
      columns: { probe: 'probe', lock: 'lock', runtime: 'runtime', outcome: 'outcome', wait: 'wait of a timeout' },
      waitNote: '“wait of a timeout”: median measured wait of the timed-out acquires, for information only; the finding is the counts.',
      noSharedMemory: 'the lab’s locks live in shared memory, which child processes do not have; threads (and CPython’s threads) run this experiment',
      notMeasured: '{runtime}: not measured: {reason}',
    },
    view: {
      none: 'No probe yet.',
      tableTitle: 'How each probe ended',
    },
    explain: {
      title: 'What this shows',
      lead: 'The tutorial’s claim “RLock: a lock with a timeout added” is wrong on both counts.',
      reentry: 'Re-entry is what an RLock adds: its owner can acquire it again (it counts, and is free once released as often). A Lock does not know its owner: acquiring it again waits for itself and times out; without a timeout it would deadlock.',
      timeout: 'Both take a timeout: acquire(timeout=…) returns False on a Lock and on an RLock alike when another thread holds it.',
      release: 'Only the owner may release an RLock (RuntimeError otherwise); a CPython Lock may be released by any thread. The lab’s Mutex records its owner and refuses that too.',
    },
  },
}
