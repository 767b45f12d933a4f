/**
 * English texts of runs as they go and end: runtime names, states, phases, the run queue, the
 * result panel.
 * Part of the root catalogue (en.ts), spread into it.
 * vue-i18n reserves braces, at, pipe and dollar signs: only {placeholders} use them.
 */
export default {
  runtimes: {
    main: 'Main thread',
    'main-async': 'Main thread, async',
    thread: 'Worker threads',
    process: 'Child processes',
    utility: 'Utility processes',
    'py-thread': 'CPython threads',
    'py-process': 'CPython processes',
    'py-async': 'CPython asyncio',
  },
  states: {
    queued: 'Queued',
    running: 'Running',
    completed: 'Completed',
    aborted: 'Aborted',
    failed: 'Failed',
    'partly-failed': 'Partly failed',
  },
  phases: {
    prepare: 'preparing',
    overhead: 'measuring overhead',
    warmup: 'warming up',
    measure: 'measuring',
    cleanup: 'cleaning up',
  },
  queue: {
    title: 'Run queue',
    empty: 'Nothing queued. Pick settings and press Run.',
    clear: 'Clear finished',
    cancel: 'Cancel',
    cancelling: 'Cancelling…',
    workers: '{n} worker(s)',
    repetition: 'repetition {k} of {n}',
    eta: 'About {eta} left',
    estimating: 'Estimating the time left…',
    waiting: 'Waiting: starts when the suite above ends',
    lost: 'Lost: the lab engine stopped while this suite ran.',
    progressOf: 'Progress of {label}',
  },
  result: {
    context: 'Context',
    showing: 'Showing',
    live: 'Live: {label}',
    none: 'No results for this experiment yet.',
    allFailed: 'Every runtime failed: {message}',
    importedNote: '“{name}” was measured on another machine (see “Machine of this report”).',
    backToOwn: 'Show my latest run',
    warningSuite: 'the whole suite',
    warningAt: '{where} at {n} worker(s)',
    warningWhere: '(applies to: {list})',
    listSeparator: ', ',
    skipped: 'Settings not used in these runs',
    runError: '{runtime}: {message}',
    warnings: 'Warnings',
    unavailable: 'Not measured on this machine',
    export: 'Export',
    exportAs: 'Export as {format}',
    includeHostname: 'Include host name',
    exported: 'Downloaded {file}.',
    savedTo: 'Saved to {path}.',
  },
}
