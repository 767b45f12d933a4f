/**
 * English texts of the starvation workload (issue 17): the CLI table, the view's "What this
 * shows", and the form's field labels (merged into `fields` by en.ts). Root key `starvation`.
 * vue-i18n reserves braces, at, pipe and dollar signs: only {placeholders} use them.
 */

export const starvationFields = {
  threads: { label: 'Threads', help: 'Threads competing for the one lock; more than the cores makes it harder.' },
  wait: { label: 'Wait', help: 'How a thread waits for the held lock, the same for both orders.' },
  criticalWork: { label: 'Work inside the lock (steps)' },
  outsideWork: { label: 'Work between acquisitions (steps)', help: '0: a thread asks again the moment it lets go, the heaviest contention.' },
  acquisitions: { label: 'Acquisitions per repetition', help: 'All threads together; who gets how many is the finding.' },
  maxRepetitionMs: { label: 'Time limit per repetition (ms)' },
}

export default {
  starvation: {
    cli: {
      title: 'Starvation — {threads} threads hammer one lock: who gets it?',
      columns: { order: 'lock', runtime: 'runtime', shares: 'share per thread', fairness: 'Jain', maxMin: 'max / min share', p99: 'wait p99', max: 'longest wait', starved: 'starved' },
      note: 'Shares over {acquisitions} acquisitions × {repeat} repetition(s); a fair share is {fair}. Starved: a thread that got less than half of it. Jain’s index is 1 when every thread got the same, 1/threads when one got all.',
      checked: 'mutual exclusion held: the count updated inside the lock equals the acquisitions counted',
    },
    view: {
      tableTitle: 'Each thread’s share and longest wait',
    },
    explain: {
      title: 'What this shows',
      lead: 'Starvation is a thread that is ready to run but never gets the resource, because others keep winning it. The tutorials warn of it for locks that are not fair.',
      barging: 'A barging lock goes to whoever grabs it first when it is released: often the thread that just released it, still running on its core, while the woken waiter is still getting back on one. Some threads win again and again; the others wait long and get a small share.',
      fifo: 'A FIFO (ticket) lock serves the waiters in the order they came: every thread gets about the same share and no wait is much longer than the others, at the price of a hand-over to a thread that may not be running (slower overall).',
      python: 'Python’s threading.Lock makes no fairness promise either; a queue of tickets or a threading.Condition with a turn counter is how a fair hand-over is written.',
    },
  },
}
