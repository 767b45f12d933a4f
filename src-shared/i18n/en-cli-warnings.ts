/**
 * English texts of the warnings printed under a run, one explanation per warning code.
 * Part of the cli area (en-cli.ts), spread into it.
 * Plain words; vue-i18n reserves braces, at, pipe and dollar signs: only {placeholders} use them.
 */
import type { WarningCode } from '../report'
import report from './en-report'

export default {
  warnings: {
    line: '  ! [{code}] {where}: {text}',
    title: 'Warnings (the report has each one in full):',
    also: 'also: {list}',
    suite: 'suite',
    at: '{name} at {workers}',
    /** One explanation per warning code; the figures come from the report's own data. */
    codes: {
      'machine-busy': 'The machine was already busy when this run started (load above half of its {cores} logical cores): other programs competed for the cores, so the times are slower and noisier than they should be. Close other programs, wait for the load to drop, and measure again.',
      'few-samples': 'Some points were measured only {n} time(s): with fewer than 3 repetitions one disturbed measurement cannot be told from a typical one, and the 95% interval is very wide or unknown. Use at least 3 repetitions, better 5 or more.',
      oversubscribed: 'More workers than the machine has logical cores ({cores}): the operating system time-shares the cores, so expect no more speedup, only the cost of switching between workers. These points are left out of the Amdahl fit.',
      'slow-first-run': 'The first repetition took {first}, {ratio} times the median of the others ({median}): it paid one-off costs (starting workers, JIT compilation, filling caches). More warm-up runs (this run used {warmup}) keep them out of the measurement.',
      outliers: 'Some repetitions were far from the median of {median}: more than ten times the typical spread. Something else probably used the machine meanwhile; the median is hardly affected, but close other programs and measure again to be sure.',
      'high-variance': 'The repetitions varied a lot: the standard deviation ({stddev}) is {cv} of the mean ({mean}); we warn above {limit}. Differences between points smaller than that may be noise. Close other programs, or use more repetitions.',
      'check-failed': 'The result did not match the expected answer (expected {expected}, got {actual}). Timings of a wrong answer mean nothing: usually the work was split incorrectly, with a piece left out or counted twice.',
      'on-battery': report.warningText['on-battery'],
      'powersave-governor': report.warningText['powersave-governor'],
      'cpu-used-by-others': report.warningText['cpu-used-by-others'],
      'hybrid-cores': report.warningText['hybrid-cores'],
      'smt-shared-cores': report.warningText['smt-shared-cores'],
      drift: report.warningText.drift,
      'cores-not-applied': report.warningText['cores-not-applied'],
      'python-not-found': report.warningText['python-not-found'],
      'python-not-applicable': report.warningText['python-not-applicable'],
    } satisfies Record<WarningCode, string>,
  },
}
