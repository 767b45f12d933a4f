/**
 * English texts of the tutorials' claims (issue 18): each claim's quote (the Chinese original as
 * the tutorial wrote it, and in English), its source, the verdicts' names, the coded reasons
 * (`because`) and cited figures (`figure`) the verdict rules write, and `conlab claims`' words.
 * Part of the root catalogue (en.ts) under `claims`. Only {placeholders} use braces.
 */
import claimsReport from './en-claims-report'

export default {
  ...claimsReport,
  verdicts: {
    holds: 'holds',
    'does-not-hold': 'does not hold',
    'holds-under-gil': 'holds only in CPython, under the GIL',
    depends: 'depends',
    inconclusive: 'inconclusive: too noisy, run again',
    'cannot-run': 'cannot be settled here',
  },
}
