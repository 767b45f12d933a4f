/**
 * Escaping for each output language. Every string that comes from a report (labels, host names,
 * CPU models, warnings, errors, config values) passes through one of these before it is written:
 * a report is someone else's file, and nothing in it may become markup, a formula or a link.
 */

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** For HTML/SVG text and attribute values (always quoted with "). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c)
}

/**
 * Markdown (CommonMark/GFM): backslash-escape the punctuation that could start emphasis, code,
 * a link (brackets), an HTML tag, an entity, a table cell boundary, maths (`$`) or a mention
 * (`@`), and flatten line breaks so a value cannot start a new block. Punctuation that only
 * matters at the start of a line (`-`, `+`, `=`, `.`) is left alone: values never start a line,
 * and escaping every version number would make the raw text unreadable.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/\r\n|\r|\n/g, ' ').replace(/[\\`*_{}[\]<>#|~&$@]/g, (c) => `\\${c}`)
}

/** Characters that make a spreadsheet read a text cell as a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/

/**
 * One RFC 4180 field. Numbers are written plainly; a text cell that a spreadsheet would evaluate
 * gets a leading apostrophe, which spreadsheets show as text and do not run.
 */
export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : ''
  if (typeof value === 'boolean') return value ? 'true' : 'false'
  const guarded = FORMULA_START.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded
}

/** A file name made only of safe characters, for downloads and `--out` defaults. */
export function safeFileStem(text: string, fallback = 'report'): string {
  const stem = text
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 80)
  return stem === '' ? fallback : stem
}
