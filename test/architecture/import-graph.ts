/**
 * The import graph of our own source, as TypeScript resolves it, and the cycles in it. No ESLint
 * plugin finds cycles on ESLint 10 without a native addon, so this walks the files itself: every
 * import, export-from and import() of each .ts file and of each .vue file's <script> blocks,
 * type-only ones included (a type cycle still ties two files together).
 */
import { readFileSync, readdirSync } from 'node:fs'
import { dirname, extname, join, relative, resolve } from 'node:path'
import ts from 'typescript'

export type ImportGraph = Map<string, string[]>

const SOURCE_EXTENSIONS = new Set(['.ts', '.vue'])

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(path)
    return SOURCE_EXTENSIONS.has(extname(entry.name)) && !entry.name.endsWith('.d.ts') ? [path] : []
  })
}

/** The script of a .vue file (its <script> blocks), or the whole text of a .ts file. */
function scriptOf(path: string): string {
  const text = readFileSync(path, 'utf8')
  if (extname(path) !== '.vue') return text
  return [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n')
}

/**
 * Where `specifier` leads from `from`, if it is one of `files`. `?modulePath` imports are skipped:
 * they hand over a path to spawn a worker with, they do not load the module here.
 */
function resolveImport(specifier: string, from: string, files: ReadonlySet<string>, options: ts.CompilerOptions): string | undefined {
  if (specifier.includes('?')) return undefined
  if (specifier.endsWith('.vue')) {
    const path = resolve(dirname(from), specifier)
    return files.has(path) ? path : undefined
  }
  const resolved = ts.resolveModuleName(specifier, from, options, ts.sys).resolvedModule
  if (!resolved || resolved.isExternalLibraryImport) return undefined
  const path = resolve(resolved.resolvedFileName)
  return files.has(path) ? path : undefined
}

/** Every source file under `roots` with the files of the same roots it imports. */
export function importGraph(roots: readonly string[], options: ts.CompilerOptions): ImportGraph {
  const files = roots.flatMap((root) => sourceFiles(resolve(root)))
  const known = new Set(files)
  const graph: ImportGraph = new Map()
  for (const file of files) {
    const imports = ts.preProcessFile(scriptOf(file), true, true).importedFiles
    const targets = imports.flatMap(({ fileName }) => resolveImport(fileName, file, known, options) ?? [])
    graph.set(file, [...new Set(targets)].sort())
  }
  return graph
}

/** The compiler options of a tsconfig file, so imports resolve the way the type checker resolves them. */
export function compilerOptionsOf(tsconfigPath: string): ts.CompilerOptions {
  const parsed = ts.getParsedCommandLineOfConfigFile(tsconfigPath, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => { throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n')) } })
  if (!parsed) throw new Error(`cannot read ${tsconfigPath}`)
  return parsed.options
}

/**
 * One cycle per strongly connected component (Tarjan), each as a path that starts and ends at the
 * component's first file in sort order, so the report is stable from run to run.
 */
export function findCycles(graph: ImportGraph): string[][] {
  let counter = 0
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const components: string[][] = []

  const visit = (node: string): void => {
    index.set(node, counter)
    low.set(node, counter)
    counter++
    stack.push(node)
    onStack.add(node)
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next)
        low.set(node, Math.min(low.get(node)!, low.get(next)!))
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node)!, index.get(next)!))
      }
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = []
      let member: string
      do {
        member = stack.pop()!
        onStack.delete(member)
        component.push(member)
      } while (member !== node)
      const selfLoop = (graph.get(node) ?? []).includes(node)
      if (component.length > 1 || selfLoop) components.push(component.sort())
    }
  }
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node)
  return components.map((component) => cycleThrough(component, graph)).sort((a, b) => a[0]!.localeCompare(b[0]!))
}

/** The shortest way from the component's first file back to itself (breadth first, inside the component). */
function cycleThrough(component: string[], graph: ImportGraph): string[] {
  const start = component[0]!
  const inside = new Set(component)
  const cameFrom = new Map<string, string>()
  const queue = [start]
  while (queue.length > 0) {
    const node = queue.shift()!
    for (const next of graph.get(node) ?? []) {
      if (!inside.has(next)) continue
      if (next === start) {
        const path = [start]
        for (let at: string | undefined = node; at !== undefined && at !== start; at = cameFrom.get(at)) path.splice(1, 0, at)
        return [...path, start]
      }
      if (!cameFrom.has(next)) {
        cameFrom.set(next, node)
        queue.push(next)
      }
    }
  }
  throw new Error(`no cycle through ${start}, though it is in a strongly connected component`)
}

export const describeCycle = (cycle: readonly string[], root: string): string => cycle.map((file) => relative(root, file)).join(' -> ')
