/**
 * English texts of the priority-inversion workload (issue 17): the CLI table, the view's "What
 * this shows", the reasons it may not be observable, and the form's labels. Root key `priority`.
 * vue-i18n reserves braces, at, pipe and dollar signs: only {placeholders} use them.
 */

export const priorityFields = {
  variants: { label: 'Variants', help: 'The inversion, and the fix (priority inheritance).' },
  unitSteps: { label: 'Work unit (steps)', help: 'Busy-loop steps of one unit: the medium process counts units, never time.' },
  holdUnits: { label: 'Units done holding the lock', help: 'How much work the low process does before it lets go.' },
  caseTimeoutMs: { label: 'Bound per case (ms)' },
}

export const priorityOptions = {
  variants: { inversion: 'Inversion', inheritance: 'Fix: priority inheritance' },
}

export default {
  priority: {
    variants: priorityOptions.variants,
    cli: {
      title: 'Priority inversion — low holds the lock high needs, medium works: whose work gets done?',
      columns: { variant: 'variant', runtime: 'runtime', whileWaited: 'medium’s units while high waited', medium: 'medium’s units', low: 'low’s units', boosted: 'holder boosted', nices: 'nice low / medium / high' },
      yes: 'yes',
      no: 'no',
      gaveUp: 'the high process did not get the lock within the bound',
      note: 'Three processes pinned to CPU {cpu}; priorities are nice values (lower = more CPU). Work units are counted, not timed.',
      notObservable: '{runtime}, {variant}: not observable here: {reason}',
    },
    unobservable: {
      macos: 'macOS has no way to pin processes to one core, so the three would run on different cores and never compete',
      'no-pinning': 'this system gives the lab no way to pin processes to one core (taskset is Linux only)',
      'no-taskset': 'taskset (util-linux) was not found, so the processes cannot be pinned to one core',
      'cannot-raise': 'the fix needs the holder raised back to a higher priority, which only root (CAP_SYS_NICE) may do; as this user a priority can be lowered but not raised, so the fix cannot be shown',
      threads: 'Node cannot set the priority of a single thread; the processes runtime shows it',
    },
    view: {
      tableTitle: 'The medium process’s work while the high one waited',
    },
    explain: {
      title: 'What this shows',
      lead: 'Priority inversion, the tutorials’ Mars Pathfinder story: a high-priority task waits for a lock held by a low-priority one, and a medium-priority task, needing no lock at all, keeps the low one off the CPU, so the high one in effect waits for the medium one.',
      inversion: 'Inversion: on one core, the medium process gets most of the CPU; the low holder crawls, and the medium completes many work units while the high one waits.',
      inheritance: 'Priority inheritance: while the high process waits, the holder runs at its priority, finishes its critical section quickly and lets go; the medium completes far fewer units meanwhile.',
      rights: 'Lowering a priority is always allowed; raising one back needs root. Linux’s nice values share the CPU by weight rather than strictly, so the counts show the tendency, not a total block.',
    },
  },
}
