/**
 * No user-facing words outside the catalogues (issue 12): every text a person reads in the app
 * comes from src-shared/i18n, so the Chinese screen cannot keep an English leftover. The test reads
 * every .vue and .ts file of src-renderer: templates' text nodes and static attributes people read
 * (aria-label, title, placeholder, alt), and string literals in scripts and template expressions
 * that look like prose. It lists each one found, with its file, and fails.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { parse } from '@vue/compiler-sfc'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

const ROOT = join(import.meta.dirname, '..', '..')
const RENDERER = join(ROOT, 'src-renderer')

/** Attributes a person reads (or a screen reader reads to them). */
const READ_ATTRIBUTES = new Set(['aria-label', 'title', 'placeholder', 'alt', 'label', 'aria-description'])

/** Texts that are not words of any language: symbols, units, punctuation, separators. */
const NOT_WORDS = /^(?:[\s\d.,:;·×–—…%()[\]/+\-=<>|*#✓✗✕↑↓→←?!]|µs|ms|ns|s|B|KiB|MiB|GiB|TiB|p50|p90|p99|x)*$/

/** A literal reads as prose: two words, or a capitalised word (keys and identifiers are neither). */
const PROSE = /[A-Za-z]{2,}[ ,]+[A-Za-z]{2,}|^[A-Z][a-z]{2,}$|[\u4e00-\u9fff]/

/**
 * Strings that look like words but are not translated: product names shown with their versions,
 * and CSS classes. Each is matched whole, so a new sentence is never hidden by this list.
 */
const MACHINERY = new Set<string>(['Node', 'Electron', 'Chrome', 'ok small', 'error small'])

/** Calls whose string arguments no user reads: developer logs and impossible-state labels. */
const NOT_SHOWN_CALLS = /^(console\.\w+|assertNever)$/

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return filesUnder(path)
    return /\.(vue|ts)$/.test(entry.name) ? [path] : []
  })
}

/** String literals (and the fixed parts of template literals) of a piece of TypeScript. */
function literalsIn(code: string): string[] {
  const found: string[] = []
  const source = ts.createSourceFile('x.ts', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS)
  const visit = (node: ts.Node): void => {
    // Import paths, property keys and type-level strings are not shown to anyone.
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node) || ts.isLiteralTypeNode(node)) return
    if (ts.isCallExpression(node) && NOT_SHOWN_CALLS.test(node.expression.getText())) return
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) {
      const parent = node.parent
      const isKey = parent && (ts.isPropertyAssignment(parent) || ts.isPropertySignature(parent)) && parent.name === node
      if (!isKey && !ts.isElementAccessExpression(parent)) found.push(node.text)
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}

interface TemplateNode {
  type: number
  content?: string | { content?: string }
  children?: TemplateNode[]
  props?: Array<{ type: number; name: string; value?: { content: string }; exp?: { content?: string } }>
  branches?: TemplateNode[]
}

/** Texts and expressions of a template AST (node types from @vue/compiler-core's NodeTypes). */
function walkTemplate(node: TemplateNode, texts: string[], expressions: string[]): void {
  if (node.type === 2 && typeof node.content === 'string') texts.push(node.content)
  if (node.type === 5 && typeof node.content === 'object' && node.content.content) expressions.push(node.content.content)
  for (const prop of node.props ?? []) {
    if (prop.type === 6 && READ_ATTRIBUTES.has(prop.name) && prop.value) texts.push(prop.value.content)
    if (prop.type === 7 && prop.exp?.content) expressions.push(prop.exp.content)
  }
  for (const child of [...(node.children ?? []), ...(node.branches ?? [])]) walkTemplate(child, texts, expressions)
}

function isUserFacing(text: string, fromCode: boolean): boolean {
  const trimmed = text.trim()
  if (trimmed === '' || NOT_WORDS.test(trimmed) || MACHINERY.has(trimmed)) return false
  return fromCode ? PROSE.test(trimmed) : /[A-Za-z\u4e00-\u9fff]/.test(trimmed)
}

export function literalsOutsideCatalogue(file: string, text: string): string[] {
  const found: string[] = []
  if (file.endsWith('.vue')) {
    const { descriptor } = parse(text, { filename: file })
    const texts: string[] = []
    const expressions: string[] = []
    if (descriptor.template?.ast) walkTemplate(descriptor.template.ast as unknown as TemplateNode, texts, expressions)
    found.push(...texts.filter((t) => isUserFacing(t, false)))
    // A v-for's "item in items" and v-on handlers parse as TypeScript well enough for literals.
    for (const expression of expressions) found.push(...literalsIn(expression).filter((t) => isUserFacing(t, true)))
    for (const block of [descriptor.script, descriptor.scriptSetup]) {
      if (block) found.push(...literalsIn(block.content).filter((t) => isUserFacing(t, true)))
    }
  } else {
    found.push(...literalsIn(text).filter((t) => isUserFacing(t, true)))
  }
  return found.map((t) => t.trim().replace(/\s+/g, ' '))
}

describe('user-facing literals in src-renderer', () => {
  it('finds a literal in a template, an attribute and a script (the check can fail)', () => {
    const vue = `<template><p title="Open it">Hello there</p><b>{{ n }} ×</b><i :x="ok ? 'Looks good' : k"/></template>
<script setup lang="ts">const label = 'Run the experiment'; const key = t('queue.title')</script>`
    expect(literalsOutsideCatalogue('x.vue', vue)).toEqual(['Open it', 'Hello there', 'Looks good', 'Run the experiment'])
  })

  it('every text a person reads comes from the catalogues', () => {
    const leftovers = filesUnder(RENDERER).flatMap((file) =>
      literalsOutsideCatalogue(file, readFileSync(file, 'utf8')).map((literal) => `${relative(ROOT, file)}: ${JSON.stringify(literal)}`),
    )
    expect(leftovers, `move these into src-shared/i18n (en + zh-CN):\n${leftovers.join('\n')}`).toEqual([])
  })
})
