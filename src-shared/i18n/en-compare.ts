/**
 * English texts of the Compare screen: reports from several machines side by side.
 * Part of the root catalogue (en.ts), spread into it.
 * vue-i18n reserves braces, at, pipe and dollar signs: only {placeholders} use them.
 */
export default {
  compare: {
    title: 'Compare machines',
    intro: 'Pick two or more reports (imported or from History). Each machine becomes a column of the tables and a series of the chart, with its speed relative to a baseline machine.',
    pick: 'Reports to compare',
    empty: 'Import or open at least two reports to compare them.',
    baseline: 'Baseline machine',
    explain: 'Each cell: the median time with its 95% interval [lo–hi], then the ratio against the baseline (baseline time / this time: above 1× this machine was faster) with its 95% bootstrap interval, and a Mann–Whitney test of the two machines’ times (Holm-corrected over the whole comparison): faster, slower, no clear difference at this noise, or too few repetitions to tell. Below 5 repetitions no interval is claimed. Points are compared only where workload, runtime, options, settings, worker count and case all match.',
    working: 'Comparing…',
    failed: 'Could not compare: {message}',
    machine: 'Machine',
    lab: 'Lab',
    summary: 'Summary',
    isBaseline: 'the baseline',
    faster: '{ratio} faster than the baseline (geometric mean over {n} points)',
    slower: '{ratio} slower than the baseline (geometric mean over {n} points)',
    noneCompared: 'no point could be compared with the baseline',
    workersCase: 'Case · workers',
    workers: 'Workers',
    cells: {
      baseline: 'baseline',
      'other-settings': 'other settings',
      'no-run': 'not run',
      'no-point': 'not measured',
      'check-failed': 'wrong answer: not compared',
      'baseline-not-measured': 'no baseline',
      wrongAnswer: 'WRONG ANSWER',
    },
    notCompared: 'Not compared',
    notComparedIntro: 'Measured with different settings on different machines, so these points are not compared:',
    field: 'Setting',
    notRun: '(not run)',
    notes: 'Notes',
    group: '{workload} on {runtime}',
    chartGroup: 'Runs',
    pickMore: 'Pick at least two reports to compare them: {picked} picked of {listed} listed.',
    machineName: '{cpu}, {cores} cores',
    export: 'Export the comparison',
    exportAs: 'Export the comparison as {format}',
    formats: { html: 'HTML', md: 'Markdown' },
  },
}
