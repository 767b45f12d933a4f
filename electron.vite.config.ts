/**
 * One build for everything that ships: the Electron main process and, from the same bundle
 * graph, the headless front doors (CLI, web server) that run under plain Node. Worker entries
 * are emitted as their own chunks through `?modulePath` imports in the engine.
 */
import { resolve } from 'node:path'
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'electron-vite'
import { pythonWorkerPlugin } from './build/python-worker-plugin'

const root = import.meta.dirname

export default defineConfig({
  main: {
    plugins: [pythonWorkerPlugin(resolve(root, 'src-workers/python'))],
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve(root, 'src-main/app/index.ts'),
          cli: resolve(root, 'src-main/cli/main.ts'),
          web: resolve(root, 'src-main/web/main.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot be an ES module: emit CommonJS.
      rollupOptions: { input: { index: resolve(root, 'src-preload/index.ts') }, output: { format: 'cjs', entryFileNames: '[name].cjs' } },
    },
  },
  renderer: {
    root: resolve(root, 'src-renderer'),
    plugins: [vue()],
    // vue-i18n's feature flags: the catalogues hold `{name}` texts compiled by our own compiler
    // (src-renderer/i18n/compile.ts), so its message compiler and legacy API are left out.
    define: {
      __VUE_I18N_FULL_INSTALL__: 'true',
      __VUE_I18N_LEGACY_API__: 'false',
      __INTLIFY_DROP_MESSAGE_COMPILER__: 'true',
      __INTLIFY_PROD_DEVTOOLS__: 'false',
    },
    build: {
      outDir: resolve(root, 'out/renderer'),
      // electron-vite leaves bundles unminified; the page parses every byte it loads, and at load
      // that parse was most of the long task the renderer bench measured (issue 13: none over 50 ms).
      minify: true,
      rollupOptions: { input: { index: resolve(root, 'src-renderer/index.html') } },
    },
  },
})
