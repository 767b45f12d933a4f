/**
 * English texts of the report area (see zh-CN-report.ts for the Chinese). Plain words; vue-i18n
 * reserves braces, at, pipe and dollar signs: only {placeholders} use them.
 */
export default {
  language: 'English',
}
