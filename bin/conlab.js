#!/usr/bin/env node
// The `conlab` command: a shim over the built CLI, so `npm link` / `npx conlab` work.
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const cli = new URL('../out/main/cli.js', import.meta.url)
if (!existsSync(fileURLToPath(cli))) {
  process.stderr.write('conlab: the command line is not built yet: run `npm run build` (or use `npm run lab`, which builds first)\n')
  process.exit(2)
}
await import(cli.href)
