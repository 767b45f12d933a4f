/**
 * English texts of the cli area (see zh-CN-cli.ts for the Chinese): everything `conlab` prints,
 * from its help to its tables. Plain words; vue-i18n reserves braces, at, pipe and dollar signs:
 * only {placeholders} use them. Runtime and workload ids stay as typed on the command line.
 * Each part lives in its own en-cli-<part>.ts file, spread here.
 */
import usage from './en-cli-usage'
import commands from './en-cli-commands'
import tables from './en-cli-tables'
import micro from './en-cli-micro'
import warnings from './en-cli-warnings'

export default {
  language: 'English',
  ...usage,
  ...commands,
  ...tables,
  ...micro,
  ...warnings,
}
