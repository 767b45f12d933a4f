#!/usr/bin/env node
// `npm run bench`: the benchmarks, pinned to one CPU where `taskset` exists (Linux). A round trip
// between two processes or threads costs 2-4x more when the OS happens to place them on different
// cores of a VM (cross-core wake-ups), and which pair lands where is chance: unpinned, the
// lab-vs-baseline ratios measured the scheduler's placement, not the harness. Pinned, both sides
// hand over on the same core, every time.
import { spawnSync } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const vitest = [join(root, 'node_modules', 'vitest', 'vitest.mjs'), 'run', '--config', 'vitest.bench.config.ts', ...process.argv.slice(2)]
const hasTaskset = process.platform === 'linux' && spawnSync('taskset', ['-c', '0', 'true']).status === 0
if (hasTaskset) console.error('Pinning the benchmarks to CPU 0 (taskset -c 0): see scripts/bench.mjs for why.')
else console.error('No taskset here: the benchmarks run unpinned, so cross-core wake-ups add noise to the ratios.')
const command = hasTaskset ? 'taskset' : process.execPath
const args = hasTaskset ? ['-c', '0', process.execPath, ...vitest] : vitest
const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' })
process.exit(result.status ?? 1)
