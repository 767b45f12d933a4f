/**
 * English words of `conlab claims` (`cli`) and of the claims section of the exports, the text
 * table and `conlab compare` (`report`). Spread into en-claims.ts by one line; the claims' own
 * texts (titles, quotes, reasons, figures) live there. Only {placeholders} use braces.
 */
export default {
  cli: {
    description: "Settle the tutorials' claims on this machine: run the experiments that test them, print a verdict for each, write a report.",
    list: 'list the claims (id, title, quote, source) and run nothing',
    only: 'only these claims, comma list of ids (default: every claim, the workshop preset)',
    json: 'print the JSON report on stdout instead of the verdict table',
    out: 'write the report to this file; its extension picks the format: .json, .md, .html, .csv or .pdf, and any but .json also writes the JSON report beside it (x.html and x.json) (default: reports/conlab-<time>.json)',
    includeHostname: 'name this machine (its host name) in the --out file; left out by default',
    python: 'the Python interpreter the CPython claims use (default: every Python 3.8+ found); repeat it for several',
    unknownClaim: 'unknown claim "{value}" in --only; the claims are: {ids}',
    emptyOnly: '--only needs at least one claim id; the claims are: {ids}',
    badOut: 'cannot tell the format of --out {path}: give it one of the extensions {extensions}',
    planned: 'Settling {claims} claim(s) with {configs} experiment configuration(s); Ctrl-C cancels.',
    listSource: 'source: {source}',
    verdictsTitle: 'Verdicts on this machine',
  },
  report: {
    title: 'Claims',
    intro: 'What the tutorials say, and what this machine measured. Each verdict comes from the intervals and tests of the runs below, never from one median.',
    claim: 'claim',
    verdict: 'verdict',
    why: 'why, and the figures',
    original: 'Original',
    translation: 'In English',
    because: 'Why',
    figures: 'Figures',
    source: 'Source',
    /** One passage a claim is quoted from: the tutorial's number (its file in seeds/) and its heading. */
    sourceItem: 'tutorial {number}, “{section}”',
    sourceSeparator: '; ',
    noFigures: 'no figures',
    testedWithCpython: "tested with CPython's own API ({python})",
    testedWithCpythonAny: "tested with CPython's own API",
    testedWithLab: "tested with the lab's equivalent (no Python interpreter found)",
    evidence: 'Evidence, in {unit}',
    evidenceOf: '{value} of {of}',
    units: { ms: 'ms', us: 'µs', ratio: '×', count: 'count', percent: '%', mb: 'MB' },
    compareTitle: 'Claims on each machine',
    compareIntro: 'The verdict each machine reached. A claim that holds on one machine and not on another is marked: the difference is a finding, not a mistake.',
    notRun: 'not run',
    differs: 'differs',
  },
}
