/**
 * Ships the Python worker program with the main bundle: every .py file of src-workers/python/ is
 * emitted as it is into out/main/python/, where src-main/engine/runtimes/python/worker-program.ts
 * looks for it (electron-builder.yml unpacks it from the asar: an interpreter reads real files).
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Plugin } from 'vite'

export function pythonWorkerPlugin(sourceDir: string): Plugin {
  return {
    name: 'conlab-python-worker',
    generateBundle() {
      for (const file of readdirSync(sourceDir).filter((f) => f.endsWith('.py'))) {
        this.emitFile({ type: 'asset', fileName: `python/${file}`, source: readFileSync(join(sourceDir, file), 'utf8') })
      }
    },
  }
}
