/**
 * Emulates electron-vite's `?modulePath` imports under vitest: the imported module is bundled on
 * its own (as electron-vite does for worker and child-process entries) into a cache folder, and
 * the import evaluates to that file's path. Tests thus spawn the very code the app ships, built
 * the same way, without a hard-coded path anywhere in the engine.
 */
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { build, type Plugin } from 'vite'

const SUFFIX = '?modulePath'
const VIRTUAL_PREFIX = '\0conlab-module-path:'

function resolveSource(id: string, importer: string | undefined): string {
  const bare = id.slice(0, -SUFFIX.length)
  const base = importer ? dirname(importer) : process.cwd()
  const absolute = resolve(base, bare)
  for (const candidate of [absolute, `${absolute}.ts`, join(absolute, 'index.ts')]) {
    if (existsSync(candidate) && !candidate.endsWith('/')) return candidate
  }
  throw new Error(`?modulePath: cannot find ${bare} (imported from ${importer ?? 'root'})`)
}

export function modulePathPlugin(outRoot: string): Plugin {
  const builds = new Map<string, Promise<string>>()
  const bundle = (source: string): Promise<string> => {
    let pending = builds.get(source)
    if (!pending) {
      const name = `${source.split('/').pop()!.replace(/\.ts$/, '')}-${createHash('sha1').update(source).digest('hex').slice(0, 8)}`
      const outDir = join(outRoot, name)
      pending = build({
        configFile: false,
        logLevel: 'warn',
        build: {
          ssr: source,
          outDir,
          emptyOutDir: true,
          minify: false,
          sourcemap: 'inline',
          target: 'node20',
          rollupOptions: { output: { format: 'es', entryFileNames: 'index.js' } },
        },
        ssr: { target: 'node', noExternal: true },
      }).then(() => join(outDir, 'index.js'))
      builds.set(source, pending)
    }
    return pending
  }
  return {
    name: 'conlab-module-path',
    enforce: 'pre',
    resolveId(id, importer) {
      if (!id.endsWith(SUFFIX)) return null
      return VIRTUAL_PREFIX + resolveSource(id, importer)
    },
    async load(id) {
      if (!id.startsWith(VIRTUAL_PREFIX)) return null
      const file = await bundle(id.slice(VIRTUAL_PREFIX.length))
      return `export default ${JSON.stringify(file)}`
    },
  }
}
