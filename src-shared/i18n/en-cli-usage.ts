/**
 * English texts of the command line's help and its usage errors: bad flags and arguments, an
 * unusable --out.
 * Part of the cli area (en-cli.ts), spread into it.
 * Plain words; vue-i18n reserves braces, at, pipe and dollar signs: only {placeholders} use them.
 */
export default {
  help: {
    usage: 'Usage:',
    options: 'Options:',
    globalOptions: 'Global Options:',
    commands: 'Commands:',
    arguments: 'Arguments:',
    help: 'display help for command',
    version: 'output the version number',
    afterError: '(run with --help for usage)',
    lang: 'language of everything printed: {choices} (default: from LC_ALL, LC_MESSAGES or LANG, else English)',
  },
  /** Commander's own errors, matched by their code (cli-main.ts); English passes them through. */
  commander: {
    unknownOption: "error: unknown option '{option}'",
    unknownCommand: "error: unknown command '{name}'",
    missingArgument: "error: missing required argument '{name}'",
    optionMissingArgument: "error: option '{option}' argument missing",
    missingMandatoryOptionValue: "error: required option '{option}' not specified",
    excessArguments: 'error: too many arguments',
    didYouMean: '(Did you mean {names}?)',
  },
  usage: {
    seeHelp: '(run with --help for usage)',
    unknownCommand: "unknown command '{name}' (commands: {commands})",
    badLang: '--lang must be one of {choices}; got "{value}"',
    langMissing: '--lang needs a language: {choices}',
    wholeNumber: '{flag} expects a whole number, got "{value}"',
    emptyElement: '{flag}: "{value}" has an empty element in its comma list',
    thisFlag: 'this flag',
    workers: '--workers expects "auto" or a comma list such as 1,2,4',
    choice: '{flag} must be one of {choices}; got "{value}"',
    choiceList: '{flag} expects a comma list of {choices}',
    commaList: '{flag} expects a comma list',
    byteSize: '{flag} expects sizes such as 64, 1k, 64k, 1m; got "{value}"',
    setting: '{flag}: {message}',
    workersRange: 'must be "auto" or a list of 1 to {most} worker counts, each a whole number from 1 to {max}',
    root: '(root)',
    utility: '--runtimes utility: utility processes exist only in the desktop app (use main, main-async, thread or process)',
    compareTwo: 'compare needs at least two report files',
    stdoutOneFormat: '--out - (stdout) takes exactly one text format: json, csv, md, html or trace',
  },
  out: {
    empty: '--out: the file name is empty (leave --out out for the default reports/ folder)',
    namesFolder: '--out: {path} names a folder, not a file',
    tooLong: '--out: the file name is too long ({bytes} bytes; at most {max} here)',
    isFolder: '--out: {path} is a folder; give a file name inside it',
    notFile: '--out: {path} exists and is not a regular file',
    cannotUse: '--out: cannot use {path} ({why})',
    problem: '--out: {message}',
    cannotWrite: '--out: cannot write a file in {folder} ({why})',
    why: { EACCES: 'permission denied', EPERM: 'permission denied', EROFS: 'read-only file system', ENAMETOOLONG: 'file name too long', ENOSPC: 'no space left' },
  },
}
