/**
 * Making a string that came from a file (a report's label, a CPU model, a history file name, a
 * parse error) safe to print on a terminal. A hostile report could otherwise set the window
 * title, clear the screen or reorder text (`\e]0;…\a`, `\e[2J`, bidi overrides). Every control
 * character is shown as an escape sequence instead, so the text stays readable and inert.
 */

/** Longer than any real field (the report schema caps labels at 200 and errors at 10 000). */
export const MAX_PRINTED_CHARS = 2000

// C0 controls, DEL, C1 controls, the bidi marks, embeddings, overrides and isolates, the Unicode
// line and paragraph separators, and UTF-16 surrogates that are not part of a pair.
const UNSAFE = new RegExp(
  '[\\u0000-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]' +
    '|[\\ud800-\\udbff](?![\\udc00-\\udfff])|(?<![\\ud800-\\udbff])[\\udc00-\\udfff]',
  'g',
)
const UNSAFE_KEEPING_NEWLINES = new RegExp(UNSAFE.source.replace('\\u0000-\\u001f', '\\u0000-\\u0009\\u000b-\\u001f'), 'g')

const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' }

function escapeChar(c: string): string {
  const named = NAMED[c]
  if (named !== undefined) return named
  // \uXXXX rather than \xXX: the same text is then also a valid escape inside JSON.
  return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
}

function truncate(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text
  // Never cut a surrogate pair in two (the half left would be escaped as a lone surrogate).
  const cut = /[\ud800-\udbff]/.test(text.charAt(maxChars - 1)) ? maxChars - 1 : maxChars
  return `${text.slice(0, cut)}… (${text.length - cut} more characters)`
}

/** One field, on one line: every control character (newlines too) escaped, absurd lengths cut. */
export function printable(value: unknown, maxChars: number = MAX_PRINTED_CHARS): string {
  return truncate(String(value), maxChars).replace(UNSAFE, escapeChar)
}

/**
 * A whole block of terminal output (a table built from a report, a Markdown or JSON export on
 * stdout): newlines kept, every other control character escaped. Not truncated: the block is
 * ours, only its fields came from a file. JSON stays valid JSON with the same meaning (raw
 * control characters can only sit inside its strings, where \uXXXX means the same).
 */
export function printableLines(text: string): string {
  return text.replace(UNSAFE_KEEPING_NEWLINES, escapeChar)
}
