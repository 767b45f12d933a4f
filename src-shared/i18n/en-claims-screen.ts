/**
 * English texts of the app's Claims screen (issue 18): the list, its buttons, progress and the
 * evidence beside each verdict. Part of the root catalogue (en.ts) under `claimsScreen`. The
 * claims' own words (title, quote, why) and the verdicts' are in the `claims` area.
 */
export default {
  title: 'Claims',
  intro: 'Tutorials state these things about threads and processes as facts. Each one below can be settled on this machine: run the experiment behind it and read the verdict, with the figures it rests on.',
  notRunYet: 'not run yet',
  loading: 'Reading the verdicts saved on this machine…',
  runAll: 'Run all',
  runAllHint: 'The Workshop preset: every claim, about five minutes on a 2-core laptop.',
  run: 'Run',
  runOne: 'Run the experiment for this claim: {title}',
  runAgain: 'Run again',
  runAgainOne: 'Run the experiment for this claim again: {title}',
  phase: {
    waiting: 'waiting its turn',
    running: 'being measured…',
    measured: 'measured: verdict when the run ends',
  },
  cancel: 'Cancel',
  progress: 'Settling {n} claims',
  progressLabel: 'Progress of the claims run',
  verdictHere: 'On this machine',
  decidedAt: 'decided {age} ({when})',
  openRuns: 'Open the runs behind this verdict',
  openRunsOf: 'Open the runs behind the verdict on: {title}',
  cancelled: 'Cancelled. Claims whose runs had finished have their new verdict; the others keep the one they had.',
  original: 'The tutorial’s words',
  translation: 'In English',
  source: 'Source: tutorial {file}, “{section}”',
  labelled: '{label}:',
  because: 'Because',
  figures: 'Figures cited',
  why: 'Why it comes out this way',
  testedWith: {
    cpython: 'Tested with CPython’s own API ({python}).',
    lab: 'No CPython interpreter was found: tested with the lab’s equivalent.',
  },
  evidence: 'Evidence',
  evidenceExplain: 'Each bar is a figure the verdict compares; the whiskers show its 95% interval where the samples give one. A count bar says how many of the repetitions it happened in.',
  columns: {
    bar: 'Measured',
    value: 'Value',
    interval: '95% interval',
  },
  countOf: '{value} of {of}',
  units: {
    ms: 'Time (ms)',
    us: 'Time (µs)',
    ratio: 'Ratio',
    count: 'Repetitions',
    percent: 'Share (%)',
    mb: 'Memory (MB)',
  },
}
