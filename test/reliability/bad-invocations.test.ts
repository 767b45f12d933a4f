/**
 * Family "bad-invocations": generated command lines that are wrong (unknown flags and commands,
 * bad numbers, out-of-range values, bad lists, empty and huge values, control characters in
 * values, --out targets that cannot be written). Each exits 2 with one clean line naming the
 * flag or command, no stack trace, and nothing measured, written or saved.
 */
import { existsSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { beforeAll, expect } from 'vitest'
import { ensureBuilt } from '../helpers/built-cli'
import { expectCleanText, linesOf, listTree } from './checks'
import { type CaseFolders, caseFolders, runConlab } from './cli'
import { type Rng, family } from './seeded'

beforeAll(() => ensureBuilt(), 120_000)

const NUMERIC_FLAGS = ['--repeat', '--warmup', '--task-timeout', '--prime-lo', '--prime-hi', '--chunks-per-worker', '--tasks', '--files', '--requests', '--in-flight', '--latency-ms', '--jitter-ms', '--samples', '--warm-samples', '--memory-workers', '--ipc-warmup', '--max-ms-per-point', '--rounds', '--busy-iterations', '--perf-loops', '--sleep-ms', '--uv-threadpool-size', '--seed', '--schedule-seed', '--request-timeout', '--race-increments', '--race-message-increments', '--race-gap']
const SIZE_FLAGS = ['--file-size', '--block-size', '--payload-size']
const BAD_NUMBERS = ['abc', '', 'NaN', 'Infinity', '-Infinity', '1e400', '1.5', '9'.repeat(40), '5five', '1,2', 'x'.repeat(5000)]
const OUT_OF_RANGE: Array<[string, string]> = [
  ['--repeat', '0'], ['--repeat', '1e12'], ['--warmup', '-1'], ['--task-timeout', '0'], ['--prime-hi', '1e20'], ['--chunks-per-worker', '0'],
  ['--tasks', '0'], ['--tasks', '1e9'], ['--files', '0'], ['--file-size', '0'], ['--block-size', '0'], ['--requests', '0'], ['--in-flight', '0'],
  ['--latency-ms', '-1'], ['--samples', '1e9'], ['--memory-workers', '1e6'], ['--max-ms-per-point', '0'], ['--rounds', '0'], ['--busy-iterations', '0'],
  ['--perf-loops', '0'], ['--sleep-ms', '0'], ['--sleep-ms', '1e9'], ['--uv-threadpool-size', '5000'], ['--workers', '100000'], ['--workers', '0'],
  ['--oversubscription', '0'], ['--seed', '-1'], ['--request-timeout', '0'],
  ['--race-workers', '1'], ['--race-workers', '17'], ['--race-increments', '0'], ['--race-increments', '1e9'], ['--race-message-increments', '1e6'], ['--race-gap', '-1'], ['--race-variants', 'fast'], ['--deadlock-workers', '1'], ['--deadlock-workers', '9'], ['--deadlock-variants', 'none'], ['--livelock-hold-us', '0'], ['--livelock-variants', 'slow'],
]
const BAD_LISTS: Array<[string, string]> = [
  ['--workers', '1,,2'], ['--workers', '1,x'], ['--workers', ','], ['--runtimes', 'thread,fibers'], ['--runtimes', ''], ['--runtimes', 'utility'],
  ['--workload', 'prime,nope'], ['--workload', ''], ['--format', 'docx'], ['--format', ''], ['--mechanisms', 'foo'], ['--payloads', '64,,1k'],
  ['--oversubscription', '1,two'], ['--serialization', 'yaml'], ['--prime-method', 'fast'], ['--chunking', 'random'], ['--fs-api', 'mmap'],
  ['--sleep-mode', 'nap'], ['--url', 'ftp://example.com/'], ['--url', 'not a url'], ['--dir', ''],
]
const CONTROL_VALUES = ['\u001b]0;pwned\u0007', '\u001b[2J', '5\r6', '\u009b31m', '7\n8', '\u0007']
const COMMANDS = ['run', 'export', 'compare', 'history']

type Bad = { kind: 'flag'; flag: string; args: string[] } | { kind: 'command'; word: string } | { kind: 'out'; target: (f: CaseFolders) => Promise<string> }

interface BadCase {
  label: string
  bad: Bad
  /** Valid flags placed around the bad one. */
  before: string[]
  after: string[]
}

const OUT_TARGETS: Array<[string, (f: CaseFolders) => Promise<string>]> = [
  ['an existing folder', async (f) => f.out],
  ['/', async () => '/'],
  ['/sys/r.json', async () => '/sys/r.json'],
  ['a 300-character name', async (f) => join(f.out, `${'r'.repeat(300)}.json`)],
  ['an empty value', async () => ''],
  ['a path under a file', async (f) => {
    await writeFile(join(f.root, 'afile'), 'x')
    return join(f.root, 'afile', 'r.json')
  }],
  ['/proc/self/r.json', async () => '/proc/self/r.json'],
]

function randomWord(rng: Rng, min: number, max: number): string {
  const letters = 'abcdefghijklmnopqrstuvwxyz-'
  let word = String.fromCharCode(97 + rng.int(0, 25))
  for (let i = rng.int(min, max); i > 1; i--) word += letters[rng.int(0, letters.length - 1)]
  return word.replace(/-+$/, 'x')
}

function generate(rng: Rng, index: number): BadCase {
  const valid = [['--no-history'], ['--quiet'], ['--label', 'rel'], ['--warmup', '0']]
  const chosen = valid.filter(() => rng.chance(0.5))
  const split = rng.int(0, chosen.length)
  const kinds = ['unknown-flag', 'bad-number', 'out-of-range', 'bad-list', 'control', 'huge', 'out', 'command'] as const
  const kind = kinds[index % kinds.length]!
  // A valid filler must not name the bad flag again: the last one given would win and the run be valid.
  const around = (flag?: string) => {
    const kept = chosen.map((pair) => (pair[0] === flag ? [] : pair))
    return { before: kept.slice(0, split).flat(), after: kept.slice(split).flat() }
  }
  const { before, after } = around()
  const flagCase = (flag: string, value: string | undefined, label: string): BadCase => ({
    label,
    bad: { kind: 'flag', flag, args: value === undefined ? [flag] : rng.chance(0.3) ? [`${flag}=${value}`] : [flag, value] },
    ...around(flag),
  })
  switch (kind) {
    case 'unknown-flag': {
      const flag = `--${randomWord(rng, 3, 14)}`
      return flagCase(flag, rng.chance(0.5) ? undefined : '1', `unknown flag ${flag}`)
    }
    case 'bad-number': {
      const flag = rng.chance(0.8) ? rng.pick(NUMERIC_FLAGS) : rng.pick(SIZE_FLAGS)
      const value = rng.pick(BAD_NUMBERS)
      return flagCase(flag, value, `${flag} ${JSON.stringify(value.slice(0, 20))}`)
    }
    case 'out-of-range': {
      const [flag, value] = rng.pick(OUT_OF_RANGE)
      return flagCase(flag, value, `${flag} ${value}`)
    }
    case 'bad-list': {
      const [flag, value] = rng.pick(BAD_LISTS)
      return flagCase(flag, value, `${flag} ${JSON.stringify(value)}`)
    }
    case 'control': {
      const flag = rng.pick([...NUMERIC_FLAGS, '--workers', '--runtimes', '--workload', '--format'])
      const value = `${rng.pick(['', '5', 'thread'])}${rng.pick(CONTROL_VALUES)}`
      return flagCase(flag, value, `${flag} with control characters ${JSON.stringify(value)}`)
    }
    case 'huge': {
      const flag = rng.pick([...NUMERIC_FLAGS, '--workers', '--runtimes', '--workload', '--mechanisms', '--payloads'])
      const value = rng.pick(['1', 'a', ',', '9']).repeat(rng.int(10_000, 100_000))
      return flagCase(flag, value, `${flag} with a ${value.length}-character value`)
    }
    case 'out': {
      const [label, target] = rng.pick(OUT_TARGETS)
      return { label: `--out ${label}`, bad: { kind: 'out', target }, before, after }
    }
    case 'command': {
      const word = rng.chance(0.3) ? `${rng.pick(COMMANDS)}${randomWord(rng, 1, 3)}` : rng.chance(0.2) ? `ex\u001b[2Jport` : randomWord(rng, 2, 10)
      return { label: `command ${JSON.stringify(word)}`, bad: { kind: 'command', word }, before: [], after: [] }
    }
  }
}

family<BadCase>('bad-invocations', {
  count: 48,
  timeoutMs: 60_000,
  generate,
  describe: (c) => c.label,
  run: async (c) => {
    const folders = await caseFolders('conlab-rel-usage-')
    try {
      let args: string[]
      let named: string
      switch (c.bad.kind) {
        case 'flag':
          args = ['run', ...c.before, ...c.bad.args, ...c.after]
          named = c.bad.flag
          break
        case 'command':
          args = [c.bad.word, 'x.json']
          named = JSON.stringify(c.bad.word).slice(1, -1)
          break
        case 'out':
          args = ['run', ...c.before, '--out', await c.bad.target(folders), ...c.after]
          named = '--out'
          break
      }
      const result = await runConlab(args, folders, 40_000)
      const context = `args ${JSON.stringify(args).slice(0, 300)}; code ${result.code}; stderr ${JSON.stringify(result.stderr.slice(0, 400))}`
      expect(result.hung, `hung: a run started? ${context}`).toBe(false)
      expect(result.code, context).toBe(2)
      expectCleanText(result.stderr, 'stderr')
      const lines = linesOf(result.stderr)
      // One line naming the flag or command; the only other is the pointer to --help.
      // commander words its own refusals ("error: unknown option"); ours start with "conlab:".
      expect(lines[0], context).toMatch(/^(conlab|error): /)
      expect(lines[0], context).toContain(c.bad.kind === 'command' ? named.replaceAll('\\u001b', '\\u001b') : named)
      expect(lines.length, context).toBeLessThanOrEqual(2)
      if (lines[1] !== undefined) expect(lines[1], context).toMatch(/--help/)
      // A huge value is quoted cut short, never echoed whole.
      expect(lines[0]!.length, `a line of ${lines[0]!.length} characters ${context.slice(0, 200)}`).toBeLessThan(4096)
      // Nothing measured, written or saved.
      expect(result.stdout, context).toBe('')
      expect(await listTree(folders.cwd), context).toEqual([])
      expect(await listTree(folders.history), context).toEqual([])
      expect(await listTree(folders.tmp), context).toEqual([])
      expect(existsSync(join(folders.out, 'r.json')), context).toBe(false)
    } finally {
      await folders.cleanup()
    }
  },
})
