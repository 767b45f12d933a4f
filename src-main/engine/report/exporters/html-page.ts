/**
 * The shell of every exported HTML page: one self-contained file, no script, no network, no
 * external file. The Content-Security-Policy allows nothing but the page's own stylesheet
 * (pinned by its hash), so even if something slipped past escaping it could not run or load.
 */
import { createHash } from 'node:crypto'
import type { Locale } from '../../../../src-shared/i18n/locales'
import { escapeHtml as esc } from './escape'

const STYLE = `
:root { color-scheme: light; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1b1b1b; margin: 0 auto; max-width: 1040px; padding: 24px; }
h1 { font-size: 1.7em; margin: 0 0 4px; }
h2 { font-size: 1.3em; margin: 32px 0 8px; border-bottom: 1px solid #ddd; padding-bottom: 4px; }
h3 { font-size: 1.05em; margin: 20px 0 6px; }
.meta, figcaption, .note { color: #555; font-size: 0.9em; }
table { border-collapse: collapse; margin: 8px 0 16px; font-size: 0.9em; display: block; max-width: 100%; overflow-x: auto; }
th, td { border: 1px solid #ddd; padding: 4px 8px; text-align: left; vertical-align: top; }
th { background: #f4f4f4; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.bad { color: #b00020; font-weight: 600; }
.charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(440px, 1fr)); gap: 16px; }
figure { margin: 0; break-inside: avoid; }
svg.chart { width: 100%; height: auto; border: 1px solid #eee; }
ul.warnings li { margin-bottom: 6px; }
.code { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 0.85em; background: #f4f4f4; padding: 1px 4px; }
dl.explain dt { font-weight: 600; margin-top: 8px; }
dl.explain dd { margin-left: 16px; }
footer { margin-top: 40px; color: #777; font-size: 0.85em; }
@media print { body { padding: 0; } .charts { grid-template-columns: 1fr 1fr; } h2 { break-after: avoid; } table { display: table; font-size: 0.7em; } }
`

/**
 * Chinese text needs a font with its glyphs: the Noto CJK fonts (Debian's fonts-noto-cjk, which
 * Chromium uses for the PDF), then what macOS and Windows ship. The charts' `font-family`
 * attribute is a presentation hint, so this rule overrides it inside the SVGs too.
 */
const CJK_STYLE = `body, svg.chart { font-family: "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif; }
`

/** English keeps the page exactly as it was before the lab spoke other languages. */
const STYLES: Readonly<Record<Locale, string>> = { en: STYLE, 'zh-CN': `${STYLE}${CJK_STYLE}` }

function contentSecurityPolicy(style: string): string {
  const hash = createHash('sha256').update(style, 'utf8').digest('base64')
  return `default-src 'none'; style-src 'sha256-${hash}'; img-src 'none'; base-uri 'none'; form-action 'none'`
}

export const CONTENT_SECURITY_POLICY = contentSecurityPolicy(STYLE)

export function htmlPage(title: string, body: string, locale: Locale = 'en'): string {
  const style = STYLES[locale]
  return [
    '<!DOCTYPE html>',
    `<html lang="${locale}">`,
    '<head>',
    '<meta charset="utf-8">',
    // Our own constant (no report data), written as is so it reads plainly in the file.
    `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(style)}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="Concurrency Lab">',
    // Which language the export was written in (English, the original, is the default and left unsaid).
    ...(locale === 'en' ? [] : [`<meta name="conlab-export-language" content="${locale}">`]),
    `<title>${esc(title)}</title>`,
    `<style>${style}</style>`,
    '</head>',
    '<body>',
    body,
    '</body>',
    '</html>',
    '',
  ].join('\n')
}

/** A table from already-escaped cells; `numeric` columns are right-aligned. */
export function htmlTable(header: string[], rows: string[][], numeric: (column: number) => boolean = () => false): string {
  const cell = (tag: 'th' | 'td', text: string, i: number) => `<${tag}${tag === 'td' && numeric(i) ? ' class="num"' : ''}>${text}</${tag}>`
  return [
    '<table>',
    `<thead><tr>${header.map((h, i) => cell('th', h, i)).join('')}</tr></thead>`,
    `<tbody>${rows.map((r) => `<tr>${r.map((c, i) => cell('td', c, i)).join('')}</tr>`).join('\n')}</tbody>`,
    '</table>',
  ].join('\n')
}

export function figureHtml(svg: string, caption: string): string {
  return `<figure>${svg}<figcaption>${esc(caption)}</figcaption></figure>`
}
