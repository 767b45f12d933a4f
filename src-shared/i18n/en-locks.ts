/**
 * English texts of the locks experiment (issue 15): CLI table, option labels, the view's charts
 * and "What this shows". Part of the root catalogue (en.ts) under `locks`; its form labels are
 * merged into `fields.locks` / `options.locks` there.
 * vue-i18n reserves braces, at, pipe and dollar signs: only {placeholders} use them.
 */
const waits = { spin: 'spin', block: 'block', 'spin-then-block': 'spin, then block' }
const orders = { fifo: 'FIFO (ticket)', barging: 'barging' }

export default {
  threadsOnly:
    'threads only: a lock lives in memory every thread sees, and Node processes cannot share memory without native code. Run it on worker threads; the shared-vs-messages experiment shows what processes use instead.',
  waits,
  orders,
  fields: {
    threads: { label: 'Threads', help: 'Comma-separated counts, e.g. 1, 2, 4: 1 is uncontended; twice the cores shows what oversubscription does.' },
    waits: { label: 'Wait modes', help: 'How a thread waits for a held lock: spin (burn the core), block (sleep in the kernel), or spin briefly then block.' },
    orders: { label: 'Hand-over orders', help: 'FIFO gives a released lock to the longest waiter; barging lets whoever asks first take it.' },
    criticalWork: { label: 'Critical-section lengths (busy steps)', help: 'Comma-separated, e.g. 0, 200: work done while holding the lock.' },
    outsideWork: { label: 'Work outside the lock (busy steps)', help: 'Done by each thread between two acquisitions.' },
    acquisitions: { label: 'Acquisitions per repetition', help: 'All threads together: they compete for them, and who gets how many is the fairness figure.' },
    maxRepetitionMs: { label: 'Time limit per repetition (ms)', help: 'A repetition stops early after this long; what it did still counts.' },
  },
  options: { waits, orders },
  cli: {
    title: 'Locks — cost per acquire+release, and who got the lock',
    columns: {
      runtime: 'runtime',
      threads: 'threads',
      mode: 'order / wait',
      critical: 'critical work',
      cost: 'cost per acquire+release',
      harness: 'harness',
      fairness: 'fairness (Jain)',
      shares: 'max / min share',
      waitP99: 'wait p99',
    },
    mode: '{order} / {wait}',
    interval: '{median} [{lo}, {hi}]',
    range: '{median} (range {lo}–{hi}, n={n})',
    over: '{threads} (over)',
    shares: '{max} / {min}',
    note: 'cost = wall time / acquisitions (median, 95% interval of the median; the range below 5 repetitions); harness = the same loop without the lock. Fairness 1 = equal shares, 1/threads = one thread took all.',
    truncated: '{mode}, {threads} threads, critical work {critical}: {n} repetition(s) hit the time limit (their acquisitions count)',
    notMeasured: '{runtime}: not measured — {reason}',
    checked: 'mutual exclusion held (the count updated inside the lock equals the acquisitions counted)',
  },
  view: {
    costOverThreads: 'Cost per acquire+release over threads',
    costOverThreadsNote: 'Critical work {critical} steps. The harness line is the same loop without the lock.',
    costOverCritical: 'Cost per acquire+release over critical-section length',
    costOverCriticalNote: 'With {threads} thread(s).',
    threadsAxis: 'threads',
    criticalAxis: 'busy steps inside the lock',
    costAxis: 'per acquire+release ({unit})',
    harness: 'harness (no lock)',
    sharesTitle: 'Who got the lock: each thread’s share',
    sharesNote: 'Critical work {critical} steps. A fair lock gives each of {threads} threads {fair}.',
    shareAxis: 'share of acquisitions',
    threadLabel: 'thread {n}',
    fairness: 'fairness {jain}, max {max}, min {min}, wait p99 {p99}',
    threadsSelect: 'Threads',
    criticalSelect: 'Critical work',
    threadsOnlyTitle: 'Threads only',
    whatTitle: 'What this shows',
    what: {
      lock: 'Each point is Python’s threading.Lock used as with lock: … by N threads at once: acquire, a little work inside (the critical section), release, a little work outside. The lab’s Mutex is written by hand over SharedArrayBuffer and Atomics; threading.RLock is the same lock that its owner may take again (an owner and a count), not a lock with a timeout: here every acquire has a timeout, like acquire(timeout=…).',
      uncontended: 'With one thread the lock is never contended: the cost is a compare-and-swap to take it and one to give it back, a few tens of nanoseconds. With more threads the cost per acquisition grows: the lock’s cache line travels between cores, and a waiting thread must be woken.',
      barging: 'Barging (whoever asks first gets it) is usually faster: the thread that just released the lock often takes it again while its data is still in its cache, and nobody waits for a sleeping thread to wake. It is unfair: fairness drops towards 1/threads and one thread’s share grows; the others starve, which the wait p99 shows.',
      fifo: 'FIFO (a ticket lock) is fair, each thread’s share is about the same, but each hand-over pays a wake-up: the next in line must be scheduled and run before anyone can proceed.',
      spin: 'Spinning wins for short critical sections while every waiter has a core of its own: the wait ends without a trip through the kernel. With more threads than cores it loses badly, most of all with FIFO: the thread whose turn it is may not be running, and the spinners burn the time slice it needs. Blocking costs a system call and a wake-up but frees the core; spin-then-block tries to get the best of both.',
    },
  },
  lanes: {
    label: '{threads} threads · {order} · {wait} · critical work {critical}',
    caption: 'Traced point: {label}. One extra repetition per point runs with tracing and counts in no figure; after the run the screen keeps the point with the most threads.',
    what: 'Each row is one thread of the traced repetition, as in Python a thread blocked in lock.acquire() and then running inside with lock:. Holding the lock, waiting for it, or running outside it: at most one row holds the lock at any moment, which is mutual exclusion. With barging one row tends to keep the lock for long stretches while the others wait (starvation); with FIFO the turns rotate from row to row. Tracing records every acquire and release, so the traced repetition is slower by the cost shown below; the figures above come from untraced repetitions only.',
  },
}
