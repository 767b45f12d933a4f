/**
 * English texts of the global-lock mode (issue 16): the lane timeline of who holds the emulated
 * GIL, the convoy figure, and the exports' section. Part of the root catalogue (en.ts) under
 * `globalLock`. vue-i18n reserves braces, at, pipe and dollar signs: only {placeholders} use them.
 */
export default {
  lanes: {
    label: 'global lock · {workers} threads',
    caption:
      'Traced point: {label}, switch interval {ms} ms (CPython’s sys.getswitchinterval() is 0.005 s). Like CPython’s GIL, one lock for all the threads of a run: one extra repetition per point runs with tracing and counts in no figure; after the run the screen keeps the point with the most threads.',
    captionLive: 'Traced point: {label}, live. Like CPython’s GIL, one lock for all the threads of a run; the switch interval plays the part of sys.getswitchinterval(). This repetition counts in no figure.',
    what:
      'Each row is one worker thread of the traced repetition. Warm: it holds the global lock and computes, as a CPython thread runs bytecode only while it holds the GIL. Pale: it waits for the lock; after one switch interval of waiting it asks the holder to drop it (CPython’s drop request), and the holder hands it over at its next check. Running: it is outside the lock, waiting for I/O or a timer (the lock is released around every wait, as CPython does around a blocking call) or idle. On CPU-bound work at most one row is warm at any moment: that is why threads stop speeding it up.',
    processes: 'Processes are not traced: each has its own lock, as each CPython process has its own interpreter and GIL, so nothing is handed over.',
  },
  convoy: {
    title: 'Convoy effect: how late an I/O thread wakes',
    explain:
      'One worker sleeps {ms} ms again and again, as an I/O-bound thread waiting on a socket would, and measures how late it resumes after each wake-up; the other workers spin beside it. Without the global lock it resumes as soon as the timer fires. With it, the woken thread must first get the lock back from a CPU-bound holder, which lets go only when asked, after a switch interval: each wake-up is late by up to one interval. That is the convoy effect of CPython’s GIL.',
    x: 'Runtime · workers',
    y: 'Wake-up delay (ms)',
    median: 'median',
    p90: '90th percentile',
    p99: '99th percentile',
    table: {
      heading: 'Convoy effect: an I/O-bound thread beside CPU-bound ones',
      header: { runtime: 'Runtime', workers: 'Workers', lock: 'Global lock', counted: 'Wake-ups counted', median: 'Delay median (ms)', p90: 'Delay p90 (ms)', p99: 'Delay p99 (ms)' },
      on: 'on ({ms} ms)',
      off: 'off',
      note: 'Only the wake-ups that came while a CPU-bound worker was still running are counted; with one worker nothing runs beside the sleeper.',
    },
  },
  report: {
    title: 'Global lock (CPython GIL emulation)',
    intro: 'Global lock on, switch interval {ms} ms (CPython: sys.getswitchinterval()). The threads of a run share one lock, handed over on request and released around I/O; each process has its own, so its figures show no hand-over.',
    header: { runtime: 'Runtime', workers: 'Workers', handOvers: 'Hand-overs', drops: 'Drops on request', wait: 'Wait for the lock per worker (ms)' },
    setting: ', global lock (switch interval {ms} ms)',
    lanes: 'Traced repetition kept ({label}): time per state, per thread — {list}',
    laneItem: 'thread {n} holding {holding}, waiting {waiting}, outside {running}',
  },
  locks: {
    mode: '{mode}, critical section {critical}',
    point: '{variant}, {workers} threads: {handOvers} hand-overs, wait per thread {waits} ms',
    finding:
      'Under the global lock only the thread holding it runs: a thread waiting for the Mutex lets the global lock go while it sleeps, and a spinning one hands it over at its next check, as CPython’s Lock does. Each acquisition now also waits for the global lock, so the cost per acquisition and the shares measure the two locks together.',
  },
  primitives: {
    point: '{variant}: {handOvers} hand-overs, wait per thread {waits} ms',
    finding:
      'Under the global lock every wait on a primitive lets it go, as CPython’s do, and a woken thread must take it back before it runs: the wake-up latencies include that wait, and a semaphore’s threads inside at once no longer compute at once.',
  },
  sharedVsMessages: {
    point: '{variant}, {workers} workers: {handOvers} hand-overs, wait per worker {waits} ms',
    finding:
      'Under the global lock the shared-memory updates of the threads no longer run at once: one thread adds while the others wait for the lock, switched every interval. Waits for an owner’s answer let the lock go, as CPython’s Queue and socket waits do, so the message ways keep overlapping their waits.',
  },
  race: {
    point: '{variant}, {workers} workers: {handOvers} hand-overs, wait per worker {waits} ms',
    finding:
      'Under the global lock a thread computes only while it holds it and is switched out only at a safe point, when another asks after a switch interval; it lets the lock go while it sleeps on the Mutex or at the start gate, as CPython does. The unsafe variant has a safe point in its work between the load and the store, as CPython checks for a switch at the call of a read, a call, then a write: updates are lost only at the few switches that fall there, but each such switch can lose everything the other threads added during the interval, so the count varies widely from run to run. The exact variants stay exact.',
  },
}
